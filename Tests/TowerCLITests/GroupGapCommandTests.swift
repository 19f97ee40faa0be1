import Foundation
import Testing

/// `tower group` with GAP's notation in (`--generators`, NAME, batch lines, `--gap-file`) and out
/// (`--gap-script`).
@Suite("tower group, GAP in and out")
struct GroupGapCommandTests {
    @Test func gapGroupSyntaxIsReadAndNamedInTheReport() throws {
        let r = try TowerProcess.run(["group", "--generators", "Group((1,2,3),(1,2))", "--json"])
        #expect(r.status == 0)
        #expect(r.json?["input_syntax"] as? String == "gap-group")
        #expect(r.json?["order"] as? String == "6")
        let text = try TowerProcess.run(["group", "--generators", "[2,3,4,1],[2,1,3,4]"])
        #expect(text.status == 0)
        #expect(text.stdout.contains("  input              GAP permutations (image lists / PermList)\n  generators         (1,2,3,4), (1,2)\n  order              24\n"))
        let cycles = try TowerProcess.run(["group", "--generators", "(1,2,3),(1,2)", "--json"])
        #expect(cycles.json?["input_syntax"] as? String == "cycles")
    }

    /// The report says what was read: juxtaposed cycles multiplied, one string per generator.
    @Test func jsonListsTheGeneratorsAsRead() throws {
        let r = try TowerProcess.run(["group", "--generators", "(1,2,3)(1,2),(4,5),()", "--json"])
        #expect(r.status == 0)
        #expect(r.json?["generators"] as? [String] == ["(2,3)", "(4,5)"])
        #expect(r.json?["generator_count"] as? Int == 2)
        let catalog = try TowerProcess.run(["group", "C2 x S3", "--json"])
        #expect(catalog.json?["generators"] as? [String] == ["(1,2)", "(3,4,5)", "(3,4)"])
        // Past 100,000 characters (S30000's 30000-cycle alone takes about 170,000) none are listed.
        let big = try TowerProcess.run(["group", "S30000", "--json", "--only", "derived"])
        #expect(big.status == 0)
        #expect(big.json?["generators"] is NSNull)
        #expect(big.json?["generator_count"] as? Int == 2)
    }

    @Test func gapNamesAndCaseInsensitiveCatalogNames() throws {
        let gap = try TowerProcess.run(["group", "DihedralGroup(8)", "--json"])
        #expect(gap.json?["name"] as? String == "D8")
        #expect(gap.json?["order"] as? String == "8")
        #expect(gap.json?["input_syntax"] as? String == "gap-name")
        let lower = try TowerProcess.run(["group", "psl(2,7)", "--json"])
        #expect(lower.json?["name"] as? String == "PSL(2,7)")
        #expect(lower.json?["input_syntax"] as? String == "catalog")
    }

    @Test func refusalsAndSuggestionsAreOneLineWithStatus2() throws {
        let transitive = try TowerProcess.run(["group", "TransitiveGroup(8,3)"])
        #expect(transitive.status == 2)
        #expect(transitive.errorLines.count == 1)
        #expect(transitive.stderr.contains("PrintTo(\"g.g\", [Group(GeneratorsOfGroup(TransitiveGroup(8,3)))]);"))
        #expect(transitive.stdout.isEmpty)
        let typo = try TowerProcess.run(["group", "rubic"])
        #expect(typo.status == 2)
        #expect(typo.errorLines.count == 1)
        #expect(typo.stderr.contains("(did you mean Rubik?)"))
        let bad = try TowerProcess.run(["group", "--generators", "Group((1,2),(3,3))"])
        #expect(bad.status == 2)
        #expect(bad.stderr == "error: cannot read GAP input at character 16: point 3 repeated in a cycle\n")
    }

