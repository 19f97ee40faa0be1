import FloatBackend
import Testing
@testable import SequenceModels

/// exp(A) by its Taylor series (3x3, row-major), summed until the terms vanish: independent of
/// the task's Rodrigues formula.
private func taylorExp(_ a: [Double]) -> [Double] {
    var sum: [Double] = [1, 0, 0, 0, 1, 0, 0, 0, 1], term = sum
    for k in 1...40 {
        term = RotationGroup.multiply(term, a).map { $0 / Double(k) }
        sum = zip(sum, term).map(+)
    }
    return sum
}

@Test func smallAngleTokensAreExactlyTheExponentialsOfTheScaledGenerators() {
    for eps in [0.8, 0.1, 0.0125] {
        let task = SmallRotationTask(angleScale: eps)
        #expect(task.rotations.count == 6)
        for (j, x) in SmallRotationTask.generators.enumerated() {
            let expected = taylorExp(x.map { $0 * eps })
            let gap = zip(task.rotations[j], expected).map { abs($0 - $1) }.max()!
            #expect(gap < 1e-15, "token \(j) at eps \(eps) differs from exp(eps X_j) by \(gap)")
        }
    }
}

@Test func smallAngleGeneratorsAreTheSo3BasisAndItsNegatives() {
    // [L_x, L_y] = L_z (so(3)'s structure constants), and tokens 3..5 are the inverses of 0..2.
    let (lx, ly, lz) = (SmallRotationTask.generators[0], SmallRotationTask.generators[1], SmallRotationTask.generators[2])
    let bracket = zip(RotationGroup.multiply(lx, ly), RotationGroup.multiply(ly, lx)).map { $0 - $1 }
    #expect(bracket == lz)
    let task = SmallRotationTask(angleScale: 0.3)
    for j in 0..<3 {
        let product = RotationGroup.multiply(task.rotations[j], task.rotations[j + 3])
        #expect(RotationGroup.distance(product, [1, 0, 0, 0, 1, 0, 0, 0, 1]) < 1e-15)
    }
}

@Test func smallAngleTargetsEqualTheDirectMatrixProduct() {
    let task = SmallRotationTask(angleScale: 0.05)
    var rng = SplitMix64(seed: 11)
    let (batch, length) = (3, 12)
    let sample = task.sample(batch: batch, length: length, using: &rng)
    let exact = task.exactTargets(tokens: sample.tokens, batch: batch, length: length)
    #expect(exact.count == batch * length * 3)
    for e in 0..<batch {
        var product: [Double] = [1, 0, 0, 0, 1, 0, 0, 0, 1]
        for t in 0..<length {
            // M_(x_t) ... M_(x_1) as one matrix, then applied to v_0.
            product = RotationGroup.multiply(taylorExp(SmallRotationTask.generators[sample.tokens[e * length + t]].map { $0 * 0.05 }), product)
            let want = RotationGroup.apply(product, RotationTask.start)
            let i = (e * length + t) * 3
            #expect(RotationGroup.distance(Array(exact[i..<(i + 3)]), want) < 1e-14)
            // The training targets are the displacement in steps, (v_t - v_0) / EPS.
            let read = (0..<3).map { task.prediction(Double(sample.vectorTargets[i + $0]), coordinate: $0) }
            #expect(RotationGroup.distance(read, want) < 1e-8)
        }
    }
}

@Test func smallAngleCorrectnessIsAQuarterStep() {
    let task = SmallRotationTask(angleScale: 0.2)
    let batch = TaskBatch(batch: 1, length: 2, tokens: [0, 1], classTargets: [0, 1], vectorTargets: [1, 0, 0, 0, 1, 0])
    // Outputs are in steps of EPS: 0.2 steps away (0.04 in v, inside EPS / 4 = 0.05) and 0.3 steps (0.06, outside).
    let outputs = Tensor<Float>(shape: [2, 3], storage: [1.2, 0, 0, 0, 1, 0.3])
    #expect(task.correct(outputs: outputs, batch: batch) == [true, false])
}

@Test func rotationErrorProfileIsZeroForTheTargetsAndCountsEveryPosition() throws {
    // An untrained model's Double and Float errors agree to Float's resolution, and the window
    // RMSE is the root of the mean of the per-position squares.
    let task = SmallRotationTask(angleScale: 0.1)
    let config = TrainingRecipe(width: 8, state: 2).model(for: task, family: .dcd, layers: 1)
    let model = try SequenceModel(config: config, seed: 1)
    let p = RotationErrorProfile(model: model, task: task, length: 5, sequences: 40, seed: 2)
    #expect(p.perPositionDouble.count == 5 && p.perPositionFloat.count == 5)
    let meanSquare = p.perPositionDouble.map { $0 * $0 }.reduce(0, +) / 5
    #expect(abs(p.windowDouble - meanSquare.squareRoot()) < 1e-12)
    #expect(p.windowDouble > 0.01)
    #expect(abs(p.windowDouble - p.windowFloat) < 1e-5)
}
