import Testing

@Suite("tower group: composition series")
struct GroupCompositionCommandTests {
    @Test func groupJSONGivesCompositionSeriesOfA5WreathS2() throws {
        let r = try TowerProcess.run(["group", "A5 wr S2", "--json"])
        #expect(r.status == 0)
        let json = try #require(r.json)
        #expect(json["composition_series_orders"] as? [String] == ["7200", "3600", "60", "1"])
        #expect(json["composition_factor_orders"] as? [String] == ["2", "60", "60"])
        #expect(json["composition_factor_proofs"] as? [String] != nil)
        #expect(json["composition_series"] == nil)  // members' generators only on request
    }

    @Test func compositionGeneratorsListEveryMemberWithItsOrder() throws {
        let r = try TowerProcess.run(["group", "A5 x A5", "--json", "--composition-generators"])
        #expect(r.status == 0)
        let json = try #require(r.json)
        let members = try #require(json["composition_series"] as? [[String: Any]])
        #expect(members.map { $0["order"] as? String } == ["3600", "60", "1"])
        #expect((members[1]["generators"] as? [String])?.isEmpty == false)
        #expect(members[2]["generators"] as? [String] == [])
    }

    @Test func textReportNamesWhyEachNonAbelianFactorIsSimple() throws {
        let r = try TowerProcess.run(["group", "M11"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("orders   7920 > 1"))
        #expect(r.stdout.contains("simple factor of order 7920: image of an action on 11 points"))
    }

    @Test func compositionGeneratorsAreRefusedWithBatch() throws {
        let r = try TowerProcess.run(["group", "--batch", "-", "--composition-generators"])
        #expect(r.status != 0)
        #expect(r.stderr.contains("--composition-generators works with one group"))
    }
}
