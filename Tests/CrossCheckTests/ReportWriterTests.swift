import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import CrossCheck

/// A small results object with every kind of cell, a witness cell and a rotation section.
func sampleResults() -> CrossCheckResults {
    let budget = CrossCheckResults.Budget(steps: 10, batchSize: 4, trainLength: 20, evalLengths: [20, 40], evalSequences: 2,
                                          width: 8, state: 2, mlpHidden: 8, learningRate: 0.003, warmupSteps: 1, weightDecay: 0,
                                          curriculumSteps: 5, seeds: [1, 2])
    let theory = CrossCheckResults.GroupTheory(group: "S3 & <co>", order: 6, derivedLength: 2, predictions: [possibleAtTwo, impossible])
    func run(_ seed: UInt64, _ a: Double) -> CrossCheckResults.Run {
        .init(seed: seed, accuracyAtTrainLength: a, evaluations: [.init(length: 20, accuracy: a), .init(length: 40, accuracy: a / 2)],
              finalLoss: 0.1, wallSeconds: 1)
    }
    let cells: [CrossCheckResults.Cell] = [
        .init(group: theory.group, family: "dcd", depth: 1, initialisation: "random", runs: [run(1, 0.3), run(2, 0.4)], verdict: .consistent),
        .init(group: theory.group, family: "dcd", depth: 2, initialisation: "random", runs: [run(1, 0.95), run(2, 0.5)], verdict: .consistent),
        .init(group: theory.group, family: "real01", depth: 2, initialisation: "random", runs: [run(1, 0.99), run(2, 0.2)], verdict: .contradiction),
        .init(group: theory.group, family: "dcd", depth: 2, initialisation: "witness+noise 0.1", runs: [run(1, 1)], verdict: .consistent),
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
    let cell = (object["cells"] as! [[String: Any]])[1]
    #expect(cell["accuracy_at_train_length"] as? Double == 0.95)
    #expect(cell["longest_length_above_90"] as? Int == 20)
    #expect(cell["verdict"] as? String == "consistent")
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
    #expect(csvFields(lines[3])[5] == "impossible")
    #expect(csvFields(lines[3]).last == "contradiction")
}

@Test func markdownFlagsContradictionsLoudly() {
    let md = ReportTables.markdown(sampleResults())
    #expect(md.contains("**CONTRADICTION**"))
    #expect(md.contains("| S3 & <co> | real01 | random | 2 | impossible |"))
}

final class XMLCheck: NSObject, XMLParserDelegate {
    var elements = 0
    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        elements += 1
    }
}

@Test func everyPlotIsWellFormedSVG() {
    let plots = ReportPlots.all(sampleResults())
    #expect(plots.map(\.name) == ["depth-s3----co-.svg", "length-s3----co-.svg", "rotations.svg"])
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
}

@Test func htmlPageIsSelfContained() {
    let html = HTMLReport.page(sampleResults())
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(html.components(separatedBy: "<svg").count - 1 == 3)
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
