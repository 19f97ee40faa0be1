import FloatBackend

extension SequenceModel {
    /// The outputs together with each layer's mixer state features `[batch * length, R]` (Re h then
    /// Im h for `dcd`), from one forward pass in scalar type `T`. For probing hand-built models:
    /// CrossCheck's witness reads its phase margin off these states.
    public func outputsAndMixerFeatures<T: FloatScalar>(
        tokens: [Int], batch: Int, length: Int, as type: T.Type = Float.self, form: DiagonalRecurrence.Form = .sequential
    ) throws -> (outputs: Tensor<T>, features: [Tensor<T>]) {
        try checkTokens(tokens, batch: batch, length: length)
        let r = config.family.featureWidth(state: config.state)
        let weights = parameters.map { T($0) }
        return weights.withUnsafeBufferPointer { w in
            let (outputs, cache) = ModelPass.forward(config: config, layout: layout, parameters: w.baseAddress!, tokens: tokens,
                                                     batch: batch, length: length, form: form, keepCache: true)
            return (outputs, cache!.layers.map { $0.mixerInput.columns(0..<r) })
        }
    }
}
