import FloatBackend

/// The complete state of a training run after `step` updates: resuming from it gives exactly the
/// numbers of the uninterrupted run (batches are drawn from a stream derived from (seed, step),
/// so no generator state beyond `step` is needed).
public struct TrainingCheckpoint: Sendable, Equatable {
    public var task: String
    public var config: TrainingConfig
    /// Number of updates applied.
    public var step: Int
    public var model: SequenceModel
    public var optimizer: AdamW

    public init(task: String, config: TrainingConfig, step: Int, model: SequenceModel, optimizer: AdamW) {
        self.task = task; self.config = config; self.step = step; self.model = model; self.optimizer = optimizer
    }
}
