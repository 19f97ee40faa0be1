import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import SequenceModels
import Testing
@testable import CrossCheck

/// A small results object with every kind of cell, a witness cell and a rotation section.
func sampleResults() -> CrossCheckResults {
    let recipe = TrainingRecipe(steps: 10, batchSize: 4, trainLength: 20, evalLengths: [20, 40, 80, 320], evalSequences: 2,
                                width: 8, state: 2, mlpHidden: 8, warmupSteps: 1, curriculumSteps: 5)
    let budget = CrossCheckResults.Budget(recipe: recipe, seeds: [1, 2], guidance: ["none", "derived-series"])
    let theory = CrossCheckResults.GroupTheory(group: "S3 & <co>", order: 6, derivedLength: 2, predictions: [possibleAtTwo, impossible])
    /// Accuracy `a` at lengths 20 and 40, then `far` at 80 (4x) and 320 (16x).
    func run(_ seed: UInt64, _ a: Double, far: Double? = nil) -> CrossCheckResults.Run {
        .init(seed: seed, accuracyAtTrainLength: a, evaluations: [20, 40, 80, 320].map { .init(length: $0, accuracy: $0 <= 40 ? a : far ?? a / 2) },
              finalLoss: 0.1, wallSeconds: 1, steps: 10, stepsTo90: a >= 0.9 ? 7 : nil)
    }
    func cell(_ family: String, _ depth: Int, initialisation: String = "random", guidance: String = "none",
              _ runs: [CrossCheckResults.Run]) -> CrossCheckResults.Cell {
        var c = CrossCheckResults.Cell(group: theory.group, family: family, depth: depth, initialisation: initialisation, guidance: guidance,
                                       trainLength: 20, runs: runs, verdict: .learnabilityGap)
        c.verdict = Verdict(prediction: family == "dcd" ? possibleAtTwo : impossible, depth: depth, profile: c.profile)
        return c
    }
    let cells: [CrossCheckResults.Cell] = [
        cell("dcd", 1, [run(1, 0.3), run(2, 0.4)]),                                          // failed where forbidden
        cell("dcd", 2, [run(1, 0.95, far: 0.93), run(2, 0.5)]),                                // learned (1 of 2 seeds)
        cell("dcd", 2, guidance: "derived-series", [run(1, 0.97, far: 0.6), run(2, 0.5)]),     // learnability gap
        cell("real01", 2, [run(1, 0.99, far: 0.99), run(2, 0.2)]),                             // contradiction
        cell("dcd", 2, initialisation: "witness+noise 0.1", [run(1, 1, far: 1)]),                              // learned
    ]
    let rotations = RotationResults(algebra: "so(3)", dimension: 3, solvable: false, derivedSeriesDimensions: [3],
                                    depths: [.init(depth: 1, mse: 0.1), .init(depth: 2, mse: 0.01)])
    return CrossCheckResults(command: "tower crosscheck --test", budget: budget, wallSeconds: 3, groups: [theory], cells: cells,
                             rotations: rotations)
}

@Test func jsonRoundTripsTheResults() throws {
    let results = sampleResults()
    let text = try ReportTables.json(results)
    #expect(try ReportTables.results(fromJSON: Data(text.utf8)) == results)
}

@Test func jsonCarriesTheCellSummaries() throws {
    let object = try JSONSerialization.jsonObject(with: Data(ReportTables.json(sampleResults()).utf8)) as! [String: Any]
    let cells = object["cells"] as! [[String: Any]]
    #expect(cells.count == 5)
    #expect(cells[1]["accuracy_at_train_length"] as? Double == 0.95)
    #expect(cells.map { $0["verdict"] as? String } == ["failed where forbidden", "learned where allowed", "learnability gap", "contradiction",
                                                       "learned where allowed"])
    #expect(cells.map { $0["guidance"] as? String } == ["none", "none", "derived-series", "none", "none"])
}

/// Splits one CSV line, honouring quotes.
func csvFields(_ line: String) -> [String] {
    var fields: [String] = [], current = "", quoted = false
    var chars = Array(line)[...]
    while let c = chars.popFirst() {
        if c == "\"" {
            if quoted, chars.first == "\"" { current.append("\""); chars = chars.dropFirst() } else { quoted.toggle() }
        } else if c == ",", !quoted {
            fields.append(current); current = ""
        } else {
            current.append(c)
        }
    }
    return fields + [current]
}

