import Testing

@Suite("tower group")
struct GroupCommandTests {
    @Test func groupJSONOfS4GivesOrderSeriesAndDepth() throws {
        let r = try TowerProcess.run(["group", "S4", "--json"])
        #expect(r.status == 0)
        let json = try #require(r.json)
        #expect(json["name"] as? String == "S4")
        #expect(json["degree"] as? Int == 4)
        // Orders are decimal strings: they outgrow 64 bits for large groups.
        #expect(json["order"] as? String == "24")
        #expect(json["derived_series_orders"] as? [String] == ["24", "12", "4", "1"])
        #expect(json["derived_factor_invariants"] as? [[Int]] == [[2], [3], [2, 2]])
        #expect(json["derived_length"] as? Int == 3)
        #expect(json["solvable"] as? Bool == true)
        #expect(json["abelian"] as? Bool == false)
        #expect(json["nilpotent"] as? Bool == false)
        let depth = try #require(json["predicted_depth"] as? [String: Any])
        #expect(depth["complex_diagonal"] as? Int == 3)
    }

    /// Stage lines on stderr, normally only after a second (forced here), never in batch mode;
    /// stdout is unchanged.
    @Test func slowAnalysisNamesEachStageOnStderr() throws {
        let r = try TowerProcess.run(["group", "S4", "--json"], environment: ["TOWER_PROGRESS_AFTER": "0"])
        #expect(r.status == 0)
        #expect(r.json?["derived_length"] as? Int == 3)
        let stages = r.errorLines.map { $0.split(separator: "(").first.map(String.init) ?? "" }
        #expect(stages.dropLast() == ["tower group: derived factor invariants ", "tower group: lower central series ",
                                      "tower group: elementary abelian 2 series ", "tower group: composition series "],
                "\(r.stderr)")
        #expect(stages.last?.hasPrefix("tower group: done in ") == true, "\(r.stderr)")
        let quiet = try TowerProcess.run(["group", "S4", "--json"])
        #expect(quiet.stderr.isEmpty)
        let batch = try TowerProcess.temporaryFile(named: "b.jsonl", contents: "{\"catalog\": \"S4\"}\n")
        let b = try TowerProcess.run(["group", "--batch", batch], environment: ["TOWER_PROGRESS_AFTER": "0"])
        #expect(b.status == 0 && b.stderr.isEmpty)
    }

    @Test func groupFromGeneratorsMatchesCatalogOrder() throws {
        let r = try TowerProcess.run(["group", "--generators", "(1,2,3),(1,2)", "--json"])
        #expect(r.status == 0)
        let json = try #require(r.json)
        #expect(json["order"] as? String == "6")
        #expect(json["derived_length"] as? Int == 2)
    }

    @Test func groupRejectsPointZeroNamingGeneratorAndPosition() throws {
        let r = try TowerProcess.run(["group", "--generators", "(1,2,0)"])
        #expect(r.status == 2)
        #expect(r.stdout.isEmpty)
        #expect(r.errorLines.count == 1)
        let line = try #require(r.errorLines.first)
        #expect(line.hasPrefix("error: generator 1, position "))
        #expect(line.contains("point 0"))
    }

    @Test func groupWithoutAnySourceFailsWithUsage() throws {
        let r = try TowerProcess.run(["group"])
        #expect(r.status != 0)
        #expect(r.stderr.contains("give exactly one of"))
    }

    @Test func groupRejectsUnknownCatalogName() throws {
        let r = try TowerProcess.run(["group", "Q9z"])
        #expect(r.status == 2)
        #expect(r.errorLines.first?.hasPrefix("error: ") == true)
    }

    @Test func groupBatchReportsBadLineInPlaceAndGoesOn() throws {
        let path = try TowerProcess.temporaryFile(
            named: "batch.jsonl",
            contents: "{\"id\":\"a\",\"catalog\":\"S3\"}\n\n{\"id\":\"b\",\"generators\":[\"(1,2,0)\"]}\n")
        let r = try TowerProcess.run(["group", "--batch", path])
        #expect(r.status == 2)  // every line processed, then exit 2 for the failed one
        #expect(r.stderr.contains("group --batch: 1 of 2 lines had errors"), "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").map { TowerProcess.jsonObject($0) }
        #expect(lines.count == 2)  // the blank line produces no output
        #expect(lines.first??["id"] as? String == "a")
        #expect(lines.first??["order"] as? String == "6")
        let bad = try #require(lines.last ?? nil)
        #expect(bad["id"] as? String == "b")
        #expect(bad["line"] as? Int == 3)
        #expect((bad["error"] as? String)?.hasPrefix("line 3: generator 1, position ") == true)
    }
}
