import Depth
import Foundation
import SequenceModels

/// The tabular writers: `crosscheck.md`, `crosscheck.csv`, `crosscheck.json`.
public enum ReportTables {
    public static let families = ["dcd", "real11", "real01", "dense"]

    /// Pretty-printed JSON of the whole results (sorted keys, snake_case field names).
    public static func json(_ results: CrossCheckResults) throws -> String { try json(encoding: results) }

    /// Reads what `json` wrote.
    public static func results(fromJSON data: Data) throws -> CrossCheckResults { try decode(CrossCheckResults.self, fromJSON: data) }

    /// The JSON form of every cross-check file (reports, sweep plans, cell files): pretty-printed,
    /// sorted keys, snake_case field names, NaN and infinities as the strings "nan", "inf", "-inf".
    public static func json(encoding value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// Reads what `json(encoding:)` wrote.
    public static func decode<T: Decodable>(_ type: T.Type, fromJSON data: Data) throws -> T {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return try decoder.decode(type, from: data)
    }

    public static let csvHeader = [
        "group", "order", "derived_length", "family", "initialisation", "guidance", "predicted_min_depth", "prediction_is_theorem",
        "exact_arithmetic_conjecture", "depth", "seeds", "seeds_learned", "accuracy_at_train_length", "accuracy_at_4x",
        "accuracy_at_longest", "longest_length", "break_length", "longest_length_above_90", "verdict",
    ]

    /// One row per cell; "impossible" for a predicted depth that does not exist, "" for no length above 90%.
    public static func csv(_ results: CrossCheckResults) -> String {
        var lines = [csvHeader.joined(separator: ",")]
        for cell in results.cells {
            let theory = results.groups.first { $0.group == cell.group }
            let prediction = theory?.prediction(for: cell.family)
            let profile = cell.profile
            let fields: [String] = [
                cell.group, theory.map { String($0.order) } ?? "", theory?.derivedLength.map(String.init) ?? "not solvable",
                cell.family, cell.initialisation, cell.guidance, depthText(prediction), prediction.map { String($0.theorem) } ?? "",
                prediction?.exactArithmeticConjecture.map(String.init) ?? "",
                String(cell.depth), String(cell.runs.count), String(cell.seedsLearned), String(format: "%.4f", cell.accuracyAtTrainLength),
                String(format: "%.4f", accuracy(profile, at: profile.learnedLength)), String(format: "%.4f", profile.points.last?.accuracy ?? 0),
                String(profile.longest), profile.breakLength.map(String.init) ?? "", cell.longestLengthAbove90.map(String.init) ?? "",
                cell.verdict.rawValue,
            ]
            lines.append(fields.map(csvField).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Accuracy of a profile at one evaluated length (0 if not evaluated).
    static func accuracy(_ p: LengthProfile, at length: Int) -> Double { p.points.first { $0.length == length }?.accuracy ?? 0 }

    /// One sentence with the recipe of every run.
    public static func budgetText(_ b: CrossCheckResults.Budget) -> String {
        let r = b.recipe
        let steps = r.steps.map { "\($0) steps" } ?? "steps by the recipe's rule (3000 per layer, +1000 per layer per doubling of the order past 8, at most 10000; two or more layers on a group of order above 32: 54000 / layers, between 10000 and 20000)"
        return "\(steps), batch \(r.batchSize), training length \(r.trainLength) (length curriculum: "
            + (r.curriculumSteps.map { "over \($0) steps" } ?? r.curriculumFraction.map { String(format: "over %.0f%% of the steps", 100 * $0) }
                ?? "none for one layer, over half the steps for deeper stacks")
            + "), width \(r.width), state \(r.state), MLP hidden \(r.mlpHidden ?? 2 * r.width), learning rate \(r.learningRate), "
            + "weight decay \(r.weightDecay), init phase \(r.initialization.phase.rawValue) / input \(r.initialization.input.rawValue), "
            + rootPenaltyText(r)
            + "seeds \(b.seeds.map(String.init).joined(separator: ", ")), training: \(b.guidance.map(guidanceText).joined(separator: " and ")), "
            + "\(r.evalSequences) evaluation sequences per length"
            + attemptsText(r.attempts)
    }

    /// The root penalty of a budget in words ("" when off).
    static func rootPenaltyText(_ r: TrainingRecipe) -> String {
        let from = "from \(String(format: "%g", 100 * (r.rootPenaltyStart ?? TrainingConfig.defaultRootPenaltyStart)))% of the steps, "
        if r.rootPenalty == TrainingRecipe.autoRootPenalty {
            return "dcd root penalty \(String(format: "%g", TrainingRecipe.stackRootPenalty)) for two or more layers (none for one) " + from
        }
        guard let w = r.rootPenalty, w > 0 else { return "" }
        return "dcd root penalty \(String(format: "%g", w)) " + from
    }

    /// The restart rule of a budget in words: `attempts` nil or 1 (no restarts), a number, or
    /// `TrainingRecipe.autoAttempts` (the rule's: the ladder in "none, cascade on retry" cells).
    static func attemptsText(_ attempts: Int?) -> String {
        let factor = String(format: "%g", TrainingRecipe.retryLearningRateFactor)
        func ladder(_ n: Int) -> String {
            ["plain", "then cascade guidance", "then cascade at \(factor)x the learning rate"].prefix(min(n, TrainingAttempts.ladderLength))
                .joined(separator: ", ")
        }
        let again = "each while held-out accuracy at 4x the training length is below 0.9; the best kept"
        if attempts == TrainingRecipe.autoAttempts {
            let n = TrainingRecipe.defaultAttempts(retrying: true), other = TrainingRecipe.defaultAttempts(retrying: false)
            return ", up to \(n) attempts per run in \"\(CrossCheckRunner.plainThenCascade)\" cells (\(ladder(n)), from the same seed) "
                + "and \(other) elsewhere (again from a derived seed), \(again)"
        }
        guard let n = attempts, n > 1 else { return "" }
        return ", up to \(n) attempts per run (from a derived seed, or in \"\(CrossCheckRunner.plainThenCascade)\" cells \(ladder(n)) "
            + "from the same seed), \(again)"
    }

    /// A budget's guidance mode in words ("auto" is the recipe's rule).
    static func guidanceText(_ mode: String) -> String {
        mode == CrossCheckRunner.automaticGuidance
            ? "auto (cascade guidance for three or more layers on a group of derived length three or more; steps-states guidance for other stacks of two or more dcd layers on a non-abelian group of order above \(TrainingRecipe.stepsStatesOrder); elsewhere plain, and a failed first attempt of two or more layers on a non-abelian group retried with cascade guidance)"
            : mode
    }

    /// The guidance modes the cells were trained with, plain first, then in the budget's order
    /// ("auto" stands for whatever its cells got).
    static func cellModes(_ results: CrossCheckResults) -> [String] {
        var modes: [String] = []
        for mode in ["none"] + results.budget.guidance + results.cells.map(\.guidance) where mode != CrossCheckRunner.automaticGuidance && !modes.contains(mode) {
            if results.cells.contains(where: { $0.guidance == mode && $0.initialisation == "random" }) { modes.append(mode) }
        }
        return modes
    }

    /// Counts of verdicts, for the headline: (label, count) in a fixed order.
    public static func verdictCounts(_ cells: [CrossCheckResults.Cell]) -> [(Verdict, Int)] {
        Verdict.allCases.map { v in (v, cells.filter { $0.verdict == v }.count) }.filter { $0.1 > 0 }
    }

    /// The headline: what the cross-check confirms, per training mode.
    public static func headline(_ results: CrossCheckResults) -> [String] {
        var lines: [String] = []
        for mode in cellModes(results) {
            let cells = results.cells.filter { $0.guidance == mode && $0.initialisation == "random" }
            guard !cells.isEmpty else { continue }
            let consistent = cells.filter { $0.verdict.isConsistent }.count
            lines.append("\(mode == "none" ? "Plain training" : mode == CrossCheckRunner.plainThenCascade ? "Plain training, cascade-guided retries" : "Guided training (\(mode))"): \(consistent) of \(cells.count) cells consistent with the theory — "
                         + verdictCounts(cells).map { "\($0.1) \($0.0.rawValue)" }.joined(separator: ", ") + ".")
        }
        return lines
    }

    /// The Markdown report: headline, settings, theory per group, then the cells with verdicts.
    public static func markdown(_ results: CrossCheckResults) -> String {
        var out = ["# Cross-check: predicted minimal depth against trained models", ""]
        if let partial = results.partial { out += ["> **\(partial.text)**", ""] }
        out += headline(results).map { "**\($0)**  " }
        out.append("")
        out.append("Command: `\(results.command)`  ")
        out.append(String(format: "Wall time: %.0f s  ", results.wallSeconds))
        out.append("Budget per run: \(budgetText(results.budget)).  ")
        out.append("Verdicts read accuracy against length (best seed per length). Allowed depth: **learned where allowed** when per-token "
                   + "accuracy is >= \(Verdict.successThreshold) at \(LengthProfile.learnedFactor)x the training length, else **learnability gap**. "
                   + "Forbidden depth: **failed where forbidden** when accuracy is below \(Verdict.successThreshold) by the longest length; "
                   + "**contradiction** only when it holds >= \(Verdict.successThreshold) at the longest length and that is >= "
                   + "\(LengthProfile.decisiveFactor)x the training length (**inconclusive** when the longest length is shorter).")
        let contradictions = results.cells.filter { $0.verdict == .contradiction }
        if !contradictions.isEmpty {
            out += ["", "> **CONTRADICTION**: a model holds where theory says it is impossible in "
                    + contradictions.map { "\($0.group) \($0.family) x\($0.depth) (\($0.initialisation), \($0.guidance))" }.joined(separator: ", ")
                    + ". This means a bug or a finite-length artefact; check the accuracy against length."]
        }
        out += ["", "## Theory", "", "| group | order | derived length | " + families.map { "min depth \($0)" }.joined(separator: " | ")
                + " | dcd, exact-arithmetic conjecture |",
                "|---|---:|---:|" + families.map { _ in "---:" }.joined(separator: "|") + "|---:|"]
        for g in results.groups {
            out.append("| \(g.group) | \(g.order) | \(g.derivedLength.map(String.init) ?? "not solvable") | "
                       + families.map { depthText(g.prediction(for: $0)) }.joined(separator: " | ") + " | "
                       + (g.prediction(for: "dcd")?.exactArithmeticConjecture.map(String.init) ?? "none") + " |")
        }
        out += ["", "dcd, real01 and dense bounds are theorems (dcd: finite precision, all lengths); real11 is the cascade prediction "
                + "(the depth suffices, necessity unproven). A dcd layer is affine (input-dependent bias b(x)); in exact arithmetic such "
                + "layers are conjectured to reach derived length 2 each, i.e. ceil(derived length / 2) layers: the last column. Where it "
                + "is below the derived length, a forbidden dcd depth may hold up to a length that grows with precision and state size.",
                "", "## Trained models", "",
                "| group | family | init | guidance | depth | predicted min | seeds learned | acc @ train | acc @ 4x | acc @ longest | break length | verdict | notes |",
                "|---|---|---|---|---:|---:|---:|---:|---:|---:|---:|---|---|"]
        for cell in results.cells {
            let prediction = results.groups.first { $0.group == cell.group }?.prediction(for: cell.family)
            let verdict = cell.verdict == .contradiction ? "**CONTRADICTION**" : cell.verdict.rawValue
            let p = cell.profile
            out.append("| \(cell.group) | \(cell.family) | \(cell.initialisation) | \(cell.guidance) | \(cell.depth) | \(depthText(prediction)) | "
                       + "\(cell.seedsLearned)/\(cell.runs.count) | " + String(format: "%.3f | %.3f | %.3f", cell.accuracyAtTrainLength,
                                                                        accuracy(p, at: p.learnedLength), p.points.last?.accuracy ?? 0)
                       + " | \(p.breakLength.map(String.init) ?? "none") | \(verdict) | \(notes(cell)) |")
        }
        if let r = results.rotations { out += ["", rotationMarkdown(r)] }
        if let d = results.depthError { out += ["", DepthErrorReport.markdown(d, exponents: results.exponents ?? [])] }
        if let rows = results.maxLength { out += ["", (results.maxLengthRun ?? MaxLengthResults()).markdown(rows)] }
        return out.joined(separator: "\n") + "\n"
    }

    static func rotationMarkdown(_ r: RotationResults) -> String {
        var out = ["## Continuous task: icosahedral rotations", "",
                   "\(r.algebra): dimension \(r.dimension), derived series dimensions \(r.derivedSeriesDimensions.map(String.init).joined(separator: " > ")), "
                   + (r.solvable ? "solvable" : "not solvable") + " (computed by LieAlgebras). Prediction for a non-solvable target: "
                   + "local error O(eps^(2^(k-1)+1)) for k layers, falling exponentially in depth but never 0.", "",
                   ]
        if let c = r.command { out.append("Command: `\(c)`  ") }
        if let w = r.wallSeconds { out.append(String(format: "Wall time: %.0f s  ", w)) }
        if let b = r.budget {
            out.append("Budget per run: \(budgetText(b)); the MSE is the best seed's at the training length.")
        }
        out += ["", "| depth k | MSE at training length | predicted exponent 2^(k-1)+1 |", "|---:|---:|---:|"]
        for d in r.depths { out.append("| \(d.depth) | " + String(format: "%.3e", d.mse) + " | \(d.predictedExponent) |") }
        out.append("")
        out.append("Fitted slope of ln(MSE) against depth: " + (r.fittedSlope.map { String(format: "%.3f", $0) } ?? "n/a")
                   + " (negative: error falls with depth).")
        return out.joined(separator: "\n")
    }

    /// Accuracy before training (witness cells), steps to 0.9 and divergences.
    static func notes(_ cell: CrossCheckResults.Cell) -> String {
        var parts: [String] = []
        let reached = cell.runs.compactMap(\.stepsTo90).sorted()
        if !reached.isEmpty { parts.append("steps to 0.9: " + reached.map(String.init).joined(separator: ", ")) }
        let initial = cell.runs.compactMap(\.initialAccuracy)
        if let best = initial.max() { parts.append(String(format: "before training %.3f", best)) }
        let restarted = cell.runs.filter { ($0.attempts ?? 1) > 1 }
        if !restarted.isEmpty {
            let kept = restarted.filter { ($0.keptAttempt ?? 1) > 1 }.count
            let guided = cell.runs.filter { $0.keptGuidance != nil && $0.keptGuidance != "none" }.count
            // On the retry ladder the third rung is the cascade-guided attempt at the faster rate.
            let faster = cell.guidance == CrossCheckRunner.plainThenCascade
                ? cell.runs.filter { $0.keptAttempt.map(TrainingAttempts.isFasterRetry) ?? false }.count : 0
            parts.append("restarted \(restarted.count)/\(cell.runs.count) seeds, a later attempt kept in \(kept)"
                         + (guided > 0 ? " (a cascade-guided one in \(guided)" + (faster > 0 ? ", at the faster rate in \(faster)" : "") + ")" : ""))
        }
        // A run not learned: how far down the derived series it tracks the product at 4x.
        let learnedLength = cell.profile.learnedLength
        let short = cell.runs.compactMap { run -> (level: Int, of: Int)? in
            guard let reached = run.quotientReached(at: learnedLength), reached.level < reached.of, reached.of > 1 else { return nil }
            return reached
        }
        if let deepest = short.max(by: { $0.level < $1.level }) {
            // G^(i) are the derived-series members; the last is 1 for a solvable group.
            parts.append("seeds not learned track at most " + (deepest.level == 0 ? "nothing of G/G^(1)"
                : "G/G^(\(deepest.level)), not G/G^(\(deepest.of)),") + " at \(learnedLength) (coset accuracy >= 0.9)")
        }
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
