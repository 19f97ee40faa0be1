import Foundation
import Testing

@Suite("tower lie")
struct LieCommandTests {
    @Test func lieJSONOfSo3ReportsSemisimpleDimensionThree() throws {
        let r = try TowerProcess.run(["lie", "so(3)", "--json"])
        #expect(r.status == 0)
        let json = try #require(r.json)
        #expect(json["dimension"] as? Int == 3)
        #expect(json["matrix_size"] as? Int == 3)
        #expect(json["solvable"] as? Bool == false)
        #expect(json["semisimple"] as? Bool == true)
        #expect(json["derived_series_dims"] as? [Int] == [3])
        #expect(json["killing_rank"] as? Int == 3)
        // Not solvable: no derived length, so no finite depth; JSON null rather than a missing key.
        #expect(json.keys.contains("derived_length"))
        #expect(json["derived_length"] is NSNull)
        #expect(json["predicted_depth"] is NSNull)
    }

    @Test func lieJSONOfHeisenbergFileReportsNilpotentDepth() throws {
        let path = try TowerProcess.temporaryFile(
            named: "heisenberg.json",
            contents: #"{"generators": [[[0,1,0],[0,0,0],[0,0,0]], [[0,0,0],[0,0,1],[0,0,0]]]}"#)
        let r = try TowerProcess.run(["lie", "--matrices", path, "--json"])
        #expect(r.status == 0)
        let json = try #require(r.json)
        #expect(json["dimension"] as? Int == 3)
        #expect(json["derived_series_dims"] as? [Int] == [3, 1, 0])
        #expect(json["nilpotent"] as? Bool == true)
        #expect(json["derived_length"] as? Int == 2)
        #expect(json["center_dim"] as? Int == 1)
    }

    @Test func lieRejectsRaggedMatrixNamingMatrixAndRow() throws {
        let path = try TowerProcess.temporaryFile(named: "ragged.json", contents: #"{"generators": [[[0,1],[0]]]}"#)
        let r = try TowerProcess.run(["lie", "--matrices", path])
        #expect(r.status == 2)
        #expect(r.stdout.isEmpty)
        #expect(r.errorLines.count == 1)
        let line = try #require(r.errorLines.first)
        #expect(line.hasPrefix("error: "))
        #expect(line.contains("matrix 1"))
        #expect(line.contains("row 2"))
        #expect(line.contains("ragged"))
    }

    @Test func lieRejectsUnknownCatalogName() throws {
        let r = try TowerProcess.run(["lie", "nonsense(3)"])
        #expect(r.status == 2)
        #expect(r.errorLines.first?.hasPrefix("error: ") == true)
    }
}
