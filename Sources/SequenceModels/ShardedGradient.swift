import Dispatch
import FloatBackend

/// The loss and gradient of one training batch, computed as a fixed number of shards of whole
/// sequences that run on different cores (data parallelism), then added in shard order.
///
/// Why: the matrix products already split across cores, but the rest of a step (normalisation,
/// recurrences, column splits, activations) is about half of its time and runs on one core;
/// shards keep both cores busy for all of it. Deterministic: the number of shards is fixed
/// (`count`, never the thread count), each shard's kernels give the same bits however they split,
/// and the shards are added in order, so results do not depend on `TOWER_THREADS`.
enum ShardedGradient {
    /// Shards per batch (fewer when the batch has fewer sequences).
    static let count = 2

    static func lossAndGradient<Task: SequenceTask>(
        task: Task, config: TrainingConfig, layout: ParameterLayout, parameters: [Float], batch: TaskBatch, driftSeed: UInt64 = 0, rootPenalty: (orders: [Int], weight: Float) = ([], 0)
    ) -> (loss: Float, gradient: [Float], outputs: Tensor<Float>) {
        let n = Swift.max(1, Swift.min(count, batch.batch))
        let heads = config.isGuided ? config.model.auxiliaryOutputs.count : 0
        let parts = (0..<n).map { s in batch.sequences((batch.batch * s / n)..<(batch.batch * (s + 1) / n)) }
        typealias Result = (loss: Float, gradient: [Float], outputs: Tensor<Float>)
        let slots = UnsafeMutablePointer<Result?>.allocate(capacity: n)
        slots.initialize(repeating: nil, count: n)
        defer { slots.deinitialize(count: n); slots.deallocate() }
        let shared = SharedPointer(slots)
        let shard: @Sendable (Int) -> Void = { s in
            let part = parts[s]
            let weight = Float(part.batch) / Float(batch.batch)
            shared.mutable[s] = Parallel.serially {
                SequenceModel.lossAndGradient(
                    config: config.model, layout: layout, parameters: parameters, tokens: part.tokens,
                    batch: part.batch, length: part.length, form: config.form,
                    auxiliaryTargets: heads > 0 ? task.auxiliaryTargets(batch: part, heads: heads, labels: config.guidanceLabels ?? .derivedSeries) : [],
                    auxiliaryWeight: config.guidanceWeight ?? 0,
                    transitionTargets: config.isGuided && config.guidanceLabels?.hasTransitionHeads == true ? task.transitionTargets(batch: part, layers: config.model.layers) : [],
                    stateTargets: config.isGuided && config.guidanceLabels?.hasStateHeads == true ? task.stateTargets(batch: part, layers: config.model.layers) : [],
                    phaseOrders: rootPenalty.orders, rootPenalty: rootPenalty.weight * weight,
                    phaseDrift: (config.phaseDrift ?? 0) > 0 ? PhaseDrift(sigma: config.phaseDrift!, seed: driftSeed &+ UInt64(s)) : nil
                ) { outputs in
                    var (loss, gradient) = task.trainingLoss(outputs: outputs, batch: part, smoothing: config.labelSmoothing ?? 0)
                    for i in 0..<gradient.count { gradient.storage[i] *= weight }
                    return (loss * weight, gradient)
                }
            }
        }
        if n > 1 && Parallel.maximumChunks > 1 {
            DispatchQueue.concurrentPerform(iterations: n, execute: shard)
        } else {
            for s in 0..<n { shard(s) }
        }
        var total = slots[0]!
        for s in 1..<n {
            let r = slots[s]!
            total.loss += r.loss
            for i in 0..<total.gradient.count { total.gradient[i] += r.gradient[i] }
            total.outputs.storage += r.outputs.storage
        }
        if n > 1 { total.outputs.shape = [total.outputs.storage.count / Swift.max(total.outputs.columns, 1), total.outputs.columns] }
        return total
    }
}
