import FloatBackend

/// Seeded initial weights. Scales keep activations of order 1 at any width; the transition
/// parameters start where each family is known to train (README.md, "Initialisation").
enum ModelInitializer {
    static func initialParameters(config c: ModelConfig, layout: ParameterLayout, seed: UInt64) -> [Float] {
        var rng = SplitMix64(seed: seed, stream: 0x1A17)
        var w = [Float](repeating: 0, count: layout.count)
        let s = c.state
        for e in layout.entries {
            let fanIn = e.shape.count == 2 ? e.shape[0] : 1
            switch e.name {
            case "embedding":
                for i in e.range { w[i] = Float(rng.nextNormal()) }
            case _ where e.name.hasSuffix("mixer.initial_state"):
                // h_{-1} = 1 (real part): a non-zero start lets b = 0 track pure phases.
                for j in 0..<s { w[e.offset + j] = 1 }
            case _ where e.name.hasSuffix(".gain"):
                for i in e.range { w[i] = 1 }
            case _ where e.name.hasSuffix("mixer.in.bias"):
                initialTransitionBias(family: c.family, state: s, into: &w, at: e.offset, rng: &rng)
            case _ where e.name.hasSuffix(".weight"):
                var scale = 1 / Double(fanIn).squareRoot()
                if c.family == .dense && e.name.hasSuffix("mixer.in.weight") { scale *= 0.1 }
                for i in e.range { w[i] = Float(rng.nextNormal() * scale) }
            default:
                break  // other biases start at 0
            }
        }
        return w
    }

    /// Bias of the transition columns of the input projection (the remaining columns stay 0).
    private static func initialTransitionBias(family: MixerFamily, state s: Int, into w: inout [Float], at o: Int, rng: inout SplitMix64) {
        switch family {
        case .dcd:
            // Phases spread over the circle so different state coordinates rotate at different rates.
            for j in 0..<s { w[o + j] = Float((rng.nextUnit() * 2 - 1) * Double.pi) }
        case .real01:
            // a = sigmoid(-z) between about 0.73 and 0.98: slow decay, as in Mamba.
            for j in 0..<s { w[o + j] = Float(-1 - 3 * rng.nextUnit()) }
        case .real11:
            break
        case .dense:
            // A starts near the identity (scaled to 0.9 so long products stay bounded).
            for j in 0..<s { w[o + j * s + j] = 0.9 }
        }
    }
}
