import Testing

/// `tower group --only PARTS`: only the requested invariants are computed and reported.
@Suite("tower group --only")
struct GroupOnlyCommandTests {
    @Test func onlyDerivedReportsTheDerivedSeriesAndNothingElse() throws {
        let r = try TowerProcess.run(["group", "S4", "--only", "derived", "--json"],
                                     environment: ["TOWER_PROGRESS_AFTER": "0"])
        #expect(r.status == 0)
        let json = try #require(r.json)
        #expect(json["derived_series_orders"] as? [String] == ["24", "12", "4", "1"])
        #expect(json["derived_length"] as? Int == 3)
        #expect(json["order"] as? String == "24")
        #expect(json["only"] as? [String] == ["derived"])
        for absent in ["lower_central_series_orders", "nilpotency_class", "elementary_abelian_2_series_orders",
                       "composition_series_orders", "predicted_depth"] {
            #expect(json[absent] == nil, "\(absent)")
        }
        // Only the computed stages are named on stderr.
        #expect(!r.stderr.contains("lower central series") && r.stderr.contains("derived factor invariants"), "\(r.stderr)")
    }

    @Test func onlyLowerCentralGivesTheClassOfAThreeFoldWreathProduct() throws {
        let r = try TowerProcess.run(["group", "C2 wr C2 wr C2", "--only", "lower-central,ea2", "--json"])
        #expect(r.status == 0)
        let json = try #require(r.json)
        #expect(json["lower_central_series_orders"] as? [String] == ["128", "16", "4", "2", "1"])
        #expect(json["nilpotency_class"] as? Int == 4)
        #expect(json["elementary_abelian_2_series_orders"] as? [String] == ["128", "16", "2", "1"])
        #expect(json["derived_series_orders"] == nil)
        #expect(json["only"] as? [String] == ["lower-central", "ea2"])
    }

    @Test func textReportNamesWhatWasNotComputed() throws {
        let r = try TowerProcess.run(["group", "D8", "--only", "composition"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("composition series (each member normal"))
        #expect(!r.stdout.contains("derived series"))
        #expect(r.stdout.contains("not computed (--only): derived, lower-central, ea2, predicted depth"))
    }

    @Test func unknownPartIsBadInput() throws {
        let r = try TowerProcess.run(["group", "S4", "--only", "derived,centre"])
        #expect(r.status == 2)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("--only: unknown part 'centre' (known: derived, lower-central, ea2, composition)"))
        let batch = try TowerProcess.temporaryFile(named: "b.jsonl", contents: "{\"catalog\": \"S4\"}\n")
        let b = try TowerProcess.run(["group", "--batch", batch, "--only", "derived"])
        #expect(b.status == 2)
        #expect(b.stderr.contains("--only works with one group or --gap-file, not with --batch"))
    }
}
