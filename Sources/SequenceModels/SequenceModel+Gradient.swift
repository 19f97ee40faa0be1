import FloatBackend

extension SequenceModel {
    /// Loss and its gradient with respect to all parameters, in scalar type `T`, for a batch.
    /// `lossFunction` maps the outputs to (loss, dL/doutputs). Used by the trainer (Float) and by
    /// the whole-model gradient check (Double).
    @_specialize(where T == Float)
    @_specialize(where T == Double)
    public static func lossAndGradient<T: FloatScalar>(
        config: ModelConfig, layout: ParameterLayout, parameters: [T], tokens: [Int], batch: Int, length: Int,
        form: DiagonalRecurrence.Form = .sequential,
        lossFunction: (Tensor<T>) -> (loss: T, gradient: Tensor<T>)
    ) -> (loss: T, gradient: [T], outputs: Tensor<T>) {
        var grads = [T](repeating: 0, count: parameters.count)
        var result: (T, Tensor<T>) = (0, Tensor(shape: [0]))
        parameters.withUnsafeBufferPointer { w in
            let (out, cache) = ModelPass.forward(config: config, layout: layout, parameters: w.baseAddress!, tokens: tokens,
                                                 batch: batch, length: length, form: form, keepCache: true)
            let (loss, dOut) = lossFunction(out)
            result = (loss, out)
            guard loss.isFinite else { return }
            grads.withUnsafeMutableBufferPointer { g in
                ModelPass.backward(config: config, layout: layout, parameters: w.baseAddress!, gradients: g.baseAddress!,
                                   cache: cache!, outputGradient: dOut, form: form)
            }
        }
        return (result.0, grads, result.1)
    }
}
