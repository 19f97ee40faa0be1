import Foundation

/// The exponent experiment's part of the report: Markdown section, `depth-error.csv`, the log-log
/// plot `depth-error.svg` and the HTML section, from `DepthErrorResults` and its exponents alone.
public enum DepthErrorReport {
    static let colors = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b"]

    static func e(_ v: Double?) -> String { v.map { $0.isFinite ? String(format: "%.3e", $0) : "nan" } ?? "n/a" }
    static func g(_ v: Double?) -> String { v.map { $0.isFinite ? String(format: "%.2f", $0) : "nan" } ?? "n/a" }

    /// One row per depth: fit, interval, points fitted, predictions.
    static func exponentRows(_ exponents: [DepthErrorResults.Exponent]) -> [[String]] {
        exponents.map { x in
            [String(x.layers), g(x.fitted), x.ciLow.map { "[\(g($0)), \(g(x.ciHigh))]" } ?? "n/a (\(x.pointsFitted) points)",
             String(x.pointsFitted), x.predictedAlgebra.map(String.init) ?? "none", String(x.predictedPaper)]
        }
    }

    /// One row per (depth, scale): best and median error over the seeds (Double), best in Float,
    /// the best seed's error at position 1 (one token, no product: every depth can fit it exactly,
    /// so what is left there is the optimiser's), the floor mark.
    static func pointRows(_ r: DepthErrorResults) -> [[String]] {
        r.points.sorted { ($0.layers, -$0.angleScale) < ($1.layers, -$1.angleScale) }.map { p in
            [String(p.layers), String(p.angleScale), e(p.best), e(p.median), e(p.seedErrorsFloat.filter { !$0.isNaN }.min()),
             e(p.perPosition.first), p.floor ?? "fitted"]
        }
    }

    public static func markdown(_ r: DepthErrorResults, exponents: [DepthErrorResults.Exponent]) -> String {
        var out = ["## Depth-error law: small-angle rotations", "",
                   "Tokens exp(EPS X_j), X_j = +-L_x, +-L_y, +-L_z (so(3), \(r.letters) free letters); windows of length \(r.trainLength); "
                   + "error = RMSE of |prediction - v_t| over the window, model run in Double. Per depth: slope of ln(best error) "
                   + "against ln(EPS) with its 95% interval, over the points not marked as a floor, next to the exponent the free "
                   + "Lie algebra's derived series gives (c + 1) and the paper's 2^(k-1)+1.", ""]
        if let c = r.command { out.append("Command: `\(c)`  ") }
        if let w = r.wallSeconds { out.append(String(format: "Wall time: %.0f s  ", w)) }
        if let b = r.budget { out.append("Budget per run: \(ReportTables.budgetText(b)).") }
        out += ["", "| layers | fitted exponent | 95% interval | points fitted | predicted (algebra) | predicted (paper) |",
                "|---:|---:|---|---:|---:|---:|"]
        out += exponentRows(exponents).map { "| " + $0.joined(separator: " | ") + " |" }
        out += ["", "| layers | EPS | best error | median error | best error (Float) | error at position 1 | point |",
                "|---:|---:|---:|---:|---:|---:|---|"]
        out += pointRows(r).map { "| " + $0.joined(separator: " | ") + " |" }
        out += ["", "A point is not fitted when its error is below \(DepthErrorResults.floatFloor) (float floor), when it fell with a local "
                + "slope below \(DepthErrorResults.floorSlope) from the next larger EPS (optimiser floor: an error that is a fixed fraction "
                + "of one step has slope 1, every predicted exponent is >= 2), or below such a point. The error at position 1 "
                + "(one token, no product, which every depth can fit exactly) shows what the optimiser leaves."]
        return out.joined(separator: "\n")
    }

    public static let csvHeader = ["layers", "angle_scale", "seed", "error_double", "error_float", "floor"]

