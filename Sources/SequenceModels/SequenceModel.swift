import FloatBackend

/// A stack of residual layers [norm -> mixer -> MLP] between a token embedding and a linear
/// readout, with all weights in one flat Float vector (README.md has the exact equations and the
/// parameter names). Value type: copying a model copies its weights.
public struct SequenceModel: Sendable, Equatable {
    public let config: ModelConfig
    public let layout: ParameterLayout
    /// All weights, laid out as `layout` says.
    public var parameters: [Float]

    /// A freshly initialised model; the same seed gives the same weights.
    public init(config: ModelConfig, seed: UInt64, initialization: ModelInitialization = .legacy) throws {
        try config.validate()
        self.config = config
        layout = ParameterLayout(config: config)
        parameters = ModelInitializer.initialParameters(config: config, layout: layout, seed: seed, initialization: initialization)
    }

    /// A model with the given weights (e.g. built by hand, or read from a checkpoint).
    public init(config: ModelConfig, parameters: [Float]) throws {
        try config.validate()
        self.config = config
        layout = ParameterLayout(config: config)
        guard parameters.count == layout.count else {
            throw ModelError.wrongParameterSize(name: "(all parameters)", expected: layout.count, got: parameters.count)
        }
        self.parameters = parameters
    }

    /// The values of one named parameter (row-major).
    public func parameter(_ name: String) throws -> [Float] {
        guard let e = layout.entry(name) else { throw ModelError.unknownParameter(name) }
        return Array(parameters[e.range])
    }

    /// Overwrites one named parameter; `values.count` must match its shape.
    public mutating func setParameter(_ name: String, _ values: [Float]) throws {
        guard let e = layout.entry(name) else { throw ModelError.unknownParameter(name) }
        guard values.count == e.count else { throw ModelError.wrongParameterSize(name: name, expected: e.count, got: values.count) }
        parameters.replaceSubrange(e.range, with: values)
    }

    /// Outputs `[batch * length, outputs]` (logits or regression values) for `batch` sequences of
    /// `length` tokens stored one after another, computed in scalar type `T` (Float or Double).
    public func outputs<T: FloatScalar>(
        tokens: [Int], batch: Int, length: Int, as type: T.Type = Float.self, form: DiagonalRecurrence.Form = .sequential
    ) throws -> Tensor<T> {
        try checkTokens(tokens, batch: batch, length: length)
        let weights = parameters.map { T($0) }
        return weights.withUnsafeBufferPointer { w in
            ModelPass.forward(config: config, layout: layout, parameters: w.baseAddress!, tokens: tokens,
                              batch: batch, length: length, form: form, keepCache: false).outputs
        }
    }

    /// `outputs` and, from the same forward pass, the logits `[batch * length, C_l]` of every
    /// auxiliary head (guided training; empty for a model without heads) and of every layer's
    /// transition head (`--guidance steps`) or state head (`--guidance states`): nil for a layer
    /// without one, empty for a model without.
    public func outputsAndHeads<T: FloatScalar>(
        tokens: [Int], batch: Int, length: Int, as type: T.Type = Float.self, form: DiagonalRecurrence.Form = .sequential
    ) throws -> (outputs: Tensor<T>, heads: [Tensor<T>], transitions: [Tensor<T>?], states: [Tensor<T>?]) {
        try checkTokens(tokens, batch: batch, length: length)
        let weights = parameters.map { T($0) }
        let keep = config.hasGuidanceHeads
        return weights.withUnsafeBufferPointer { w in
            let (out, cache) = ModelPass.forward(config: config, layout: layout, parameters: w.baseAddress!, tokens: tokens,
                                                 batch: batch, length: length, form: form, keepCache: keep)
            return (out, cache?.auxiliary.map(\.outputs) ?? [], cache?.transitions.map { $0?.outputs } ?? [], cache?.states.map { $0?.outputs } ?? [])
        }
    }

    /// Arg-max class per position (classification tasks).
    public func predictions(tokens: [Int], batch: Int, length: Int, form: DiagonalRecurrence.Form = .sequential) throws -> [Int] {
        let logits: Tensor<Float> = try outputs(tokens: tokens, batch: batch, length: length, form: form)
        return (0..<logits.rows).map { i in
            var best = 0
            for j in 1..<logits.columns where logits[i, j] > logits[i, best] { best = j }
            return best
        }
    }

    func checkTokens(_ tokens: [Int], batch: Int, length: Int) throws {
        guard tokens.count == batch * length else {
            throw ModelError.invalidConfig("\(tokens.count) tokens given for \(batch) sequences of length \(length)")
        }
        if let i = tokens.firstIndex(where: { $0 < 0 || $0 >= config.vocabulary }) {
            throw ModelError.invalidToken(position: i, token: tokens[i], vocabulary: config.vocabulary)
        }
    }
}
