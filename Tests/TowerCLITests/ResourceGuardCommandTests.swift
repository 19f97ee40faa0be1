import Testing

/// Issue 18, item 7: `--timeout` / `--max-memory` end work a user cannot size in advance with one
/// line and exit 2, and `tower lie` refuses a catalog algebra above its unguarded dimension before
/// building it. Item 4: the group report prints the generators as read.
@Suite("resource guards")
struct ResourceGuardCommandTests {
    @Test func timeoutStopsALongGroupComputationWithOneLine() throws {
        // S100000 from its generators runs past 10 s in a release build (giant recognition's
        // random search; the catalog name is now a giant by construction, answered in a second).
        let cycle = "(" + (1...100_000).map(String.init).joined(separator: ",") + ")"
        let file = try TowerProcess.temporaryFile(named: "s100000.g", contents: "Group(\(cycle), (1,2));\n")
        let r = try TowerProcess.run(["group", "--gap-file", file, "--timeout", "1"])
        #expect(r.status == 2, "\(r)")
        #expect(r.stderr.hasSuffix("error: tower group: --timeout: stopped after 1 s, before the work was finished (a larger --timeout, or none, lets it run on)\n"), "\(r)")
        #expect(r.errorLines.count == 1, "\(r)")
    }

    @Test func maxMemoryStopsALieComputationWithOneLine() throws {
        let r = try TowerProcess.run(["lie", "so(32)", "--max-memory", "60"])
        #expect(r.status == 2, "\(r)")
        #expect(r.stderr.contains("error: tower lie: --max-memory: stopped at "), "\(r)")
        #expect(r.stderr.contains("MB resident, above the limit of 60 MB"), "\(r)")
        #expect(r.stdout.isEmpty)
    }

    @Test func guardsLetSmallWorkFinish() throws {
        let r = try TowerProcess.run(["group", "S4", "--timeout", "600", "--max-memory", "4000"])
        #expect(r.status == 0, "\(r)")
        #expect(r.stdout.contains("  order              24"), "\(r)")
    }

    @Test(arguments: [["--timeout", "0"], ["--timeout", "-3"], ["--timeout", "nan"], ["--max-memory", "0"]])
    func badGuardValuesAreUsageErrors(_ option: [String]) throws {
        let r = try TowerProcess.run(["group", "S4"] + option)
        #expect(r.status == 2, "\(r)")
        #expect(r.stdout.isEmpty)
    }

    @Test(arguments: [("sl(32)", 1023), ("gl(32)", 1024), ("sp(32)", 528), ("b(32)", 528), ("so(32)", 496), ("aff(16)", 272)])
    func largeCatalogAlgebrasAreRefusedUpFront(_ name: String, _ dimension: Int) throws {
        let r = try TowerProcess.run(["lie", name])
        #expect(r.status == 2, "\(r)")
        #expect(r.stderr.hasPrefix("error: \(name): dimension \(dimension) is above 256, the largest the report takes without a guard"), "\(r)")
        #expect(r.errorLines.count == 1)
    }

    @Test func algebrasAtTheLimitAreStillAnswered() throws {
        let r = try TowerProcess.run(["lie", "heis(31)", "--json"])
        #expect(r.status == 0, "\(r)")
        #expect(TowerProcess.number(r.json?["dimension"]) == 31, "\(r)")
    }

    @Test func juxtaposedCyclesMultiplyAndTheReportSaysWhatWasRead() throws {
        let product = try TowerProcess.run(["group", "--generators", "(1,2,3)(1,2)"])
        #expect(product.status == 0, "\(product)")
        #expect(product.stdout.contains("group (degree 3, 1 generator)\n  input              cycle notation\n  generators         (2,3)\n  order              2\n"), "\(product)")
        let two = try TowerProcess.run(["group", "--generators", "(1,2,3),(1,2)"])
        #expect(two.stdout.contains("  generators         (1,2,3), (1,2)\n  order              6\n"), "\(two)")
        let help = try TowerProcess.run(["group", "--help"])
        #expect(help.stdout.contains("Juxtaposed cycles multiply, as in GAP"), "\(help)")
    }

    @Test func longGeneratorListsAreCutWithTheirCount() throws {
        let cycle = "(" + (1...400).map(String.init).joined(separator: ",") + ")"
        let r = try TowerProcess.run(["group", "--generators", cycle + ",(1,2)"])
        #expect(r.status == 0, "\(r)")
        let line = r.stdout.split(separator: "\n").first { $0.hasPrefix("  generators") }
        #expect(line?.hasSuffix("... (2 in all)") == true, "\(r)")
        #expect((line?.count ?? 0) < 250)
    }
}
