import Foundation

/// `index.html`: one self-contained page (inline CSS and SVG, no scripts, no external files).
public enum HTMLReport {
    public static func page(_ results: CrossCheckResults) -> String {
        let b = results.budget
        var h = ["<!DOCTYPE html>", "<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Tower cross-check</title>",
                 "<style>body{font-family:sans-serif;margin:24px;max-width:1400px}table{border-collapse:collapse;margin:12px 0}"
                 + "td,th{border:1px solid #ccc;padding:3px 8px;font-size:13px;text-align:right}th{background:#f3f3f3}"
                 + "td.l{text-align:left}.consistent{background:#e6f4e6}.gap{background:#fff3d6}.contradiction{background:#f8c0c0;font-weight:bold}"
                 + ".plots{display:flex;flex-wrap:wrap;gap:8px}.warn{background:#f8c0c0;padding:8px;border:2px solid #c00}</style></head><body>",
                 "<h1>Cross-check: predicted minimal depth against trained models</h1>",
                 "<p><code>\(esc(results.command))</code><br>Wall time \(Int(results.wallSeconds)) s. Budget per run: \(b.steps) steps, batch \(b.batchSize), "
                 + "training length \(b.trainLength), width \(b.width), state \(b.state), seeds \(b.seeds.map(String.init).joined(separator: ", ")). "
                 + "Success = per-token accuracy at the training length &ge; \(Verdict.successThreshold).</p>"]
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
        h.append("</table>")
        h.append("<h2>Trained models</h2><table><tr><th>group</th><th>family</th><th>init</th><th>depth</th><th>predicted min</th>"
                 + "<th>accuracy @ train length</th><th>longest length &gt; 90%</th><th>verdict</th></tr>")
        for c in results.cells {
            let p = results.groups.first { $0.group == c.group }?.prediction(for: c.family)
            let cls = c.verdict == .consistent ? "consistent" : c.verdict == .contradiction ? "contradiction" : "gap"
            h.append("<tr class=\"\(cls)\"><td class=\"l\">\(esc(c.group))</td><td class=\"l\">\(c.family)</td><td class=\"l\">\(esc(c.initialisation))</td>"
                     + "<td>\(c.depth)</td><td>\(ReportTables.depthText(p))</td><td>" + String(format: "%.3f", c.accuracyAtTrainLength)
                     + "</td><td>\(c.longestLengthAbove90.map(String.init) ?? "none")</td><td class=\"l\">\(c.verdict.rawValue)</td></tr>")
        }
        h.append("</table>")
        if let r = results.rotations {
            h.append("<h2>Continuous task: icosahedral rotations</h2><p>\(esc(r.algebra)): dimension \(r.dimension), "
                     + (r.solvable ? "solvable" : "not solvable") + "; predicted local error O(eps^(2^(k-1)+1)). Fitted slope of ln(MSE) vs depth: "
                     + (r.fittedSlope.map { String(format: "%.3f", $0) } ?? "n/a") + ".</p><table><tr><th>depth</th><th>MSE</th><th>predicted exponent</th></tr>")
            for d in r.depths { h.append("<tr><td>\(d.depth)</td><td>" + String(format: "%.3e", d.mse) + "</td><td>\(d.predictedExponent)</td></tr>") }
            h.append("</table>")
        }
        h.append("<h2>Plots</h2><div class=\"plots\">")
        for (_, svg) in ReportPlots.all(results) { h.append(svg) }
        h.append("</div></body></html>")
        return h.joined(separator: "\n") + "\n"
    }

    static func esc(_ s: String) -> String { SVGPlot.escape(s) }
}
