import FloatBackend

/// Everything that fixes a model's architecture (not its weights). Stored in every checkpoint.
public struct ModelConfig: Sendable, Codable, Equatable {
    public var family: MixerFamily
    /// Number of residual layers k.
    public var layers: Int
    /// Width D of the residual stream.
    public var width: Int
    /// State size S of each mixer (complex coordinates for `dcd`).
    public var state: Int
    /// Hidden width H of each layer's MLP.
    public var mlpHidden: Int
    /// Number of input token kinds V.
    public var vocabulary: Int
    /// Number of outputs per position C (classes, or regression coordinates).
    public var outputs: Int
    public var norm: Normalization
    public var activation: Activation
    /// Classes of the auxiliary heads (theory-guided training): entry l is read from the residual
    /// stream after layer l (0-based, l < layers). Empty: no auxiliary heads (the default).
    public var auxiliaryOutputs: [Int]
    /// Classes of the transition heads (`--guidance steps`, `dcd` only): entry l is read from the
    /// phases of layer l's transitions; 0 or missing: no head on that layer. Empty by default.
    public var transitionOutputs: [Int] = []
    /// Classes of the state heads (`--guidance states`): entry l is read from layer l's mixer
    /// state features; 0 or missing: no head on that layer. Empty by default.
    public var stateOutputs: [Int] = []

    public init(family: MixerFamily, layers: Int, width: Int, state: Int, mlpHidden: Int? = nil,
                vocabulary: Int, outputs: Int, norm: Normalization = .rms, activation: Activation = .relu,
                auxiliaryOutputs: [Int] = [], transitionOutputs: [Int] = [], stateOutputs: [Int] = []) {
        self.family = family; self.layers = layers; self.width = width; self.state = state
        self.mlpHidden = mlpHidden ?? 2 * width
        self.vocabulary = vocabulary; self.outputs = outputs; self.norm = norm; self.activation = activation
        self.auxiliaryOutputs = auxiliaryOutputs
        self.transitionOutputs = transitionOutputs
        self.stateOutputs = stateOutputs
    }

    private enum CodingKeys: String, CodingKey {
        case family, layers, width, state, mlpHidden, vocabulary, outputs, norm, activation, auxiliaryOutputs, transitionOutputs, stateOutputs
    }

    /// Checkpoints written before auxiliary heads existed have no `auxiliaryOutputs` (= none).
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        family = try c.decode(MixerFamily.self, forKey: .family)
        layers = try c.decode(Int.self, forKey: .layers)
        width = try c.decode(Int.self, forKey: .width)
        state = try c.decode(Int.self, forKey: .state)
        mlpHidden = try c.decode(Int.self, forKey: .mlpHidden)
        vocabulary = try c.decode(Int.self, forKey: .vocabulary)
        outputs = try c.decode(Int.self, forKey: .outputs)
        norm = try c.decode(Normalization.self, forKey: .norm)
        activation = try c.decode(Activation.self, forKey: .activation)
        auxiliaryOutputs = try c.decodeIfPresent([Int].self, forKey: .auxiliaryOutputs) ?? []
        transitionOutputs = try c.decodeIfPresent([Int].self, forKey: .transitionOutputs) ?? []
        stateOutputs = try c.decodeIfPresent([Int].self, forKey: .stateOutputs) ?? []
    }

    /// Models without auxiliary heads are written exactly as before they existed.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(family, forKey: .family); try c.encode(layers, forKey: .layers); try c.encode(width, forKey: .width)
        try c.encode(state, forKey: .state); try c.encode(mlpHidden, forKey: .mlpHidden); try c.encode(vocabulary, forKey: .vocabulary)
        try c.encode(outputs, forKey: .outputs); try c.encode(norm, forKey: .norm); try c.encode(activation, forKey: .activation)
        if !auxiliaryOutputs.isEmpty { try c.encode(auxiliaryOutputs, forKey: .auxiliaryOutputs) }
        if !transitionOutputs.isEmpty { try c.encode(transitionOutputs, forKey: .transitionOutputs) }
        if !stateOutputs.isEmpty { try c.encode(stateOutputs, forKey: .stateOutputs) }
    }

    /// ", heads [6, 24], transition heads [2, 3, 4]": the guidance heads, kind by kind, for
    /// messages (`auxiliaryName` names the heads after a layer).
    public func headList(auxiliaryName: String = "heads") -> String {
        [(auxiliaryName, auxiliaryOutputs), ("transition heads", transitionOutputs), ("state heads", stateOutputs)]
            .filter { !$0.1.isEmpty }.map { ", \($0.0) \($0.1)" }.joined()
    }

    /// Whether the model has any head of guided training: after a layer, on its transitions or on
    /// its state.
    public var hasGuidanceHeads: Bool {
        !auxiliaryOutputs.isEmpty || transitionOutputs.contains { $0 > 0 } || stateOutputs.contains { $0 > 0 }
    }

    /// The largest width, state, MLP width, vocabulary or head a configuration may have.
    public static let maximumDimension = 1 << 24

    /// Throws `ModelError.invalidConfig` naming the first field out of range.
    public func validate() throws {
        for (name, value) in [("layers", layers), ("width", width), ("state", state), ("mlpHidden", mlpHidden),
                              ("vocabulary", vocabulary), ("outputs", outputs)] where value < 1 {
            throw ModelError.invalidConfig("\(name) must be at least 1, got \(value)")
        }
        // Bounds that keep every parameter count (products of two dimensions, summed over the
        // layers) far inside Int: a configuration read from a file cannot overflow the layout.
        let d = Self.maximumDimension
        for (name, value, limit) in [("layers", layers, 4096), ("width", width, d), ("state", state, d),
                                     ("mlpHidden", mlpHidden, d), ("vocabulary", vocabulary, d),
                                     ("outputs", outputs, d)] where value > limit {
            throw ModelError.invalidConfig("\(name) must be at most \(limit), got \(value)")
        }
        if let bad = auxiliaryOutputs.first(where: { $0 > 1 << 24 }) {
            throw ModelError.invalidConfig("an auxiliary head must have at most \(1 << 24) classes, got \(bad)")
        }
        guard auxiliaryOutputs.count <= layers else {
            throw ModelError.invalidConfig("\(auxiliaryOutputs.count) auxiliary heads for \(layers) layers (at most one after each layer)")
        }
        if let bad = auxiliaryOutputs.first(where: { $0 < 1 }) {
            throw ModelError.invalidConfig("an auxiliary head must have at least 1 class, got \(bad)")
        }
        for (kind, classes) in [("transition", transitionOutputs), ("state", stateOutputs)] {
            guard classes.count <= layers else {
                throw ModelError.invalidConfig("\(classes.count) \(kind) heads for \(layers) layers (at most one on each layer)")
            }
            if let bad = classes.first(where: { $0 < 0 || $0 > 1 << 24 }) {
                throw ModelError.invalidConfig("a \(kind) head must have 0 (none) to \(1 << 24) classes, got \(bad)")
            }
        }
        if family != .dcd && transitionOutputs.contains(where: { $0 > 0 }) {
            throw ModelError.invalidConfig("transition heads read dcd phases; the \(family.rawValue) family has none")
        }
        if family == .dense && state > 64 {
            throw ModelError.invalidConfig("state must be at most 64 for the dense family (it has state^2 transition entries), got \(state)")
        }
    }
}
