import FloatBackend

/// Training-time phase drift for dcd layers (`--phase-drift SIGMA`): every transition angle of a
/// sequence is offset by one constant per (sequence, layer, state coordinate), drawn from
/// N(0, sigma^2), so a layer's state rotates slowly away from where exact phases would put it,
/// as it does at lengths far beyond training when the learned phases are slightly off (the error
/// grows linearly with the length). Later layers and the readout then learn to tolerate a drifting
/// state instead of relying on phases exact to the training length. Evaluation never drifts.
/// Deterministic: the offsets come from `SplitMix64(seed, stream: layer)`.
public struct PhaseDrift: Sendable, Equatable {
    public var sigma: Float
    public var seed: UInt64

    public init(sigma: Float, seed: UInt64) { self.sigma = sigma; self.seed = seed }

    /// Adds the offsets of layer `layer` to the angle columns [0, state) of a dcd projection
    /// `[batch * length, width]` (rows sequence after sequence).
    func perturb<T: FloatScalar>(_ projection: inout Tensor<T>, layer: Int, batch: Int, length: Int, state: Int) {
        var rng = SplitMix64(seed: seed, stream: UInt64(layer) + 1)
        let width = projection.columns
        projection.storage.withUnsafeMutableBufferPointer { p in
            for e in 0..<batch {
                for j in 0..<state {
                    let offset = T(Double(sigma) * rng.nextNormal())
                    for t in 0..<length { p[(e * length + t) * width + j] += offset }
                }
            }
        }
    }
}
