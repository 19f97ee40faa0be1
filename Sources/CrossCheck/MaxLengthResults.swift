import Foundation

/// Depth against length (`tower crosscheck --task max-length`): per group and dcd depth k, the
/// longest training length T whose trained model reaches sequence accuracy > 0.9 at T, next to
/// the paper's bound (a word problem of length T needs at most ceil(log2 T) + 1 abelian layers, so
/// k layers suffice up to T = 2^(k-1)). The rows are `CrossCheckResults.maxLength` (the
/// `max_length` array of crosscheck.json); this struct holds how they were made.
public struct MaxLengthResults: Sendable, Codable, Equatable {
    public var command: String?
    public var budget: CrossCheckResults.Budget?
    public var wallSeconds: Double?

    public init(command: String? = nil, budget: CrossCheckResults.Budget? = nil, wallSeconds: Double? = nil) {
        self.command = command; self.budget = budget; self.wallSeconds = wallSeconds
    }

    public struct Row: Sendable, Codable, Equatable {
        public var group: String
        public var layers: Int
        /// nil when the group is not solvable.
        public var derivedLength: Int?
        /// Each training length tried, in increasing order, with the best sequence accuracy over
        /// the seeds at that length; the search stops after the first length at or below 0.9.
        public var tried: [Point]
        /// The guidance the runs trained with when it was not plain ("cascade" where the budget's
        /// "auto" rule chose it); nil: plain (results written before the rule decode as nil).
        public var guidance: String?

        public init(group: String, layers: Int, derivedLength: Int?, tried: [Point], guidance: String? = nil) {
            self.group = group; self.layers = layers; self.derivedLength = derivedLength; self.tried = tried; self.guidance = guidance
        }

        /// The longest length above 0.9 before the first failure (nil: none).
        public var longestLengthAbove90: Int? { tried.prefix { $0.sequenceAccuracy > MaxLengthResults.threshold }.last?.length }
        /// "2 (1.00), 4 (0.37)": each length tried with its sequence accuracy.
        public var triedText: String {
            tried.map { "\($0.length) (" + String(format: "%.2f", $0.sequenceAccuracy) + ")" }.joined(separator: ", ")
        }
        /// 2^(k-1): the longest T with ceil(log2 T) + 1 <= k.
        public var paperBoundLength: Int { 1 << (layers - 1) }

        private enum CodingKeys: String, CodingKey { case group, layers, derivedLength, tried, guidance }
        private enum SummaryKeys: String, CodingKey {
            // Before the snake_case conversion of `ReportTables.json`: longest_length_above_90.
            case longestLengthAbove90 = "longestLengthAbove_90", paperBoundLength
        }

        /// The stored fields plus `longest_length_above_90` and `paper_bound_length` (null when none).
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(group, forKey: .group)
            try c.encode(layers, forKey: .layers)
            try c.encode(derivedLength, forKey: .derivedLength)
            try c.encode(tried, forKey: .tried)
            try c.encodeIfPresent(guidance, forKey: .guidance)
            var s = encoder.container(keyedBy: SummaryKeys.self)
            try s.encode(longestLengthAbove90, forKey: .longestLengthAbove90)
            try s.encode(paperBoundLength, forKey: .paperBoundLength)
        }
    }

    public struct Point: Sendable, Codable, Equatable {
        public var length: Int
        public var sequenceAccuracy: Double
        public init(length: Int, sequenceAccuracy: Double) { self.length = length; self.sequenceAccuracy = sequenceAccuracy }
    }

    /// Sequence accuracy a length must exceed.
    public static let threshold = 0.9

    public func markdown(_ rows: [Row]) -> String {
        var out = ["## Depth against length", "",
                   "Per group and dcd depth k: the training lengths tried (best sequence accuracy over the seeds at that length; "
                   + "the search stops after the first length at or below \(MaxLengthResults.threshold)), the longest length above it, "
                   + "and the paper's bound: a length-T word problem needs at most ceil(log2 T) + 1 layers, so k layers suffice up to T = 2^(k-1).", ""]
        if let c = command { out.append("Command: `\(c)`  ") }
        if let w = wallSeconds { out.append(String(format: "Wall time: %.0f s  ", w)) }
        if let b = budget { out.append("Budget per run: \(ReportTables.budgetText(b)) (the training length of each run is the length tried).") }
        out += ["", "| group | derived length | layers | lengths tried (sequence accuracy) | longest length > 0.9 | paper: k suffices up to T = |",
                "|---|---:|---:|---|---:|---:|"]
        for r in rows {
            out.append("| \(r.group) | \(r.derivedLength.map(String.init) ?? "not solvable") | \(r.layers)\(r.guidance.map { " (\($0))" } ?? "") | \(r.triedText) | "
                       + "\(r.longestLengthAbove90.map(String.init) ?? "none") | \(r.paperBoundLength) |")
        }
        return out.joined(separator: "\n")
    }
}
