import FloatBackend

/// The continuous task: products of 3-D rotations from the rotation group of the icosahedron
/// (A5 inside SO(3), 60 matrices). Token x_t picks a rotation M_{x_t}; the target is
/// v_t = M_{x_t} v_{t-1} with v_0 = (1,1,1)/sqrt(3); the loss is the mean squared error.
///
/// v_0 lies on a 3-fold axis, so its orbit is the 20 vertices of a dodecahedron: a position counts
/// as correct when the orbit point nearest the prediction is the target.
public struct RotationTask: SequenceTask {
    public let name = "rotations"
    /// The 60 rotation matrices (row-major 3x3, Double), identity first.
    public let rotations: [[Double]]
    /// The orbit of v_0, v_0 first.
    public let orbit: [[Double]]

    public var vocabulary: Int { rotations.count }
    public var outputs: Int { 3 }
    public var isRegression: Bool { true }

    public init() {
        rotations = RotationGroup.icosahedral()
        var points: [[Double]] = [RotationTask.start]
        for m in rotations {
            let p = RotationGroup.apply(m, RotationTask.start)
            if !points.contains(where: { RotationGroup.distance($0, p) < 1e-9 }) { points.append(p) }
        }
        orbit = points
    }

    public static let start: [Double] = [1, 1, 1].map { $0 / 3.0.squareRoot() }

    public func sample(batch: Int, length: Int, using rng: inout SplitMix64) -> TaskBatch {
        let tokens = (0..<(batch * length)).map { _ in Int(rng.next() % UInt64(rotations.count)) }
        var vectors: [Float] = [], classes: [Int] = []
        vectors.reserveCapacity(tokens.count * 3)
        for e in 0..<batch {
            var v = RotationTask.start
            for t in 0..<length {
                v = RotationGroup.apply(rotations[tokens[e * length + t]], v)
                vectors += v.map(Float.init)
                classes.append(nearestOrbitPoint(v))
            }
        }
        return TaskBatch(batch: batch, length: length, tokens: tokens, classTargets: classes, vectorTargets: vectors)
    }

    public func loss(outputs: Tensor<Float>, batch: TaskBatch) -> (loss: Float, gradient: Tensor<Float>) {
        MeanSquaredError.evaluate(prediction: outputs, target: Tensor(shape: outputs.shape, storage: batch.vectorTargets))
    }

    public func correct(outputs: Tensor<Float>, batch: TaskBatch) -> [Bool] {
        (0..<outputs.rows).map { i in
            nearestOrbitPoint((0..<3).map { Double(outputs[i, $0]) }) == batch.classTargets[i]
        }
    }

    func nearestOrbitPoint(_ v: [Double]) -> Int {
        var best = 0
        for k in 1..<orbit.count where RotationGroup.distance(orbit[k], v) < RotationGroup.distance(orbit[best], v) { best = k }
        return best
    }
}
