import Foundation

/// The report's charts, built from the results alone.
public enum ReportPlots {
    public static let colors = ["dcd": "#1f77b4", "real11": "#ff7f0e", "real01": "#2ca02c", "dense": "#d62728"]
    static let witnessColors = ["#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22"]

    /// File name (no directory) -> SVG text, in display order.
    public static func all(_ results: CrossCheckResults) -> [(name: String, svg: String)] {
        var plots: [(String, String)] = []
        for g in results.groups {
            if let p = accuracyAgainstDepth(results, group: g) { plots.append(("depth-\(slug(g.group)).svg", p.render())) }
            for family in ReportTables.families {
                if let p = accuracyAgainstLength(results, group: g, family: family) {
                    plots.append(("length-\(slug(g.group))-\(family).svg", p.render()))
                }
            }
            if let p = witnessAgainstLength(results, group: g) { plots.append(("length-\(slug(g.group))-witness.svg", p.render())) }
        }
        if let r = results.rotations, let p = rotationError(r) { plots.append(("rotations.svg", p.render())) }
        if let d = results.depthError, let p = DepthErrorReport.plot(d, exponents: results.exponents ?? []) {
            plots.append(("depth-error.svg", p.render()))
        }
        return plots
    }

    /// Accuracy at the training length against depth, one line per family, dashed line at each
    /// family's predicted minimal depth.
    static func accuracyAgainstDepth(_ results: CrossCheckResults, group g: CrossCheckResults.GroupTheory) -> SVGPlot? {
        // The recipe's cells: the plain one of each family and depth; under "auto", where there is
        // no plain cell, the guided one the rule chose.
        let auto = results.budget.guidance.contains(CrossCheckRunner.automaticGuidance)
        let random = results.cells.filter { $0.group == g.group && $0.initialisation == "random" }
        // A plain cell with cascade-guided retries (the rule's) stands for its depth over a "none" one.
        let cells = random.filter { c in
            if c.guidance == "none" {
                return !random.contains { $0.family == c.family && $0.depth == c.depth && $0.guidance == CrossCheckRunner.plainThenCascade }
            }
            return c.guidance == CrossCheckRunner.plainThenCascade
                || (auto && !random.contains { $0.family == c.family && $0.depth == c.depth && CrossCheckRunner.isPlain($0.guidance) }
                    && random.first { $0.family == c.family && $0.depth == c.depth }?.guidance == c.guidance)
        }
        let depths = Set(cells.map(\.depth)).sorted()
        guard let lo = depths.first, let hi = depths.last else { return nil }
        var plot = SVGPlot(title: "\(g.group): accuracy vs depth", xLabel: "layers", yLabel: "per-token accuracy @ train length",
                           xRange: Double(lo) - 0.3...Double(hi) + 0.3, yRange: 0...1, xTicks: depths.map(Double.init),
                           yTicks: [0, 0.25, 0.5, 0.75, 0.9, 1])
        plot.levels.append(chance(g))
        for family in ReportTables.families {
            let points = cells.filter { $0.family == family }.sorted { $0.depth < $1.depth }.map { (x: Double($0.depth), y: $0.accuracyAtTrainLength) }
            guard !points.isEmpty else { continue }
            let p = g.prediction(for: family)
            let suffix = p?.minimalDepth.map { " (min \($0))" } ?? " (impossible)"
            plot.series.append(.init(name: family + suffix, color: colors[family] ?? "#000", points: points))
            if let m = p?.minimalDepth, m >= lo, m <= hi {
                plot.markers.append(.init(x: Double(m), label: "\(family) min", color: colors[family] ?? "#000"))
            }
        }
        return plot
    }

    /// The chance level of a word problem: 1 / |G|.
    static func chance(_ g: CrossCheckResults.GroupTheory) -> SVGPlot.Marker {
        SVGPlot.Marker(x: 1 / Double(max(g.order, 1)), label: "chance", color: "#888")
    }

    static let depthColors = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b"]

