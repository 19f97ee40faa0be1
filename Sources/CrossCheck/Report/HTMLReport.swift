import Foundation

/// `index.html`: one self-contained page (inline CSS and SVG, no scripts, no external files).
public enum HTMLReport {
    public static func page(_ results: CrossCheckResults) -> String {
        var h = ["<!DOCTYPE html>", "<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Tower cross-check</title>",
                 "<style>body{font-family:sans-serif;margin:24px;max-width:1400px}table{border-collapse:collapse;margin:12px 0}"
                 + "td,th{border:1px solid #ccc;padding:3px 8px;font-size:13px;text-align:right}th{background:#f3f3f3}"
                 + "td.l,th.l{text-align:left}.learned{background:#d4efd4}.broke{background:#e8eef8}.gap{background:#fff3d6}.inconclusive{background:#eee}"
                 + ".contradiction{background:#f8c0c0;font-weight:bold}.headline{font-size:16px;background:#f6f6f6;padding:8px;border-left:4px solid #1f77b4}"
                 + ".plots{display:flex;flex-wrap:wrap;gap:8px}.warn{background:#f8c0c0;padding:8px;border:2px solid #c00}</style></head><body>",
                 "<h1>Cross-check: predicted minimal depth against trained models</h1>"]
        if let partial = results.partial { h.append("<p class=\"warn\">\(esc(partial.text))</p>") }
        h += ReportTables.headline(results).map { "<p class=\"headline\">\(esc($0))</p>" }
        h.append("<p><code>\(esc(results.command))</code><br>Wall time \(Int(results.wallSeconds)) s. Budget per run: \(esc(ReportTables.budgetText(results.budget))). "
                 + "Learned = per-token accuracy &ge; \(Verdict.successThreshold) at \(LengthProfile.learnedFactor)x the training length; a forbidden depth "
                 + "is consistent when accuracy breaks below \(Verdict.successThreshold) by the longest length, a contradiction only when it holds there "
                 + "(&ge; \(LengthProfile.decisiveFactor)x the training length).</p>")
        let contradictions = results.cells.filter { $0.verdict == .contradiction }
        if !contradictions.isEmpty {
            h.append("<p class=\"warn\">CONTRADICTION: training succeeded where theory says impossible: "
                     + esc(contradictions.map { "\($0.group) \($0.family) x\($0.depth)" }.joined(separator: ", ")) + "</p>")
        }
        h.append("<h2>Theory</h2><table><tr><th>group</th><th>order</th><th>derived length</th>"
                 + ReportTables.families.map { "<th>min depth \($0)</th>" }.joined() + "</tr>")
        for g in results.groups {
            h.append("<tr><td class=\"l\">\(esc(g.group))</td><td>\(g.order)</td><td>\(g.derivedLength.map(String.init) ?? "not solvable")</td>"
                     + ReportTables.families.map { "<td>\(ReportTables.depthText(g.prediction(for: $0)))</td>" }.joined() + "</tr>")
        }
        h.append("</table><p>dcd, real01 and dense bounds are theorems; real11 is the cascade prediction (the depth suffices, necessity unproven).</p>")
        h.append("<h2>Plots</h2><div class=\"plots\">")
        for (_, svg) in ReportPlots.all(results) { h.append(svg) }
        h.append("</div>")
        if let r = results.rotations {
            h.append("<h2>Continuous task: icosahedral rotations</h2><p>\(esc(r.algebra)): dimension \(r.dimension), "
                     + (r.solvable ? "solvable" : "not solvable") + "; predicted local error O(eps^(2^(k-1)+1)). Fitted slope of ln(MSE) vs depth: "
                     + (r.fittedSlope.map { String(format: "%.3f", $0) } ?? "n/a") + ".</p><table><tr><th>depth</th><th>MSE</th><th>predicted exponent</th></tr>")
            for d in r.depths { h.append("<tr><td>\(d.depth)</td><td>" + String(format: "%.3e", d.mse) + "</td><td>\(d.predictedExponent)</td></tr>") }
            h.append("</table>")
        }
        if let d = results.depthError { h.append(DepthErrorReport.html(d, exponents: results.exponents ?? [])) }
        if let rows = results.maxLength {
            h.append("<h2>Depth against length</h2><p>Longest training length with sequence accuracy &gt; \(MaxLengthResults.threshold) per group "
                     + "and dcd depth k, next to the paper's bound (k layers suffice up to T = 2^(k-1)).</p><table><tr><th class=\"l\">group</th>"
                     + "<th>layers</th><th class=\"l\">lengths tried (sequence accuracy)</th><th>longest length &gt; 0.9</th><th>paper bound</th></tr>")
            for r in rows {
                h.append("<tr><td class=\"l\">\(esc(r.group))</td><td>\(r.layers)\(r.guidance.map { " (\(esc($0)))" } ?? "")</td><td class=\"l\">\(r.triedText)</td>"
                         + "<td>\(r.longestLengthAbove90.map(String.init) ?? "none")</td><td>\(r.paperBoundLength)</td></tr>")
            }
            h.append("</table>")
        }
        h.append("<h2>Trained models</h2><table><tr><th>group</th><th>family</th><th>init</th><th>guidance</th><th>depth</th><th>predicted min</th>"
                 + "<th>seeds learned</th><th>acc @ train</th><th>acc @ 4x</th><th>acc @ longest</th><th>break length</th><th>verdict</th><th>notes</th></tr>")
        for c in results.cells {
            let p = results.groups.first { $0.group == c.group }?.prediction(for: c.family)
            let cls: String
            switch c.verdict {
            case .learned: cls = "learned"
            case .brokeDown: cls = "broke"
            case .learnabilityGap: cls = "gap"
            case .contradiction: cls = "contradiction"
            case .inconclusive: cls = "inconclusive"
            }
            let profile = c.profile
            h.append("<tr class=\"\(cls)\"><td class=\"l\">\(esc(c.group))</td><td class=\"l\">\(c.family)</td><td class=\"l\">\(esc(c.initialisation))</td>"
                     + "<td class=\"l\">\(esc(c.guidance))</td><td>\(c.depth)</td><td>\(ReportTables.depthText(p))</td><td>\(c.seedsLearned)/\(c.runs.count)</td><td>"
                     + String(format: "%.3f</td><td>%.3f</td><td>%.3f", c.accuracyAtTrainLength, ReportTables.accuracy(profile, at: profile.learnedLength),
                              profile.points.last?.accuracy ?? 0)
                     + "</td><td>\(profile.breakLength.map(String.init) ?? "none")</td><td class=\"l\">\(c.verdict.rawValue)</td>"
                     + "<td class=\"l\">\(esc(ReportTables.notes(c)))</td></tr>")
        }
        h.append("</table>")
        h.append("</body></html>")
        return h.joined(separator: "\n") + "\n"
    }

    static func esc(_ s: String) -> String { SVGPlot.escape(s) }
}
