import SequenceModels

/// Per-token accuracy against sequence length for one trained model, read the way the theory's
/// quantifiers ask: "learned" means accurate well past the training length, and a forbidden depth
/// shows as accuracy that breaks down as sequences grow.
public struct LengthProfile: Sendable, Equatable {
    /// Accuracy at or above this counts as tracking the group.
    public static let threshold = TrainingAttempts.threshold
    /// "Learned" = accuracy >= `threshold` at the first evaluated length >= this factor x the training length.
    public static let learnedFactor = TrainingAttempts.learnedFactor
    /// A forbidden model is a contradiction only if it holds >= `threshold` at a length >= this factor x the training length.
    public static let decisiveFactor = 16

    /// (length, accuracy), sorted by length.
    public let points: [(length: Int, accuracy: Double)]
    public let trainLength: Int

    public init(_ points: [(Int, Double)], trainLength: Int) {
        self.points = points.map { (length: $0.0, accuracy: $0.1) }.sorted { $0.length < $1.length }
        self.trainLength = trainLength
    }

    public static func == (a: LengthProfile, b: LengthProfile) -> Bool {
        a.trainLength == b.trainLength && a.points.map(\.length) == b.points.map(\.length) && a.points.map(\.accuracy) == b.points.map(\.accuracy)
    }

    /// The first evaluated length with accuracy below the threshold (nil: none broke).
    public var breakLength: Int? { points.first { !($0.accuracy >= Self.threshold) }?.length }

    /// The length at which "learned" is read: the first evaluated length >= 4x the training length (0 if none).
    public var learnedLength: Int { points.first { $0.length >= Self.learnedFactor * trainLength }?.length ?? 0 }

    /// Accuracy >= 0.9 at `learnedLength`; nil when no evaluated length is that long.
    public var learned: Bool? {
        guard let p = points.first(where: { $0.length >= Self.learnedFactor * trainLength }) else { return nil }
        return p.accuracy >= Self.threshold
    }

    /// The longest evaluated length (0 if none).
    public var longest: Int { points.last?.length ?? 0 }

    /// Accuracy at the training length (the first evaluated length >= it).
    public var accuracyAtTrainLength: Double { points.first { $0.length >= trainLength }?.accuracy ?? 0 }

    /// Accuracy >= 0.9 at the longest evaluated length.
    public var holdsAtLongest: Bool { (points.last?.accuracy ?? 0) >= Self.threshold }

    /// The longest evaluated length is at least 16x the training length.
    public var longestIsDecisive: Bool { longest >= Self.decisiveFactor * trainLength }
}
