/// Accuracy of a model at one evaluation length.
public struct Evaluation: Sendable, Codable, Equatable {
    public var length: Int
    /// Fraction of positions predicted correctly.
    public var perTokenAccuracy: Double
    /// Fraction of sequences with every position correct.
    public var sequenceAccuracy: Double
    /// Mean squared error (regression tasks only).
    public var mse: Double?
    /// Word problems with derived-series labels: per member G^(l+1) of the derived series, the
    /// fraction of positions whose predicted element lies in the right coset of G / G^(l+1)
    /// (the last entry is the per-token accuracy when the series ends in 1).
    public var cosetAccuracy: [Double]? = nil
    /// Guided training: per auxiliary head (after layer l + 1), the fraction of positions where
    /// the head's largest output is its label (`WordProblemTask.auxiliaryTargets`): whether the
    /// layers below learned what the guidance asks of them. Nil without heads.
    public var headAccuracy: [Double]? = nil
    /// `--guidance steps` (or `steps-states`): per layer with a transition head, in layer order,
    /// the fraction of positions where it names the step the layer must add. Nil without such heads.
    public var stepAccuracy: [Double]? = nil
    /// `--guidance states` (or `steps-states`): per layer with a state head, in layer order, the
    /// fraction of positions where it names what the layer must have added up. Nil without.
    public var stateAccuracy: [Double]? = nil

    public init(length: Int, perTokenAccuracy: Double, sequenceAccuracy: Double, mse: Double? = nil, cosetAccuracy: [Double]? = nil,
                headAccuracy: [Double]? = nil, stepAccuracy: [Double]? = nil,
                stateAccuracy: [Double]? = nil) {
        self.length = length
        self.perTokenAccuracy = perTokenAccuracy
        self.sequenceAccuracy = sequenceAccuracy
        self.mse = mse
        self.cosetAccuracy = cosetAccuracy
        self.headAccuracy = headAccuracy
        self.stepAccuracy = stepAccuracy
        self.stateAccuracy = stateAccuracy
    }
}

/// What a finished run reports.
public struct TrainingResult: Sendable {
    public var task: String
    public var config: TrainingConfig
    public var model: SequenceModel
    /// Steps completed in total (including those before a resume).
    public var steps: Int
    public var finalLoss: Float
    /// Per-token accuracy on the last training batch.
    public var finalTrainAccuracy: Double
    public var evaluations: [Evaluation]
    public var wallSeconds: Double
    /// The state at the end, for saving.
    public var checkpoint: TrainingCheckpoint

    /// The longest evaluation length whose per-token accuracy is above 90%, or nil.
    public var longestLengthAbove90: Int? {
        evaluations.filter { $0.perTokenAccuracy > 0.9 }.map(\.length).max()
    }
}

/// Reported after every training step.
public struct TrainingProgress: Sendable {
    public var step: Int
    public var totalSteps: Int
    public var loss: Float
    /// Per-token accuracy on this step's batch.
    public var accuracy: Double
    public var stepsPerSecond: Double
    public var elapsedSeconds: Double
    public var etaSeconds: Double { stepsPerSecond > 0 ? Double(totalSteps - step) / stepsPerSecond : 0 }
}
