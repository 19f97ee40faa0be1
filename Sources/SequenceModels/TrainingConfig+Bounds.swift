/// Upper bounds on a training configuration, checked before any allocation: values far past them
/// (`--batch 9223372036854775807`, an evaluation length of 10^9, a checkpoint header edited by
/// hand) would otherwise overflow an index computation or ask for terabytes. The bounds are far
/// above any run this toolkit was measured with (batch 64, length 60, evaluation up to 1000).
extension TrainingConfig {
    public static let maximumSteps = 100_000_000
    public static let maximumBatchSize = 65_536
    /// Longest training or evaluation sequence (the same as `tower construct --lengths`).
    public static let maximumLength = 1_000_000
    public static let maximumEvalSequences = 1_000_000
    /// Tokens evaluated at one evaluation length (sequences x length).
    public static let maximumEvalTokens = 10_000_000
    /// The activations one training step keeps for its backward pass, estimated (see
    /// `estimatedStepBytes`).
    public static let maximumStepBytes = 4 << 30

    /// About the bytes a training step holds: per token, each layer keeps its normalised input,
    /// mixer projections and states, and MLP activations (measured about 3.8 KB per token and layer
    /// at width 64, state 16, MLP 128; this estimate gives 5.1 KB, on the safe side), twice over for
    /// the gradients. A Double, so that no product of huge values overflows.
    public var estimatedStepBytes: Double {
        let m = model
        let perLayer = 4.0 * Double(m.width) + 2.0 * Double(m.mlpHidden) + 8.0 * Double(m.state)
        let heads = Double(m.outputs + m.auxiliaryOutputs.reduce(0, +))
        let floats = Double(batchSize) * Double(trainLength) * (Double(m.layers) * perLayer + heads) * 2
        return floats * 4
    }

    /// Throws `TrainingError.invalidConfig` naming the first value above its bound.
    public func validateBounds() throws {
        for (name, value, limit) in [("steps", steps, Self.maximumSteps), ("batchSize", batchSize, Self.maximumBatchSize),
                                     ("trainLength", trainLength, Self.maximumLength),
                                     ("evalSequences", evalSequences, Self.maximumEvalSequences)] where value > limit {
            throw TrainingError.invalidConfig("\(name) must be at most \(limit), got \(value)")
        }
        if let long = evalLengths.first(where: { $0 > Self.maximumLength }) {
            throw TrainingError.invalidConfig("evaluation length \(long) is longer than the limit of \(Self.maximumLength)")
        }
        if let long = evalLengths.max(), Double(long) * Double(evalSequences) > Double(Self.maximumEvalTokens) {
            throw TrainingError.invalidConfig("evaluating \(evalSequences) sequences of length \(long) is more than the limit of \(Self.maximumEvalTokens) tokens per length; give fewer evaluation sequences or shorter lengths")
        }
        let bytes = estimatedStepBytes
        if bytes > Double(Self.maximumStepBytes) {
            let gib = bytes / Double(1 << 30)
            throw TrainingError.invalidConfig("a training step of \(batchSize) sequences of length \(trainLength) with this \(model.layers)-layer model of width \(model.width) needs about \(gib < 1e6 ? String(Int(gib.rounded(.up))) : "more than a million") GiB, above the limit of \(Self.maximumStepBytes >> 30) GiB; give a smaller batch or training length")
        }
    }
}
