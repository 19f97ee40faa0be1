import Depth
import Foundation
import Testing
@testable import CrossCheck

/// The table files of `tower table` (issue 13 item 4): LaTeX names, CSV fields, partial marks,
/// and the shard split shared with the cross-check.
@Suite("table rendering")
struct TableRenderTests {
    static func row(_ label: String, order: String = "6", derivedLength: Int? = 2, nilpotencyClass: Int? = nil,
                    factors: [String]? = ["2", "3"]) -> TableRow {
        TableRow(label: label, degree: 3, generators: ["(1,2,3)", "(1,2)"], order: order, solvable: derivedLength != nil,
                 abelian: false, nilpotent: nilpotencyClass != nil, derivedLength: derivedLength, nilpotencyClass: nilpotencyClass,
                 predictions: [FamilyPrediction(family: "dcd", minimalDepth: derivedLength, theorem: true, basis: "derived length"),
                               FamilyPrediction(family: "dense", minimalDepth: 1, theorem: true, basis: "permutation representation")],
                 compositionFactorOrders: factors, compositionFailure: nil, derivedSeriesOrders: ["6", "3", "1"],
                 derivedFactorInvariants: [[2], [3]], lowerCentralSeriesOrders: ["6", "3"])
    }

    @Test func latexNamesAreMathForCatalogNamesAndEscapedTextOtherwise() {
        let cases = [("S12", "$S_{12}$"), ("AGL(1,7)", "$\\mathrm{AGL}(1,7)$"), ("S4 wr S4", "$S_{4} \\wr S_{4}$"),
                     ("A5 x C2", "$A_{5} \\times C_{2}$"), ("T8_3", "T8\\_3"), ("a&b%", "a\\&b\\%")]
        for (label, tex) in cases { #expect(TableRender.latexName(label) == tex, "\(label)") }
    }

    @Test func everyFormatShowsMissingValuesItsOwnWay() throws {
        let rows = [Self.row("S3"), Self.row("A5", order: "60", derivedLength: nil, factors: ["60"]), Self.row("X, \"y\"", factors: nil)]
        let md = TableRender.markdown(rows, missing: 1, total: 4)
        #expect(md.hasPrefix("**PARTIAL table: 3 of 4 rows done**\n"))
        #expect(md.contains("| A5 | 60 | not solvable | not nilpotent | no | impossible |  |  | 1 | 60 |"), "\(md)")
        let csv = TableRender.csv(rows).split(separator: "\n")
        #expect(csv.count == 4)
        #expect(csv[1] == "S3,3,6,2,,true,false,false,2,,,1,2 3,")
        #expect(csv[3].hasPrefix("\"X, \"\"y\"\"\",3,6,"))
        let tex = TableRender.latex(rows, missing: 0, total: 3)
        #expect(tex.contains("$A_{5}$ & 60 & -- & -- & no & -- & -- & -- & 1 & 60 \\\\"), "\(tex)")
        #expect(tex.contains("\\toprule") && tex.contains("\\midrule") && tex.contains("\\bottomrule"))
        #expect(TableRender.factors(rows[2]) == "not proven")
        #expect(TableRender.factors(Self.row("C8", factors: ["2", "2", "2"])) == "2 (x3)")
    }

    @Test func tablePlansShardLikeCrossCheckPlans() {
        let cells = (0..<10).map { TablePlan.Spec(index: $0, label: "C\($0 + 2)", name: "C\($0 + 2)", generators: nil, degree: nil, cost: Double(($0 + 2) * ($0 + 2))) }
        let plan = TablePlan(towerVersion: "t", command: "c", groups: "C2..C11", certificates: false, formats: ["md"], cells: cells)
        let shards = (1...3).map { plan.shard($0, of: 3).map(\.id) }
        #expect(shards.flatMap { $0 }.sorted() == cells.map(\.id))
        #expect(cells[0].id == "0000-C2")
        let loads = (1...3).map { plan.shard($0, of: 3).map(\.cost).reduce(0, +) }
        #expect(loads.max()! - loads.min()! <= 121)
    }
}
