import Exact
import Foundation
import Testing
@testable import LieAlgebras

/// Agreement with GAP 4.12 on `Fixtures/lie.jsonl` (see its README for the field conventions),
/// field by field, for every case.
@Suite struct GAPFixtureTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let id: String
        let line: String
        var testDescription: String { id }
    }

    static let cases: [Case] = {
        guard let url = Bundle.module.url(forResource: "lie", withExtension: "jsonl", subdirectory: "Fixtures"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").map { line in
            let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            return Case(id: object?["id"] as? String ?? "?", line: String(line))
        }
    }()

    @Test func fixtureFileIsPresentAndLarge() {
        #expect(GAPFixtureTests.cases.count == 196)  // every line of the fixture read
    }

    @Test(arguments: GAPFixtureTests.cases)
    func agreesWithGAPFieldByField(_ c: Case) throws {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(c.line.utf8)) as? [String: Any])
        let gens = try GeneratorParser.matrices(fromObject: object)
        let algebra = try MatrixLieAlgebra(generators: gens)
        let inv = LieInvariants(of: algebra)
        func int(_ key: String) -> Int? { object[key] as? Int }
        func ints(_ key: String) -> [Int]? { object[key] as? [Int] }
        func bool(_ key: String) -> Bool? { object[key] as? Bool }
        #expect(inv.matrixSize == int("n"))
        #expect(inv.dimension == int("dimension"))
        #expect(inv.derivedSeriesDimensions == ints("derived_series_dims"))
        #expect(inv.lowerCentralSeriesDimensions == ints("lower_central_series_dims"))
        #expect(inv.upperCentralSeriesDimensions == ints("upper_central_series_dims"))
        #expect(inv.isSolvable == bool("solvable"))
        #expect(inv.isNilpotent == bool("nilpotent"))
        #expect(inv.isAbelian == bool("abelian"))
        #expect(inv.derivedLength == int("derived_length"))
        #expect(inv.nilpotencyClass == int("nilpotency_class"))
        #expect(inv.centreDimension == int("center_dim"))
        #expect(inv.killingRank == int("killing_rank"))
        #expect(inv.radicalDimension == int("solvable_radical_dim"))
        #expect(inv.isSemisimple == bool("semisimple"))
    }
}