    /// Per-token accuracy (best seed) against evaluation length (log scale) for one family: one
    /// line per trained depth, plain and guided, with the chance level and the training length.
    static func accuracyAgainstLength(_ results: CrossCheckResults, group g: CrossCheckResults.GroupTheory, family: String) -> SVGPlot? {
        let cells = results.cells.filter { $0.group == g.group && $0.family == family && $0.initialisation == "random" }
            .sorted { ($0.depth, $0.guidance) < ($1.depth, $1.guidance) }
        let lengths = Set(cells.flatMap { $0.bestAccuracyByLength.map(\.length) }).sorted()
        guard let lo = lengths.first, let hi = lengths.last, lo < hi else { return nil }
        let minimal = g.prediction(for: family)?.minimalDepth.map { "min \($0)" } ?? "impossible"
        var plot = SVGPlot(title: "\(g.group) \(family) (\(minimal)): accuracy vs length", xLabel: "evaluation length",
                           yLabel: "per-token accuracy", xRange: Double(lo)...Double(hi), yRange: 0...1, logX: true,
                           xTicks: lengths.map(Double.init), yTicks: [0, 0.25, 0.5, 0.75, 0.9, 1])
        plot.levels.append(chance(g))
        if let t = cells.first?.trainLength { plot.markers.append(.init(x: Double(t), label: "train", color: "#888")) }
        for cell in cells {
            let color = depthColors[(cell.depth - 1) % depthColors.count]
            plot.series.append(.init(name: "x\(cell.depth)" + (CrossCheckRunner.isPlain(cell.guidance) ? "" : " guided"), color: color,
                                     points: cell.bestAccuracyByLength.map { (x: Double($0.length), y: $0.accuracy) }, dashed: !CrossCheckRunner.isPlain(cell.guidance)))
        }
        return plot
    }

    /// The witness-initialised cells of a group against length.
    static func witnessAgainstLength(_ results: CrossCheckResults, group g: CrossCheckResults.GroupTheory) -> SVGPlot? {
        let cells = results.cells.filter { $0.group == g.group && $0.initialisation != "random" }
        let lengths = Set(cells.flatMap { $0.bestAccuracyByLength.map(\.length) }).sorted()
        guard let lo = lengths.first, let hi = lengths.last, lo < hi else { return nil }
        var plot = SVGPlot(title: "\(g.group): witness + noise vs length", xLabel: "evaluation length", yLabel: "per-token accuracy",
                           xRange: Double(lo)...Double(hi), yRange: 0...1, logX: true, xTicks: lengths.map(Double.init),
                           yTicks: [0, 0.25, 0.5, 0.75, 0.9, 1])
        plot.levels.append(chance(g))
        for (i, cell) in cells.enumerated() {
            plot.series.append(.init(name: cell.initialisation.replacingOccurrences(of: "witness+noise", with: "witness+"),
                                     color: witnessColors[i % witnessColors.count],
                                     points: cell.bestAccuracyByLength.map { (x: Double($0.length), y: $0.accuracy) }))
        }
        return plot
    }

    /// log10 of the rotation task's MSE against depth.
    static func rotationError(_ r: RotationResults) -> SVGPlot? {
        let points = r.depths.filter { $0.mse > 0 && $0.mse.isFinite }.map { (x: Double($0.depth), y: log10($0.mse)) }
        guard let lo = r.depths.first?.depth, let hi = r.depths.last?.depth, !points.isEmpty else { return nil }
        let ys = points.map(\.y)
        let yLo = floor(ys.min()!), yHi = max(ceil(ys.max()!), yLo + 1)
        var plot = SVGPlot(title: "rotations (so(3)): error vs depth", xLabel: "layers", yLabel: "log10 MSE",
                           xRange: Double(lo) - 0.3...Double(hi) + 0.3, yRange: yLo...yHi,
                           xTicks: (lo...hi).map(Double.init), yTicks: stride(from: yLo, through: yHi, by: 1).map { $0 })
        plot.series.append(.init(name: "dcd", color: colors["dcd"]!, points: points))
        return plot
    }

    static func slug(_ name: String) -> String {
        String(name.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" })
    }
}
