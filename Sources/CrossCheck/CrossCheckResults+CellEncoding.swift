extension CrossCheckResults.Cell {
    /// The stored fields' keys (the synthesized decoder reads the same names).
    private enum StoredKeys: String, CodingKey { case group, family, depth, initialisation, guidance, trainLength, runs, verdict }

    private enum SummaryKeys: String, CodingKey {
        // Key names before the snake_case conversion of `ReportTables.json`.
        case accuracyAtTrainLength, meanAccuracyAtTrainLength
        case longestLengthAbove90 = "longestLengthAbove_90"
        case seedsLearned, breakLength
    }

    /// The stored fields, plus the summaries scripts want without recomputing them
    /// (`accuracy_at_train_length`, `mean_accuracy_at_train_length`, `longest_length_above_90`,
    /// `seeds_learned`, `break_length`).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: StoredKeys.self)
        try c.encode(group, forKey: .group)
        try c.encode(family, forKey: .family)
        try c.encode(depth, forKey: .depth)
        try c.encode(initialisation, forKey: .initialisation)
        try c.encode(guidance, forKey: .guidance)
        try c.encode(trainLength, forKey: .trainLength)
        try c.encode(runs, forKey: .runs)
        try c.encode(verdict, forKey: .verdict)
        var s = encoder.container(keyedBy: SummaryKeys.self)
        try s.encode(accuracyAtTrainLength, forKey: .accuracyAtTrainLength)
        try s.encode(meanAccuracyAtTrainLength, forKey: .meanAccuracyAtTrainLength)
        try s.encodeIfPresent(longestLengthAbove90, forKey: .longestLengthAbove90)
        try s.encode(seedsLearned, forKey: .seedsLearned)
        try s.encodeIfPresent(breakLength, forKey: .breakLength)
    }
}
