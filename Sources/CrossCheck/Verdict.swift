import Depth

/// How a trained result compares with the theory for one (group, family, depth) cell, read on
/// accuracy against length (`LengthProfile`): the theorems are about all lengths at finite
/// precision, so "learned" needs accuracy well past the training length, and a forbidden depth is
/// expected to break down as sequences grow, not to fail at the training length.
public enum Verdict: String, Sendable, Codable, CaseIterable {
    /// Allowed depth, and the model holds >= 0.9 at 4x the training length. Consistent.
    case learned = "learned where allowed"
    /// Forbidden depth, and accuracy is below 0.9 by the longest evaluated length. Consistent.
    case brokeDown = "failed where forbidden"
    /// Theory says the depth suffices; training did not get there (below 0.9 at 4x the training length).
    case learnabilityGap = "learnability gap"
    /// A forbidden model holds >= 0.9 at the longest length, which is >= 16x the training length:
    /// a bug, or a finite-length effect to investigate.
    case contradiction
    /// A forbidden model holds >= 0.9 at every evaluated length, but none is 16x the training
    /// length: the evaluation was too short to decide.
    case inconclusive

    /// Accuracy threshold of every verdict.
    public static let successThreshold = LengthProfile.threshold

    /// Learned where allowed, or broke down where forbidden.
    public var isConsistent: Bool { self == .learned || self == .brokeDown }

    /// `profile` is the cell's best run (see `CrossCheckResults.Cell`).
    public init(prediction: FamilyPrediction, depth: Int, profile: LengthProfile) {
        if prediction.allows(depth: depth) {
            self = profile.learned == true ? .learned : .learnabilityGap
        } else if !profile.holdsAtLongest {
            self = .brokeDown
        } else {
            self = profile.longestIsDecisive ? .contradiction : .inconclusive
        }
    }
}