    /// One line per (depth, scale, seed).
    public static func csv(_ r: DepthErrorResults) -> String {
        var lines = [csvHeader.joined(separator: ",")]
        let seeds = r.budget?.seeds ?? []
        for p in r.points {
            for (i, err) in p.seedErrors.enumerated() {
                let seed = i < seeds.count ? String(seeds[i]) : String(i + 1)
                lines.append([String(p.layers), String(p.angleScale), seed, String(err), String(p.seedErrorsFloat[i]),
                              p.floor ?? ""].joined(separator: ","))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// log10(best error) against EPS on a log axis: one line per depth (fitted points filled in
    /// the line, floor points too, the legend says which), and dashed guides of slope c + 1 (the
    /// algebra) and 2^(k-1)+1 (the paper) through each depth's largest-EPS point.
    public static func plot(_ r: DepthErrorResults, exponents: [DepthErrorResults.Exponent]) -> SVGPlot? {
        let finite = r.points.filter { $0.best.isFinite && $0.best > 0 }
        guard let lo = r.angleScales.min(), let hi = r.angleScales.max(), lo > 0, !finite.isEmpty else { return nil }
        let ys = finite.map { log10($0.best) }
        let yLo = floor(ys.min()!) - 1, yHi = max(ceil(ys.max()!), yLo + 1)
        var plot = SVGPlot(title: "so(3) small angles: error vs EPS", xLabel: "EPS (log scale)", yLabel: "log10 RMSE",
                           xRange: lo / 1.2...hi * 1.2, yRange: yLo...yHi, logX: true, xTicks: r.angleScales.sorted(),
                           yTicks: stride(from: yLo, through: yHi, by: 1).map { $0 })
        for (i, k) in Set(finite.map(\.layers)).sorted().enumerated() {
            let color = colors[i % colors.count]
            let points = finite.filter { $0.layers == k }.sorted { $0.angleScale < $1.angleScale }
            let fitted = points.filter { $0.floor == nil }.count
            let x = exponents.first { $0.layers == k }
            plot.series.append(.init(name: "k=\(k) fit \(g(x?.fitted)) (\(fitted)/\(points.count))", color: color,
                                     points: points.map { (x: $0.angleScale, y: log10($0.best)) }))
            guard let top = points.last else { continue }
            for (exponent, label) in [(x?.predictedAlgebra, "alg"), (x?.predictedPaper, "paper")] {
                guard let exponent, label == "alg" || exponent != x?.predictedAlgebra else { continue }
                // From the largest-EPS point down to where the guide leaves the plot.
                let bottom = max(lo, top.angleScale * pow(10, (yLo - log10(top.best)) / Double(exponent)))
                let guide = [bottom, top.angleScale].map { s in (x: s, y: log10(top.best) + Double(exponent) * log10(s / top.angleScale)) }
                plot.series.append(.init(name: "k=\(k) \(label) \(exponent)", color: color, points: guide, dashed: true))
            }
        }
        return plot
    }

    public static func html(_ r: DepthErrorResults, exponents: [DepthErrorResults.Exponent]) -> String {
        let esc = SVGPlot.escape
        var h = ["<h2>Depth-error law: small-angle rotations</h2><p>Tokens exp(EPS X_j) on so(3) (\(r.letters) free letters), windows of "
                 + "length \(r.trainLength); RMSE in Double; slope of ln(best error) against ln(EPS) with its 95% interval, over the "
                 + "points not marked as a floor.</p>"]
        if let c = r.command { h.append("<p><code>\(esc(c))</code></p>") }
        h.append("<table><tr><th>layers</th><th>fitted exponent</th><th class=\"l\">95% interval</th><th>points fitted</th>"
                 + "<th>predicted (algebra)</th><th>predicted (paper)</th></tr>")
        h += exponentRows(exponents).map { row in "<tr>" + row.map { "<td>\(esc($0))</td>" }.joined() + "</tr>" }
        h.append("</table><table><tr><th>layers</th><th>EPS</th><th>best error</th><th>median error</th><th>best error (Float)</th><th>error at position 1</th><th class=\"l\">point</th></tr>")
        h += pointRows(r).map { row in "<tr>" + row.map { "<td>\(esc($0))</td>" }.joined() + "</tr>" }
        h.append("</table>")
        return h.joined(separator: "\n")
    }
}
