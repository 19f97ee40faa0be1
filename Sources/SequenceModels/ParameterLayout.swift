import FloatBackend

/// Where each named parameter lives in a model's flat parameter vector.
///
/// Names (l = 0-based layer index, shapes row-major, `[in, out]` for weights):
/// `embedding [V, D]`; per layer `layers.l.norm.gain [D]`, `layers.l.norm.bias [D]` (as the norm
/// needs), `layers.l.mixer.in.weight [D, P]`, `layers.l.mixer.in.bias [P]`, `layers.l.mixer.initial_state [R]`,
/// `layers.l.mixer.out.weight [R + D, D]`, `layers.l.mixer.out.bias [D]`,
/// `layers.l.mlp.up.weight [D, H]`, `layers.l.mlp.up.bias [H]`, `layers.l.mlp.down.weight [H, D]`,
/// `layers.l.mlp.down.bias [D]`; then `final_norm.gain/bias`, `readout.weight [D, C]`, `readout.bias [C]`;
/// then, for each auxiliary head l (guided training), `aux.l.norm.gain/bias`, `aux.l.weight [D, C_l]`, `aux.l.bias [C_l]`;
/// then, for each layer l with a transition head (`--guidance steps`), `transition.l.weight [2S, K_l]`, `transition.l.bias [K_l]`;
/// then, for each layer l with a state head (`--guidance states`), `state.l.weight [R, K_l]`, `state.l.bias [K_l]`.
/// P and R depend on the family (see `MixerFamily`, README.md).
public struct ParameterLayout: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public let name: String
        public let shape: [Int]
        public let offset: Int
        public var count: Int { shape.reduce(1, *) }
        public var range: Range<Int> { offset..<(offset + count) }
        /// Weight decay applies to weight matrices only.
        public var decays: Bool { name.hasSuffix(".weight") }
    }

    public private(set) var entries: [Entry] = []
    public private(set) var count = 0
    private var index: [String: Int] = [:]

    public init(config c: ModelConfig) {
        let (d, s, h) = (c.width, c.state, c.mlpHidden)
        let p = c.family.projectionWidth(state: s), r = c.family.featureWidth(state: s)
        add("embedding", [c.vocabulary, d])
        for l in 0..<c.layers {
            let prefix = "layers.\(l)."
            addNorm(prefix + "norm", c.norm, width: d)
            add(prefix + "mixer.in.weight", [d, p]); add(prefix + "mixer.in.bias", [p])
            add(prefix + "mixer.initial_state", [r])
            add(prefix + "mixer.out.weight", [r + d, d]); add(prefix + "mixer.out.bias", [d])
            add(prefix + "mlp.up.weight", [d, h]); add(prefix + "mlp.up.bias", [h])
            add(prefix + "mlp.down.weight", [h, d]); add(prefix + "mlp.down.bias", [d])
        }
        addNorm("final_norm", c.norm, width: d)
        add("readout.weight", [d, c.outputs]); add("readout.bias", [c.outputs])
        // Auxiliary heads (theory-guided training) come last, so models without them keep their layout.
        for (l, classes) in c.auxiliaryOutputs.enumerated() {
            addNorm("aux.\(l).norm", c.norm, width: d)
            add("aux.\(l).weight", [d, classes]); add("aux.\(l).bias", [classes])
        }
        for (l, classes) in c.transitionOutputs.enumerated() where classes > 0 {
            add("transition.\(l).weight", [2 * s, classes]); add("transition.\(l).bias", [classes])
        }
        for (l, classes) in c.stateOutputs.enumerated() where classes > 0 {
            add("state.\(l).weight", [r, classes]); add("state.\(l).bias", [classes])
        }
    }

    /// The entry called `name`, or nil.
    public func entry(_ name: String) -> Entry? { index[name].map { entries[$0] } }

    /// Offset of a parameter that the layout is known to contain (internal callers only).
    func offset(_ name: String) -> Int { entry(name)!.offset }

    /// One flag per scalar parameter: true where weight decay applies.
    public var decayMask: [Bool] {
        var mask = [Bool](repeating: false, count: count)
        for e in entries where e.decays { for i in e.range { mask[i] = true } }
        return mask
    }

    private mutating func addNorm(_ prefix: String, _ norm: Normalization, width: Int) {
        if norm != .none { add(prefix + ".gain", [width]) }
        if norm == .layer { add(prefix + ".bias", [width]) }
    }

    private mutating func add(_ name: String, _ shape: [Int]) {
        index[name] = entries.count
        entries.append(Entry(name: name, shape: shape, offset: count))
        count += shape.reduce(1, *)
    }
}
