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

    public init(family: MixerFamily, layers: Int, width: Int, state: Int, mlpHidden: Int? = nil,
                vocabulary: Int, outputs: Int, norm: Normalization = .rms, activation: Activation = .relu) {
        self.family = family; self.layers = layers; self.width = width; self.state = state
        self.mlpHidden = mlpHidden ?? 2 * width
        self.vocabulary = vocabulary; self.outputs = outputs; self.norm = norm; self.activation = activation
    }

    /// Throws `ModelError.invalidConfig` naming the first field out of range.
    public func validate() throws {
        for (name, value) in [("layers", layers), ("width", width), ("state", state), ("mlpHidden", mlpHidden),
                              ("vocabulary", vocabulary), ("outputs", outputs)] where value < 1 {
            throw ModelError.invalidConfig("\(name) must be at least 1, got \(value)")
        }
        if family == .dense && state > 64 {
            throw ModelError.invalidConfig("state must be at most 64 for the dense family (it has state^2 transition entries), got \(state)")
        }
    }
}
