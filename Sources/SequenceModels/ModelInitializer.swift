import FloatBackend

/// How the mixer's input projection starts (the rest of the model is initialised the same way in
/// every scheme). Chosen by measurement: docs/training-recipe.md.
public struct ModelInitialization: Sendable, Codable, Equatable {
    /// Transition (phase / decay) columns of the input projection.
    public enum Phase: String, Sendable, Codable, CaseIterable {
        /// Weights N(0, 1/fan_in); `dcd` phase biases uniform in [-pi, pi] (other families as in README.md).
        case uniform
        /// Weights N(0, 1/fan_in); `dcd` phase biases 0 (every transition starts as a random rotation of the token).
        case zero
        /// A recipe's rule, never a model's: `TrainingRecipe.defaultPhase(layers:)` picks `zero` or
        /// `uniform` by depth before a model is built (a model given `auto` starts as `uniform`).
        case auto
    }
    /// Input (b) columns of the input projection.
    public enum Input: String, Sendable, Codable, CaseIterable {
        /// Weights N(0, 1/fan_in): b(x) starts non-zero.
        case random
        /// Weights 0: b(x) = 0 at the start, the state only rotates (what abelian groups need).
        case zero
    }
    public var phase: Phase
    public var input: Input

    public init(phase: Phase, input: Input) { self.phase = phase; self.input = input }

    /// The scheme of Tower before the recipe sweep (and of checkpoints that name none).
    public static let legacy = ModelInitialization(phase: .uniform, input: .random)
}

/// Seeded initial weights. Scales keep activations of order 1 at any width; the transition
/// parameters start where each family is known to train (README.md, "Initialisation").
enum ModelInitializer {
    static func initialParameters(config c: ModelConfig, layout: ParameterLayout, seed: UInt64,
                                  initialization: ModelInitialization = .legacy) -> [Float] {
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
                if c.family == .dcd && initialization.phase == .zero { for j in 0..<s { w[e.offset + j] = 0 } }
            case _ where e.name.hasSuffix(".weight"):
                var scale = 1 / Double(fanIn).squareRoot()
                if c.family == .dense && e.name.hasSuffix("mixer.in.weight") { scale *= 0.1 }
                for i in e.range { w[i] = Float(rng.nextNormal() * scale) }
                if initialization.input == .zero && e.name.hasSuffix("mixer.in.weight") {
                    // Zero the b columns (those after the transition columns) of every row.
                    let p = c.family.projectionWidth(state: s), transition = p - c.family.inputColumns(state: s)
                    for row in 0..<e.shape[0] { for j in transition..<p { w[e.offset + row * p + j] = 0 } }
                }
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
