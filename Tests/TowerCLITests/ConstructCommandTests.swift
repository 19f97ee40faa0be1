import Testing

@Suite("tower construct")
struct ConstructCommandTests {
    @Test func constructForS3UsesTwoLayersAndTracksExactly() throws {
        let r = try TowerProcess.run(["construct", "--group", "S3", "--lengths", "10", "--sequences", "1", "--json"])
        #expect(r.status == 0)
        let json = try #require(r.json)
        #expect(json["group"] as? String == "S3")
        #expect(json["layers"] as? Int == 2)  // the derived length of S3
        #expect(json["order"] as? Int == 6)
        #expect(json["series_orders"] as? [Int] == [6, 3, 1])
        #expect(TowerProcess.number(json["accuracy"]) == 1)
        let runs = try #require(json["runs"] as? [[String: Any]])
        #expect(!runs.isEmpty)
        for run in runs { #expect(TowerProcess.number(run["per_token_accuracy"]) == 1) }
    }

    @Test func constructRejectsUnknownGroupWithInputError() throws {
        let r = try TowerProcess.run(["construct", "--group", "Q9z"])
        #expect(r.status == 2)
        #expect(r.errorLines.count == 1)
        #expect(r.stderr.hasPrefix("error: --group 'Q9z'"))
    }

    @Test func constructRejectsUnknownNormNamingIt() throws {
        let r = try TowerProcess.run(["construct", "--group", "S3", "--norm", "xx"])
        #expect(r.status == 2)
        #expect(r.errorLines.count == 1)
        #expect(r.stderr.contains("The value 'xx' is invalid for '--norm <norm>'"))
    }
}
