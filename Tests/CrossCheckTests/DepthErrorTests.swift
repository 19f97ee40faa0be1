import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import SequenceModels
import Testing
@testable import CrossCheck

@Test func slopeFitRecoversAKnownExponentWithAnIntervalAroundIt() throws {
    // error = 0.7 eps^3 with a fixed multiplicative wobble of +-4%: slope 3 inside the interval.
    let scales = [0.8, 0.4, 0.2, 0.1, 0.05]
    let wobble = [1.04, 0.96, 1.03, 0.97, 1.0]
    let fit = try #require(SlopeFit(x: scales.map(log), y: zip(scales, wobble).map { log(0.7 * pow($0, 3) * $1) }))
    #expect(abs(fit.slope - 3) < 0.05)
    #expect(fit.points == 5)
    let (low, high) = (try #require(fit.ciLow), try #require(fit.ciHigh))
    #expect(low < 3 && 3 < high)
    #expect(high - low < 0.3)
    // Without noise the fit is exact and the interval closes.
    let exact = try #require(SlopeFit(x: scales.map(log), y: scales.map { log(2 * pow($0, 5)) }))
    #expect(abs(exact.slope - 5) < 1e-12)
    #expect(abs(exact.intercept - log(2)) < 1e-12)
    #expect(abs(exact.ciHigh! - exact.ciLow!) < 1e-9)
}

@Test func slopeFitIntervalUsesStudentTAndNeedsThreePoints() throws {
    // By hand: x = 0, 1, 2; y = 0, 2, 2 -> slope 1, intercept 1/3, residuals -1/3, 2/3, -1/3;
    // one degree of freedom, standard error sqrt(sum r^2 / 1 / sxx) = sqrt((6/9) / 2), t = 12.706.
    let fit = try #require(SlopeFit(x: [0, 1, 2], y: [0, 2, 2]))
    #expect(abs(fit.slope - 1) < 1e-12)
    #expect(abs(fit.intercept - 1.0 / 3) < 1e-12)
    let se = ((1.0 / 9 + 4.0 / 9 + 1.0 / 9) / 2).squareRoot()
    #expect(abs(fit.standardError! - se) < 1e-12)
    #expect(abs(fit.ciHigh! - (1 + 12.706 * se)) < 1e-9)
    let two = try #require(SlopeFit(x: [0, 1], y: [1, 3]))
    #expect(two.slope == 2 && two.ciLow == nil)
    #expect(SlopeFit(x: [1, 1, 1], y: [0, 1, 2]) == nil)
    #expect(SlopeFit(x: [1], y: [0]) == nil)
}

private func point(_ k: Int, _ eps: Double, _ errors: [Double]) -> DepthErrorResults.Point {
    .init(layers: k, angleScale: eps, seedErrors: errors, seedErrorsFloat: errors, perPosition: [errors[0] / 10])
}

/// Depth 1 follows eps^2 down to 0.1 and then flattens (optimiser floor at 0.05); depth 2 dips
/// below the float floor at the smallest scale; one seed diverged at depth 2, eps 0.4.
func sampleDepthError() -> DepthErrorResults {
    DepthErrorResults(angleScales: [0.4, 0.2, 0.1, 0.05], trainLength: 8, letters: 3, points: [
        point(1, 0.4, [0.16, 0.2]), point(1, 0.2, [0.04, 0.05]), point(1, 0.1, [0.01, 0.02]), point(1, 0.05, [0.008, 0.009]),
        point(2, 0.4, [0.0256, .nan]), point(2, 0.2, [0.0016, 0.002]), point(2, 0.1, [1e-4, 2e-4]), point(2, 0.05, [5e-7, 1e-6]),
    ])
}

@Test func floorsAreMarkedAndLeftOutOfTheFit() throws {
    let r = sampleDepthError()
    #expect(r.points.map(\.floor) == [nil, nil, nil, "optimiser floor", nil, nil, nil, "float floor"])
    #expect(r.points[4].best == 0.0256 && r.points[4].median == 0.0256)
    #expect(r.points[0].median == 0.18)
    let x = r.exponents(algebra: { [1: 2, 2: 4][$0] }, paper: { (1 << ($0 - 1)) + 1 })
    #expect(x.map(\.layers) == [1, 2])
    #expect(x.map(\.pointsFitted) == [3, 3])
    #expect(abs(x[0].fitted! - 2) < 1e-9)
    #expect(abs(x[1].fitted! - 4) < 1e-9)
    #expect(x.map(\.predictedAlgebra) == [2, 4])
    #expect(x.map(\.predictedPaper) == [2, 3])
}

@Test func aSlopeNearOneIsAnOptimiserFloor() {
    // 0.4 -> 0.2 falls with slope 2, 0.2 -> 0.1 with slope 1.2 (a fixed fraction of the step, nearly).
    let r = DepthErrorResults(angleScales: [0.4, 0.2, 0.1], trainLength: 8, letters: 3, points: [
        point(1, 0.1, [0.01 / pow(2, 1.2)]), point(1, 0.4, [0.04]), point(1, 0.2, [0.01]),
    ])
    #expect(r.points.map(\.floor) == ["optimiser floor", nil, nil])
}

@Test func depthErrorGoesIntoEveryReportFormat() throws {
    var results = sampleResults()
    let d = sampleDepthError()
    results.depthError = d
    results.exponents = d.exponents(algebra: { [1: 2, 2: 4][$0] }, paper: { (1 << ($0 - 1)) + 1 })
    // crosscheck.json: the exponents array with the named fields, and a round trip (compared as
    // text: the diverged seed's NaN is never equal to itself).
    let text = try ReportTables.json(results)
    #expect(try ReportTables.json(ReportTables.results(fromJSON: Data(text.utf8))) == text)
    let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [String: Any]
    let exponents = try #require(object["exponents"] as? [[String: Any]])
    #expect(exponents.count == 2)
    for key in ["layers", "fitted", "ci_low", "ci_high", "predicted_algebra", "predicted_paper"] {
        #expect(exponents[1][key] != nil, "missing \(key)")
    }
    #expect(exponents[1]["predicted_paper"] as? Int == 3)
    // A fit without an interval still names the fields, as null.
    var twoPoints = results
    twoPoints.exponents?[0].ciLow = nil
    twoPoints.exponents?[0].ciHigh = nil
    let nulls = try JSONSerialization.jsonObject(with: Data(ReportTables.json(twoPoints).utf8)) as! [String: Any]
    #expect((nulls["exponents"] as! [[String: Any]])[0]["ci_low"] is NSNull)
    // Markdown rows, the CSV (one line per point and seed), the plot and the HTML section.
    let md = ReportTables.markdown(results)
    #expect(md.contains("| 2 | 4.00 | [4.00, 4.00] | 3 | 4 | 3 |"))
    #expect(md.contains("| 1 | 0.05 | 8.000e-03 | 8.500e-03 | 8.000e-03 | 8.000e-04 | optimiser floor |"))
    let csv = DepthErrorReport.csv(d).split(separator: "\n")
    #expect(csv.count == 1 + 8 * 2)
    let plots = ReportPlots.all(results)
    let svg = try #require(plots.first { $0.name == "depth-error.svg" }).svg
    let parser = XMLParser(data: Data(svg.utf8))
    #expect(parser.parse())
    #expect(svg.contains(">k=2 alg 4<") && svg.contains(">k=2 paper 3<"))
    #expect(!svg.contains(">k=1 paper"))  // the paper's exponent equals the algebra's at k = 1
    #expect(HTMLReport.page(results).contains("<h2>Depth-error law: small-angle rotations</h2>"))
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("depth-error-\(UUID())")
    defer { try? FileManager.default.removeItem(at: dir) }
    let files = try ReportWriter.write(results, to: dir).map(\.lastPathComponent)
    #expect(files.contains("depth-error.csv") && files.contains("depth-error.svg"))
}

@Test func maxLengthStopsAtTheFirstFailureAndNamesItsFields() throws {
    // 2 and 4 pass, 8 fails, 16 (had it been tried) would pass: the longest is 4, not 16.
    let row = MaxLengthResults.Row(group: "A5", layers: 3, derivedLength: nil, tried: [
        .init(length: 2, sequenceAccuracy: 1), .init(length: 4, sequenceAccuracy: 0.95), .init(length: 8, sequenceAccuracy: 0.9),
        .init(length: 16, sequenceAccuracy: 0.99),
    ])
    #expect(row.longestLengthAbove90 == 4)
    #expect(row.paperBoundLength == 4)
    let none = MaxLengthResults.Row(group: "A5", layers: 1, derivedLength: nil, tried: [.init(length: 2, sequenceAccuracy: 0.2)])
    #expect(none.longestLengthAbove90 == nil && none.paperBoundLength == 1)
    var results = sampleResults()
    results.maxLength = [row, none]
    results.maxLengthRun = MaxLengthResults(command: "tower crosscheck --task max-length", wallSeconds: 12)
    let text = try ReportTables.json(results)
    #expect(try ReportTables.results(fromJSON: Data(text.utf8)) == results)
    let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [String: Any]
    let rows = try #require(object["max_length"] as? [[String: Any]])
    #expect(rows.count == 2)
    #expect(rows[0]["group"] as? String == "A5" && rows[0]["layers"] as? Int == 3)
    #expect(rows[0]["longest_length_above_90"] as? Int == 4)
    #expect(rows[1]["longest_length_above_90"] is NSNull)
    let md = ReportTables.markdown(results)
    #expect(md.contains("| A5 | not solvable | 3 | 2 (1.00), 4 (0.95), 8 (0.90), 16 (0.99) | 4 | 4 |"))
    #expect(HTMLReport.page(results).contains("<h2>Depth against length</h2>"))
}

@Test func maxLengthRowsSayWhenTheRecipeGuidedThem() throws {
    let guided = MaxLengthResults.Row(group: "S4", layers: 3, derivedLength: 3, tried: [.init(length: 2, sequenceAccuracy: 1)], guidance: "cascade")
    let plain = MaxLengthResults.Row(group: "S4", layers: 2, derivedLength: 3, tried: [.init(length: 2, sequenceAccuracy: 1)])
    var results = sampleResults()
    results.maxLength = [guided, plain]
    let text = try ReportTables.json(results)
    #expect(try ReportTables.results(fromJSON: Data(text.utf8)) == results)
    let rows = try #require((try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [String: Any])["max_length"] as? [[String: Any]])
    #expect(rows.count == 2)
    #expect(rows[0]["guidance"] as? String == "cascade")
    #expect(rows[1]["guidance"] == nil)
    #expect(ReportTables.markdown(results).contains("| S4 | 3 | 3 (cascade) | 2 (1.00) | 2 | 4 |"))
    // The rule the runner applies: cascade for S4 x3 under "auto", plain for S4 x2 and A5 x3.
    #expect(TrainingRecipe.defaultGuidance(for: try WordProblemTask.named("S4"), layers: 3) == .cascade)
    #expect(TrainingRecipe.defaultGuidance(for: try WordProblemTask.named("S4"), layers: 2) == nil)
    #expect(TrainingRecipe.defaultGuidance(for: try WordProblemTask.named("A5"), layers: 3) == nil)
}
