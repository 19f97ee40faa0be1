/// How a trained result compares with the theory for one (group, family, depth) cell.
public enum Verdict: String, Sendable, Codable, CaseIterable {
    /// Training succeeded where theory allows it, or failed where theory forbids it.
    case consistent
    /// Theory says the depth suffices, training did not get there.
    case learnabilityGap = "learnability gap"
    /// Training succeeded where theory says it is impossible: a bug or a finite-length artefact.
    case contradiction

    /// A run "succeeds" when its per-token accuracy at the training length reaches this.
    public static let successThreshold = 0.9

    public init(prediction: FamilyPrediction, depth: Int, accuracyAtTrainLength: Double) {
        let succeeded = accuracyAtTrainLength >= Verdict.successThreshold
        switch (prediction.allows(depth: depth), succeeded) {
        case (true, true), (false, false): self = .consistent
        case (true, false): self = .learnabilityGap
        case (false, true): self = .contradiction
        }
    }
}
