import Foundation

/// The tabular writers: `crosscheck.md`, `crosscheck.csv`, `crosscheck.json`.
public enum ReportTables {
    public static let families = ["dcd", "real11", "real01", "dense"]

    /// Pretty-printed JSON of the whole results (sorted keys, snake_case field names).
    public static func json(_ results: CrossCheckResults) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return String(decoding: try encoder.encode(results), as: UTF8.self)
    }

    /// Reads what `json` wrote.
    public static func results(fromJSON data: Data) throws -> CrossCheckResults {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return try decoder.decode(CrossCheckResults.self, from: data)
    }

    public static let csvHeader = [
        "group", "order", "derived_length", "family", "initialisation", "predicted_min_depth", "prediction_is_theorem", "depth",
        "seeds", "accuracy_at_train_length", "mean_accuracy_at_train_length", "longest_length_above_90", "verdict",
    ]

    /// One row per cell; "impossible" for a predicted depth that does not exist, "" for no length above 90%.
    public static func csv(_ results: CrossCheckResults) -> String {
        var lines = [csvHeader.joined(separator: ",")]
        for cell in results.cells {
            let theory = results.groups.first { $0.group == cell.group }
            let prediction = theory?.prediction(for: cell.family)
            let fields: [String] = [
                cell.group, theory.map { String($0.order) } ?? "", theory?.derivedLength.map(String.init) ?? "not solvable",
                cell.family, cell.initialisation, depthText(prediction), prediction.map { String($0.theorem) } ?? "",
                String(cell.depth), String(cell.runs.count), String(format: "%.4f", cell.accuracyAtTrainLength),
                String(format: "%.4f", cell.meanAccuracyAtTrainLength), cell.longestLengthAbove90.map(String.init) ?? "",
                cell.verdict.rawValue,
            ]
            lines.append(fields.map(csvField).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The Markdown report: settings, theory per group, then the cells with verdicts.
    public static func markdown(_ results: CrossCheckResults) -> String {
        let b = results.budget
        var out = ["# Cross-check: predicted minimal depth against trained models", ""]
        out.append("Command: `\(results.command)`  ")
        out.append(String(format: "Wall time: %.0f s  ", results.wallSeconds))
        out.append("Budget per run: \(b.steps) steps, batch \(b.batchSize), training length \(b.trainLength) "
                   + "(curriculum over \(b.curriculumSteps) steps), width \(b.width), state \(b.state), MLP hidden \(b.mlpHidden), "
                   + "learning rate \(b.learningRate), warm-up \(b.warmupSteps), weight decay \(b.weightDecay), "
                   + "seeds \(b.seeds.map(String.init).joined(separator: ", ")), \(b.evalSequences) evaluation sequences per length.  ")
        out.append("A run succeeds when its per-token accuracy at the training length is at least \(Verdict.successThreshold); "
                   + "a cell's accuracy is the best over its seeds.")
        let contradictions = results.cells.filter { $0.verdict == .contradiction }
        if !contradictions.isEmpty {
            out += ["", "> **CONTRADICTION**: training succeeded where theory says it is impossible in "
                    + contradictions.map { "\($0.group) \($0.family) x\($0.depth) (\($0.initialisation))" }.joined(separator: ", ")
                    + ". This means a bug or a finite-length artefact; check the longest length above 90%."]
        }
        out += ["", "## Theory", "", "| group | order | derived length | " + families.map { "min depth \($0)" }.joined(separator: " | ") + " |",
                "|---|---:|---:|" + families.map { _ in "---:" }.joined(separator: "|") + "|"]
        for g in results.groups {
            out.append("| \(g.group) | \(g.order) | \(g.derivedLength.map(String.init) ?? "not solvable") | "
                       + families.map { depthText(g.prediction(for: $0)) }.joined(separator: " | ") + " |")
        }
        out += ["", "dcd and real01/dense bounds are theorems; real11 is the cascade prediction (the depth suffices, necessity unproven).",
                "", "## Trained models", "",
                "| group | family | init | depth | predicted min | accuracy @ train length | longest length > 90% | verdict | notes |",
                "|---|---|---|---:|---:|---:|---:|---|---|"]
        for cell in results.cells {
            let prediction = results.groups.first { $0.group == cell.group }?.prediction(for: cell.family)
            let verdict = cell.verdict == .contradiction ? "**CONTRADICTION**" : cell.verdict.rawValue
            out.append("| \(cell.group) | \(cell.family) | \(cell.initialisation) | \(cell.depth) | \(depthText(prediction)) | "
                       + String(format: "%.3f", cell.accuracyAtTrainLength) + " | \(cell.longestLengthAbove90.map(String.init) ?? "none") | \(verdict) | \(notes(cell)) |")
        }
        if let r = results.rotations { out += ["", rotationMarkdown(r)] }
        return out.joined(separator: "\n") + "\n"
    }

    static func rotationMarkdown(_ r: RotationResults) -> String {
        var out = ["## Continuous task: icosahedral rotations", "",
                   "\(r.algebra): dimension \(r.dimension), derived series dimensions \(r.derivedSeriesDimensions.map(String.init).joined(separator: " > ")), "
                   + (r.solvable ? "solvable" : "not solvable") + " (computed by LieAlgebras). Prediction for a non-solvable target: "
                   + "local error O(eps^(2^(k-1)+1)) for k layers, falling exponentially in depth but never 0.", "",
                   "| depth k | MSE at training length | predicted exponent 2^(k-1)+1 |", "|---:|---:|---:|"]
        for d in r.depths { out.append("| \(d.depth) | " + String(format: "%.3e", d.mse) + " | \(d.predictedExponent) |") }
        out.append("")
        out.append("Fitted slope of ln(MSE) against depth: " + (r.fittedSlope.map { String(format: "%.3f", $0) } ?? "n/a")
                   + " (negative: error falls with depth).")
        return out.joined(separator: "\n")
    }

    /// Accuracy before training (witness cells) and divergences.
    static func notes(_ cell: CrossCheckResults.Cell) -> String {
        var parts: [String] = []
        let initial = cell.runs.compactMap(\.initialAccuracy)
        if let best = initial.max() { parts.append(String(format: "before training %.3f", best)) }
        let diverged = cell.runs.filter { $0.divergedAtStep != nil }
        if !diverged.isEmpty {
            parts.append("\(diverged.count)/\(cell.runs.count) diverged (NaN) at step " + diverged.map { String($0.divergedAtStep!) }.joined(separator: ", "))
        }
        return parts.joined(separator: "; ")
    }

    static func depthText(_ p: FamilyPrediction?) -> String {
        guard let p else { return "" }
        return p.minimalDepth.map(String.init) ?? "impossible"
    }

    static func csvField(_ s: String) -> String {
        s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }
}
