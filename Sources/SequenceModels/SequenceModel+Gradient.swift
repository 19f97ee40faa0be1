import FloatBackend

extension SequenceModel {
    /// Loss and its gradient with respect to all parameters, in scalar type `T`, for a batch.
    /// `lossFunction` maps the outputs to (loss, dL/doutputs). Used by the trainer (Float) and by
    /// the whole-model gradient check (Double).
    ///
    /// Guided training: with auxiliary heads in the model, `auxiliaryTargets[l]` holds the class of
    /// every position for head l, and the loss adds `auxiliaryWeight` times each head's mean
    /// cross-entropy (the main outputs and their loss are unchanged). `transitionTargets[l]`
    /// likewise for the head on layer l's transitions (`--guidance steps`; empty: none), with the
    /// same weight; `stateTargets[l]` for the head on layer l's state (`--guidance states`).
    /// `phaseOrders[l]` > 1 adds `rootPenalty` times layer l's `RootPenalty` (dcd only).
    @_specialize(where T == Float)
    @_specialize(where T == Double)
    public static func lossAndGradient<T: FloatScalar>(
        config: ModelConfig, layout: ParameterLayout, parameters: [T], tokens: [Int], batch: Int, length: Int,
        form: DiagonalRecurrence.Form = .sequential, auxiliaryTargets: [[Int]] = [], auxiliaryWeight: T = 0, transitionTargets: [[Int]] = [], stateTargets: [[Int]] = [],
        phaseOrders: [Int] = [], rootPenalty: T = 0, phaseDrift: PhaseDrift? = nil, lossFunction: (Tensor<T>) -> (loss: T, gradient: Tensor<T>)
    ) -> (loss: T, gradient: [T], outputs: Tensor<T>) {
        var grads = [T](repeating: 0, count: parameters.count)
        var result: (T, Tensor<T>) = (0, Tensor(shape: [0]))
        parameters.withUnsafeBufferPointer { w in
            let (out, cache) = ModelPass.forward(config: config, layout: layout, parameters: w.baseAddress!, tokens: tokens,
                                                 batch: batch, length: length, form: form, keepCache: true,
                                                 phaseDrift: phaseDrift)
            var (loss, dOut) = lossFunction(out)
            // Each head adds auxiliaryWeight x its mean cross-entropy; nil: a layer without a head.
            func weighted(_ logits: [Tensor<T>?], _ targets: [[Int]]) -> [Tensor<T>?] {
                zip(logits, targets).map { logits, targets in
                    guard let logits, !targets.isEmpty else { return nil }
                    var head = SoftmaxCrossEntropy.evaluate(logits: logits, targets: targets)
                    loss += auxiliaryWeight * head.loss
                    for i in 0..<head.gradient.count { head.gradient.storage[i] *= auxiliaryWeight }
                    return head.gradient
                }
            }
            let auxiliaryGradients = weighted(cache!.auxiliary.map(\.outputs), auxiliaryTargets).compactMap { $0 }
            let transitionGradients = weighted(cache!.transitions.map { $0?.outputs }, transitionTargets)
            let stateGradients = weighted(cache!.states.map { $0?.outputs }, stateTargets)
            let phaseGradients = cache!.layers.enumerated().map { l, layer -> Tensor<T>? in
                guard rootPenalty > 0, l < phaseOrders.count, phaseOrders[l] > 1, let aIm = layer.mixer.aIm else { return nil }
                let (penalty, gradient) = RootPenalty.evaluate(aRe: layer.mixer.aRe, aIm: aIm, order: phaseOrders[l], weight: rootPenalty)
                loss += penalty
                return gradient
            }
            result = (loss, out)
            guard loss.isFinite else { return }
            grads.withUnsafeMutableBufferPointer { g in
                ModelPass.backward(config: config, layout: layout, parameters: w.baseAddress!, gradients: g.baseAddress!,
                                   cache: cache!, outputGradient: dOut, auxiliaryGradients: auxiliaryGradients,
                                   transitionGradients: transitionGradients, stateGradients: stateGradients,
                                   phaseGradients: phaseGradients, form: form)
            }
        }
        return (result.0, grads, result.1)
    }
}