    @Test func gapFileGivesOneResultPerGroup() throws {
        let file = try TowerProcess.temporaryFile(named: "groups.g", contents: """
            [ Group( [ (1,2,3), (1,2) ] ), SymmetricGroup( [ 1 .. 4 ] ),
              Group( [ ( 1, 2, 3, 4, 5), \\
            (1,2,3) ] ) ]
            """)
        let r = try TowerProcess.run(["group", "--gap-file", file, "--json"])
        #expect(r.status == 0)
        let rows = r.stdout.split(separator: "\n").compactMap(TowerProcess.jsonObject)
        #expect(rows.count == 3)
        #expect(rows.map { $0["order"] as? String } == ["6", "24", "60"])
        #expect(rows.map { $0["index"] as? Int } == [1, 2, 3])
        #expect(rows.allSatisfy { $0["input_syntax"] as? String == "gap-file" })
        #expect(rows[1]["name"] as? String == "S4")
        let text = try TowerProcess.run(["group", "--gap-file", file])
        #expect(text.stdout.contains("\(file), group 3 of 3:\ngroup (degree 5, 2 generators)\n  input              GAP file"))
    }

    @Test func gapFileErrorsNameLineAndColumn() throws {
        let file = try TowerProcess.temporaryFile(named: "bad.g", contents: "[ Group( (1,2) ),\n  Group( (1,2,0) ) ]\n")
        let r = try TowerProcess.run(["group", "--gap-file", file])
        #expect(r.status == 2)
        #expect(r.stderr == "error: cannot read \(file) at line 2, column 15: point 0 (points are numbered from 1)\n")
        let missing = try TowerProcess.run(["group", "--gap-file", file + ".missing"])
        #expect(missing.status == 2 && missing.errorLines.count == 1)
    }

    @Test func batchLinesAcceptGapSyntax() throws {
        let batch = try TowerProcess.temporaryFile(named: "b.jsonl", contents: """
            {"id": 1, "generators": "Group((1,2,3),(1,2))"}
            {"id": 2, "generators": ["[2,3,1]", "(1,2)"]}
            {"id": 3, "catalog": "SymmetricGroup(4)"}
            {"id": 4, "catalog": "SmallGroup(24,12)"}

            """)
        let r = try TowerProcess.run(["group", "--batch", batch])
        let rows = r.stdout.split(separator: "\n").compactMap(TowerProcess.jsonObject)
        #expect(rows.count == 4)
        #expect(rows.map { $0["input_syntax"] as? String } == ["gap-group", "gap-permutations", "gap-name", nil])
        #expect(rows.prefix(3).map { $0["order"] as? String } == ["6", "6", "24"])
        let error = try #require(rows.last?["error"] as? String)
        #expect(error.hasPrefix("line 4: cannot read group name") && error.contains("IsomorphismPermGroup"))
    }

    @Test func gapScriptIsWrittenAtomically() throws {
        let dir = URL(fileURLWithPath: try TowerProcess.temporaryFile(named: "x", contents: "")).deletingLastPathComponent()
        let path = dir.appendingPathComponent("s4.g").path
        let r = try TowerProcess.run(["group", "S4", "--gap-script", path])
        #expect(r.status == 0)
        #expect(r.stderr.contains("GAP script written to \(path)"))
        let script = try String(contentsOfFile: path, encoding: .utf8)
        #expect(script.hasPrefix("# Written by Tower: tower group S4 --gap-script \(path)\n"))
        #expect(script.contains("[ \"Size\", Size, 24 ]"))
        // Only the script (and the placeholder) are left: no temporary file beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["s4.g", "x"])
        let unwritable = try TowerProcess.run(["group", "S4", "--gap-script", dir.appendingPathComponent("no/such/dir.g").path])
        #expect(unwritable.status == 2 && unwritable.stderr.hasPrefix("error: --gap-script: cannot write"))
        #expect(unwritable.stderr.contains("does not exist"))
        let batch = try TowerProcess.run(["group", "--batch", "-", "--gap-script", path])
        #expect(batch.status != 0)
    }
}
