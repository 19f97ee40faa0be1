import Foundation
import Testing
@testable import FloatBackend

@Test(arguments: Activation.allCases)
func activationGradientMatchesFiniteDifferences(activation: Activation) {
    // Offset away from 0 so ReLU's kink is not straddled by the finite difference.
    let x = GradientCheck.random(12, seed: 11).map { $0 + ($0 >= 0 ? 0.01 : -0.01) }
    let probe = GradientCheck.random(12, seed: 12)
    func loss(_ v: [Double]) -> Double {
        GradientCheck.dot(activation.forward(Tensor(shape: [3, 4], storage: v)).storage, probe)
    }
    let dx = activation.backward(Tensor(shape: [3, 4], storage: x), outputGradient: Tensor(shape: [3, 4], storage: probe))
    #expect(GradientCheck.maximumError(at: x, analytic: dx.storage, loss: loss) < 1e-7)
}

@Test(arguments: [Normalization.rms, .layer])
func normalizationGradientMatchesFiniteDifferences(norm: Normalization) {
    let (n, d) = (3, 5)
    let x = GradientCheck.random(n * d, seed: 13)
    let params = GradientCheck.random(norm.parameterCount(width: d), seed: 14)
    let probe = GradientCheck.random(n * d, seed: 15)
    func loss(_ v: [Double]) -> Double {
        let y = norm.forward(Tensor(shape: [n, d], storage: Array(v[0..<(n * d)])), parameters: Array(v[(n * d)...])).y
        return GradientCheck.dot(y.storage, probe)
    }
    let xt = Tensor(shape: [n, d], storage: x)
    let (_, inv) = norm.forward(xt, parameters: params)
    var dp = [Double](repeating: 0, count: params.count)
    let dx = dp.withUnsafeMutableBufferPointer {
        norm.backward(xt, inverseScale: inv, parameters: params, outputGradient: Tensor(shape: [n, d], storage: probe), parameterGradient: $0.baseAddress!)
    }
    #expect(GradientCheck.maximumError(at: x + params, analytic: dx.storage + dp, loss: loss) < 1e-6)
}

@Test func noNormalizationIsTheIdentity() {
    let x = Tensor(shape: [2, 3], storage: GradientCheck.random(6, seed: 16))
    #expect(Normalization.none.forward(x, parameters: nil).y == x)
}

@Test func softmaxCrossEntropyGradientMatchesFiniteDifferences() {
    let (n, c) = (4, 5)
    let logits = GradientCheck.random(n * c, seed: 17), targets = [0, 4, 2, 2]
    func loss(_ v: [Double]) -> Double { SoftmaxCrossEntropy.evaluate(logits: Tensor(shape: [n, c], storage: v), targets: targets).loss }
    let result = SoftmaxCrossEntropy.evaluate(logits: Tensor(shape: [n, c], storage: logits), targets: targets)
    #expect(GradientCheck.maximumError(at: logits, analytic: result.gradient.storage, loss: loss) < 1e-7)
}

@Test func smoothedCrossEntropyIsTheCrossEntropyAgainstTheSmoothedTargetAndItsGradient() {
    let (n, c, e) = (4, 5, 0.2)
    let logits = GradientCheck.random(n * c, seed: 21), targets = [1, 0, 4, 1]
    func loss(_ v: [Double]) -> Double { SoftmaxCrossEntropy.evaluate(logits: Tensor(shape: [n, c], storage: v), targets: targets, smoothing: e).loss }
    // Direct definition: mean over rows of -sum_j q_j log softmax_j, q = (1 - e) onehot + e / C.
    var direct = 0.0
    for i in 0..<n {
        let row = Array(logits[(i * c)..<((i + 1) * c)]), z = row.map { Foundation.exp($0) }.reduce(0, +)
        for j in 0..<c { direct -= ((j == targets[i] ? 1 - e : 0) + e / Double(c)) * Foundation.log(Foundation.exp(row[j]) / z) }
    }
    #expect(abs(loss(logits) - direct / Double(n)) < 1e-12)
    let result = SoftmaxCrossEntropy.evaluate(logits: Tensor(shape: [n, c], storage: logits), targets: targets, smoothing: e)
    #expect(GradientCheck.maximumError(at: logits, analytic: result.gradient.storage, loss: loss) < 1e-7)
    // The gradient of each row sums to zero, and the smoothed loss is bounded below by the
    // entropy of q: large logits cannot drive it to 0.
    for i in 0..<n { #expect(abs(result.gradient.storage[(i * c)..<((i + 1) * c)].reduce(0, +)) < 1e-12) }
    let confident = (0..<(n * c)).map { i in i % c == targets[i / c] ? 50.0 : 0.0 }
    #expect(loss(confident) > 0.2)
    let plain = SoftmaxCrossEntropy.evaluate(logits: Tensor(shape: [n, c], storage: logits), targets: targets)
    let zero = SoftmaxCrossEntropy.evaluate(logits: Tensor(shape: [n, c], storage: logits), targets: targets, smoothing: 0)
    #expect(zero.loss == plain.loss && zero.gradient.storage == plain.gradient.storage)
}

@Test func softmaxCrossEntropyOfNaNLogitsIsNaNNotATrap() {
    let result = SoftmaxCrossEntropy.evaluate(logits: Tensor<Float>(shape: [1, 3], storage: [0, .nan, 1]), targets: [2])
    #expect(!result.loss.isFinite)
}

@Test func meanSquaredErrorGradientMatchesFiniteDifferences() {
    let y = GradientCheck.random(6, seed: 18), target = GradientCheck.random(6, seed: 19)
    func loss(_ v: [Double]) -> Double {
        MeanSquaredError.evaluate(prediction: Tensor(shape: [2, 3], storage: v), target: Tensor(shape: [2, 3], storage: target)).loss
    }
    let g = MeanSquaredError.evaluate(prediction: Tensor(shape: [2, 3], storage: y), target: Tensor(shape: [2, 3], storage: target)).gradient
    #expect(GradientCheck.maximumError(at: y, analytic: g.storage, loss: loss) < 1e-7)
}