@Test func csvHasOneRowPerCellWithTheHeaderColumns() {
    let lines = ReportTables.csv(sampleResults()).split(separator: "\n").map(String.init)
    #expect(lines.count == 1 + sampleResults().cells.count)
    for line in lines { #expect(csvFields(line).count == ReportTables.csvHeader.count) }
    let header = ReportTables.csvHeader
    let contradiction = csvFields(lines[4])
    #expect(contradiction[header.firstIndex(of: "predicted_min_depth")!] == "impossible")
    #expect(contradiction.last == "contradiction")
    let learned = csvFields(lines[2])
    #expect(learned[header.firstIndex(of: "seeds_learned")!] == "1")
    #expect(learned[header.firstIndex(of: "break_length")!] == "")
    #expect(csvFields(lines[3])[header.firstIndex(of: "break_length")!] == "80")
}

@Test func markdownFlagsContradictionsLoudly() {
    let md = ReportTables.markdown(sampleResults())
    #expect(md.contains("**CONTRADICTION**"))
    #expect(md.contains("| S3 & <co> | real01 | random | none | 2 | impossible | 1/2 |"))
    // The headline separates plain and guided cells and the two consistent kinds.
    #expect(md.contains("Plain training: 2 of 3 cells consistent with the theory — 1 learned where allowed, 1 failed where forbidden, 1 contradiction."))
    #expect(md.contains("Guided training (derived-series): 0 of 1 cells consistent"))
}

final class XMLCheck: NSObject, XMLParserDelegate {
    var elements = 0
    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        elements += 1
    }
}

@Test func everyPlotIsWellFormedSVG() {
    let plots = ReportPlots.all(sampleResults())
    #expect(plots.map(\.name) == ["depth-s3----co-.svg", "length-s3----co--dcd.svg", "length-s3----co--real01.svg",
                                  "length-s3----co--witness.svg", "rotations.svg"])
    for plot in plots {
        let parser = XMLParser(data: Data(plot.svg.utf8))
        let check = XMLCheck()
        parser.delegate = check
        #expect(parser.parse(), "\(plot.name) is not well-formed: \(String(describing: parser.parserError))")
        #expect(check.elements > 10)
    }
}

@Test func depthPlotMarksThePredictedMinimum() {
    let svg = ReportPlots.all(sampleResults())[0].svg
    #expect(svg.contains("dcd min"))
    #expect(svg.contains("stroke-dasharray"))
    #expect(svg.contains(">chance<"))
}

@Test func lengthPlotShowsEveryDepthPlainAndGuidedWithChance() {
    let svg = ReportPlots.all(sampleResults())[1].svg
    #expect(svg.contains(">x1<"))
    #expect(svg.contains(">x2<"))
    #expect(svg.contains(">x2 guided<"))
    #expect(svg.contains(">chance<"))
}

@Test func htmlPageIsSelfContained() {
    let html = HTMLReport.page(sampleResults())
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(html.components(separatedBy: "<svg").count - 1 == 5)
    #expect(html.contains("<p class=\"headline\">Plain training: 2 of 3 cells consistent"))
    #expect(!html.contains("<script"))
    #expect(!html.contains("src=\""))
}

@Test func writerCreatesEveryFile() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("crosscheck-\(UUID())")
    defer { try? FileManager.default.removeItem(at: dir) }
    let files = try ReportWriter.write(sampleResults(), to: dir).map(\.lastPathComponent)
    #expect(Set(["crosscheck.md", "crosscheck.csv", "crosscheck.json", "index.html", "rotations.svg"]).isSubset(of: Set(files)))
}

@Test func rotationSlopeIsTheLeastSquaresFit() {
    let r = sampleResults().rotations!
    #expect(abs(r.fittedSlope! - log(0.1)) < 1e-12)
    #expect(r.depths.map(\.predictedExponent) == [2, 3])
}

/// Under the default "auto" budget a deep guided cell stands where the plain one would: the
/// headline counts it as guided, the budget line says what auto means, and the depth plot has a
/// point at its depth.
@Test func autoGuidanceCellsAreCountedApartAndPlottedAtTheirDepth() {
    var results = sampleResults()
    results.budget.guidance = [CrossCheckRunner.automaticGuidance]
    results.cells = results.cells.filter { $0.guidance == "none" && $0.family == "dcd" && $0.initialisation == "random" }
    var deep = results.cells[1]
    deep.depth = 3
    deep.guidance = "cascade"
    results.cells.append(deep)
    #expect(results.cells.count == 3)
    let headline = ReportTables.headline(results)
    #expect(headline.count == 2)
    #expect(headline[0].hasPrefix("Plain training: 2 of 2 cells"))
    #expect(headline[1].hasPrefix("Guided training (cascade): 1 of 1 cells"))
    #expect(ReportTables.markdown(results).contains("training: auto (cascade guidance for three or more layers on a group of derived length three or more; steps-states guidance for other stacks of two or more dcd layers on a non-abelian group of order above 81; elsewhere plain"))
    let depthPlot = ReportPlots.accuracyAgainstDepth(results, group: results.groups[0])
    #expect(depthPlot?.series.first?.points.map(\.x) == [1, 2, 3])
}

