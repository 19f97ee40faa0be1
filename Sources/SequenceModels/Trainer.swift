import FloatBackend
import Foundation

/// The training loop as a library: AdamW with warm-up + cosine schedule and global-norm clipping
/// on freshly sampled batches, then evaluation at every evaluation length.
///
/// Deterministic: the batch of step s comes from the stream (seed, s), initial weights from seed,
/// and every kernel sums in a fixed order, so the same configuration gives the same numbers, and
/// a run resumed from a checkpoint equals the uninterrupted run.
public struct Trainer<Task: SequenceTask>: Sendable {
    public let task: Task
    public let config: TrainingConfig

    public init(task: Task, config: TrainingConfig) throws {
        try config.validate(for: task)
        AllocatorTuning.retainFreedMemory()
        self.task = task
        self.config = config
    }

    /// The state before the first step.
    public func initialCheckpoint() throws -> TrainingCheckpoint {
        let model = try SequenceModel(config: config.model, seed: config.seed, initialization: config.initialization ?? .legacy)
        return TrainingCheckpoint(task: task.name, config: config, step: 0, model: model,
                                  optimizer: AdamW(parameterCount: model.parameters.count, weightDecay: config.weightDecay))
    }

    /// Trains from `start` (default: fresh weights) up to step `until` (default `config.steps`;
    /// stopping early and resuming later with the same configuration equals one uninterrupted run).
    /// `progress` is called after every step; `checkpointEvery` > 0 calls `onCheckpoint` with
    /// the state every that many steps. Throws `TrainingError.nonFiniteLoss` with the last good state.
    public func train(
        from start: TrainingCheckpoint? = nil, until stopStep: Int? = nil, checkpointEvery: Int = 0,
        onCheckpoint: (TrainingCheckpoint) throws -> Void = { _ in },
        progress: (TrainingProgress) -> Void = { _ in }
    ) throws -> TrainingResult {
        var state = try start ?? initialCheckpoint()
        if let start {
            guard start.task == task.name else { throw TrainingError.checkpointMismatch("it was trained on '\(start.task)', not '\(task.name)'") }
            guard start.config.model == config.model else { throw TrainingError.checkpointMismatch("its model configuration differs") }
        }
        let schedule = LearningRateSchedule(peak: config.learningRate, warmupSteps: config.warmupSteps, totalSteps: config.steps,
                                            finalFraction: config.finalLearningRateFraction ?? 0.1)
        let mask = state.model.layout.decayMask
        let inputDecay = InputDecay(rate: config.inputDecay ?? 0, config: config.model, layout: state.model.layout)
        // The root penalty's angle orders, computed once (a pass over the multiplication table).
        let phaseOrders = config.phaseOrders(for: task)
        let clock = ContinuousClock(), began = clock.now
        let firstStep = state.step
        var lastLoss: Float = .nan, lastAccuracy = 0.0
        let lastStep = Swift.min(stopStep ?? config.steps, config.steps)
        while state.step < lastStep {
            var rng = SplitMix64(seed: config.seed, stream: UInt64(state.step) + 1)
            let batch = task.sample(batch: config.batchSize, length: config.trainLength(at: state.step), using: &rng)
            let driftSeed = rng.next()
            var (loss, grads, outputs) = ShardedGradient.lossAndGradient(
                task: task, config: config, layout: state.model.layout, parameters: state.model.parameters, batch: batch,
                driftSeed: driftSeed, rootPenalty: (orders: phaseOrders, weight: config.rootPenalty(at: state.step)))
            let norm = GradientClipping.clipByGlobalNorm(&grads, maximumNorm: config.gradientClip)
            guard loss.isFinite, norm.isFinite else {
                throw TrainingError.nonFiniteLoss(step: state.step, loss: loss.isFinite ? .nan : loss, lastGood: state)
            }
            let rate = schedule.rate(at: state.step)
            state.optimizer.update(parameters: &state.model.parameters, gradients: grads, decayMask: mask, learningRate: rate)
            inputDecay?.apply(to: &state.model.parameters, learningRate: rate)
            state.step += 1
            lastLoss = loss
            let ok = task.correct(outputs: outputs, batch: batch)
            lastAccuracy = Double(ok.filter { $0 }.count) / Double(max(ok.count, 1))
            let elapsed = (clock.now - began).seconds
            progress(TrainingProgress(step: state.step, totalSteps: config.steps, loss: loss, accuracy: lastAccuracy,
                                      stepsPerSecond: Double(state.step - firstStep) / max(elapsed, 1e-9), elapsedSeconds: elapsed))
            if checkpointEvery > 0, state.step % checkpointEvery == 0 { try onCheckpoint(state) }
        }
        let evaluations = Evaluator.evaluate(model: state.model, task: task, lengths: config.evalLengths,
                                             sequences: config.evalSequences, seed: config.seed, form: config.form,
                                             guidance: config.isGuided ? config.guidanceLabels ?? .derivedSeries : nil)
        return TrainingResult(task: task.name, config: config, model: state.model, steps: state.step, finalLoss: lastLoss,
                              finalTrainAccuracy: lastAccuracy, evaluations: evaluations,
                              wallSeconds: (clock.now - began).seconds, checkpoint: state)
    }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) * 1e-18 }
}
