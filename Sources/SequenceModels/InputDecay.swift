/// Decoupled decay of the mixers' input (b) columns: after each optimiser step, every weight and
/// bias that feeds b_t in `h_t = a_t h_{t-1} + b_t` shrinks by learning rate x `rate`.
///
/// Why it was tried (docs/training-recipe.md): a layer whose b is non-zero adds a signed sum of
/// inputs to its state, a random walk whose size grows like sqrt(t) (a plain two-layer S3 model:
/// mean |h_t| of its second layer 0.64 at positions 0-29, 6.93 at 500-999); pure transitions
/// (b = 0) keep |h_t| = |h0| at every length, and a solvable group's cascade needs nothing else.
/// Measured: with rate 100 the states are flat at every length, yet the same models still break
/// at 4x the training length (the break is an angle error), so it is an option, off by default.
struct InputDecay {
    let rate: Float
    /// Flat indices of the b columns of every layer's `mixer.in.weight` and `mixer.in.bias`.
    let indices: [Int]

    /// nil when `rate` is 0 (nothing to do).
    init?(rate: Float, config c: ModelConfig, layout: ParameterLayout) {
        guard rate > 0 else { return nil }
        let p = c.family.projectionWidth(state: c.state)
        let transition = p - c.family.inputColumns(state: c.state)
        var indices: [Int] = []
        for l in 0..<c.layers {
            if let w = layout.entry("layers.\(l).mixer.in.weight") {
                for row in 0..<w.shape[0] { indices += (w.offset + row * p + transition)..<(w.offset + row * p + p) }
            }
            if let b = layout.entry("layers.\(l).mixer.in.bias") { indices += (b.offset + transition)..<(b.offset + p) }
        }
        self.rate = rate
        self.indices = indices
    }

    func apply(to parameters: inout [Float], learningRate: Float) {
        let keep = 1 - learningRate * rate
        parameters.withUnsafeMutableBufferPointer { w in for i in indices { w[i] *= keep } }
    }
}