@Test func restartsAreNamedInTheBudgetAndInTheCellNotes() throws {
    var results = sampleResults()
    results.budget.recipe.attempts = 2
    results.cells[1].runs[0].attempts = 2
    results.cells[1].runs[0].keptAttempt = 2
    results.cells[1].runs[1].attempts = 1
    let markdown = ReportTables.markdown(results)
    #expect(markdown.contains("up to 2 attempts per run (from a derived seed, or in \"none, cascade on retry\" cells plain, then cascade guidance from the same seed), each while held-out accuracy at 4x the training length is below 0.9; the best kept"))
    var auto = results
    auto.budget.recipe.attempts = TrainingRecipe.autoAttempts
    #expect(ReportTables.markdown(auto).contains("up to 3 attempts per run in \"none, cascade on retry\" cells (plain, then cascade guidance, then cascade at 2x the learning rate, from the same seed) and 2 elsewhere (again from a derived seed)"))
    // A cell whose retries are cascade-guided counts the seeds that kept the guided attempt.
    var retried = results
    retried.cells[1].guidance = CrossCheckRunner.plainThenCascade
    retried.cells[1].runs[0].keptGuidance = "cascade"
    #expect(ReportTables.markdown(retried).contains("restarted 1/2 seeds, a later attempt kept in 1 (a cascade-guided one in 1)"))
    var third = retried
    third.cells[1].runs[0].attempts = 3
    third.cells[1].runs[0].keptAttempt = 3
    #expect(ReportTables.markdown(third).contains("restarted 1/2 seeds, a later attempt kept in 1 (a cascade-guided one in 1, at the faster rate in 1)"))
    #expect(ReportTables.headline(retried).contains { $0.hasPrefix("Plain training, cascade-guided retries: ") })
    #expect(markdown.components(separatedBy: "restarted 1/2 seeds, a later attempt kept in 1").count == 2)
    // The runs survive the JSON file; a budget without the field reads as one attempt.
    #expect(try ReportTables.results(fromJSON: Data(ReportTables.json(results).utf8)) == results)
    results.budget.recipe.attempts = nil
    #expect(!ReportTables.markdown(results).contains("attempts per run"))
}

/// A cell not learned says how far down the derived series its best seed tracks the product at
/// 4x the training length (coset accuracy >= 0.9), and the coset accuracies survive the JSON.
@Test func notesNameTheQuotientThatSeedsNotLearnedTrack() throws {
    func run(_ seed: UInt64, cosets: [Double]) -> CrossCheckResults.Run {
        .init(seed: seed, accuracyAtTrainLength: cosets.last!, evaluations: [20, 40, 80, 320].map {
            .init(length: $0, accuracy: cosets.last!, cosets: cosets)
        }, finalLoss: 1, wallSeconds: 1)
    }
    var cell = CrossCheckResults.Cell(group: "AGL(1,11)", family: "dcd", depth: 2, initialisation: "random", trainLength: 20,
                                      runs: [run(1, cosets: [0.2, 0.05]), run(2, cosets: [0.99, 0.11])], verdict: .learnabilityGap)
    #expect(ReportTables.notes(cell).contains("seeds not learned track at most G/G^(1), not G/G^(2), at 80 (coset accuracy >= 0.9)"),
            "\(ReportTables.notes(cell))")
    cell.runs = [run(1, cosets: [0.3, 0.05])]
    #expect(ReportTables.notes(cell).contains("track at most nothing of G/G^(1) at 80"), "\(ReportTables.notes(cell))")
    // A learned run (the last level >= 0.9) and a run without cosets add no such note.
    // (The second run lists only length 80: the best accuracy per length matches lengths, it
    // trapped on such a hand-edited cell before.)
    cell.runs = [run(1, cosets: [1, 0.95]), .init(seed: 2, accuracyAtTrainLength: 0.1, evaluations: [.init(length: 80, accuracy: 0.1)],
                                                   finalLoss: 1, wallSeconds: 1)]
    #expect(cell.bestAccuracyByLength.map(\.accuracy) == [0.95, 0.95, 0.95, 0.95])
    #expect(!ReportTables.notes(cell).contains("track"), "\(ReportTables.notes(cell))")
    let results = CrossCheckResults(command: "t", budget: sampleResults().budget, cells: [cell])
    let decoded = try ReportTables.results(fromJSON: Data(ReportTables.json(results).utf8))
    #expect(decoded.cells[0].runs[0].evaluations[0].cosets == [1, 0.95])
    #expect(decoded.cells[0].runs[1].evaluations[0].cosets == nil)
}
