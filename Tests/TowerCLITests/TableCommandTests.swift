import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Issue 13 item 4: `tower table` (a ground-truth table as a sweep directory) run as a user would.
@Suite("tower table")
struct TableCommandTests {
    /// The SPEC of `fixtures/gap/table.g`: 29 cyclic, 19 dihedral, 5 symmetric, 13 affine, 5 PSL(2,q).
    static let fixtureSpec = "C2..C30; D4..D40; S3..S7; AGL(1,q) for q in 2..23; PSL(2,q) for q in 4..9"
    static let fixtureRows = 71

    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("GroupsTests/Fixtures/table_ranges.jsonl")

    static func rows(_ dir: String) throws -> [[String: Any]] {
        try SweepCommandTests.json(dir + "/table.json")["rows"] as! [[String: Any]]
    }

    static func depth(_ row: [String: Any], _ family: String) -> Int? {
        (row["predictions"] as! [[String: Any]]).first { $0["family"] as? String == family }?["minimal_depth"] as? Int
    }

    @Test func aRangeTableAgreesWithGapRowByRow() throws {
        let lines = try String(contentsOf: Self.fixture, encoding: .utf8).split(separator: "\n")
        let gap = lines.map { TowerProcess.jsonObject($0)! }
        #expect(gap.count == Self.fixtureRows)
        let dir = try SweepCommandTests.freshDirectory()
        let r = try TowerProcess.run(["table", "--groups", Self.fixtureSpec, "--out", dir, "--format", "json,md", "--json"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("--groups: 'D4..D40': left out 18 of 37 values the catalog refuses (D5, D7, D9, ...: D<n> is the dihedral group of ORDER n"), "\(r.stderr)")
        #expect(r.stderr.contains("'AGL(1,q) for q in 2..23': left out 9 of 22 values"), "\(r.stderr)")
        let rows = try Self.rows(dir)
        #expect(rows.count == Self.fixtureRows)
        #expect(r.lastLineJSON?["rows"] as? Int == Self.fixtureRows)
        var compared = 0
        for (row, g) in zip(rows, gap) {
            let label = g["id"] as! String
            #expect(row["label"] as? String == label)
            #expect(row["order"] as? String == g["order"] as? String, "\(label)")
            #expect(row["derived_length"] as? Int == g["derived_length"] as? Int, "\(label)")
            #expect(row["nilpotency_class"] as? Int == g["nilpotency_class"] as? Int, "\(label)")
            #expect(row["solvable"] as? Bool == g["solvable"] as? Bool, "\(label)")
            #expect(row["composition_factor_orders"] as? [String] == g["composition_factor_orders"] as? [String], "\(label)")
            #expect(row["derived_series_orders"] as? [String] == g["derived_series_orders"] as? [String], "\(label)")
            #expect(Self.depth(row, "dcd") == g["derived_length"] as? Int, "\(label)")
            #expect(Self.depth(row, "real11") == g["ea2_length"] as? Int, "\(label)")
            #expect(Self.depth(row, "real01") == nil, "\(label)")
            #expect(Self.depth(row, "dense") == 1, "\(label)")
            compared += 1
        }
        #expect(compared == Self.fixtureRows)
        let md = try String(contentsOfFile: dir + "/table.md", encoding: .utf8)
        #expect(md.contains("| S5 | 120 | not solvable | not nilpotent | no | impossible | impossible | impossible | 1 | 2, 60 |"), "\(md)")
        #expect(md.contains("| D8 | 8 | 2 | 2 | yes | 2 | 2 | impossible | 1 | 2 (x3) |"), "\(md)")
    }

    @Test func aBadSpecIsOneLineAndExit2BeforeAnythingIsWritten() throws {
        let cases: [(String, String)] = [
            ("C2..C10; S3x", "error: --groups: 'S3x' is not a group name ("),
            ("C2..D10", "error: --groups: 'C2..D10' is not a range like C2..C100"),
            ("AGL(1,p) for p in 9..2", "error: --groups: 'AGL(1,p) for p in 9..2': the range 9..2 is empty"),
            ("AGL(1,p) for q in 2..9", "error: --groups: 'AGL(1,p) for q in 2..9': the template 'AGL(1,p)' does not use q"),
            ("D5..D5", "error: --groups: 'D5..D5' holds no group the catalog accepts (D5: "),
            ("C2;nowhere.jsonl", "error: --groups: cannot read nowhere.jsonl"),
            ("", "error: --groups is empty"),
        ]
        for (spec, prefix) in cases {
            let dir = try SweepCommandTests.freshDirectory()
            let r = try TowerProcess.run(["table", "--groups", spec, "--out", dir])
            #expect(r.status == 2, "\(spec): \(r.stderr)")
            #expect(r.errorLines.count == 1, "\(spec): \(r.stderr)")
            #expect(r.stderr.hasPrefix(prefix), "\(spec): \(r.stderr)")
            #expect(!FileManager.default.fileExists(atPath: dir), "\(spec)")
        }
        let bad = try TowerProcess.temporaryFile(named: "bad.jsonl", contents: "{\"generators\": [\"(1,2)\"]}\n{\"generators\": [\"(1,2\"]}\n")
        let r = try TowerProcess.run(["table", "--groups", bad, "--out", try SweepCommandTests.freshDirectory()])
        #expect(r.status == 2 && r.errorLines.count == 1, "\(r.stderr)")
        #expect(r.stderr.hasPrefix("error: --groups: \(bad): line 2: "), "\(r.stderr)")
    }

    @Test func anUnusableOutIsOneLineAndExit2() throws {
        let file = try TowerProcess.temporaryFile(named: "plain-file", contents: "x")
        let foreign = (file as NSString).deletingLastPathComponent
        let cases: [(String, String)] = [
            (file + "/table", "error: --out: cannot write into \(file)/table: a part of the path is not a directory"),
            (file, "error: --out: cannot write into \(file): it is a file, not a directory"),
            (foreign, "error: --out: \(foreign) is not empty ("),
        ]
        for (out, prefix) in cases {
            let r = try TowerProcess.run(["table", "--groups", "S3..S5", "--out", out])
            #expect(r.status == 2 && r.errorLines.count == 1, "\(out): \(r.stderr)")
            #expect(r.stderr.hasPrefix(prefix), "\(out): \(r.stderr)")
        }
        #expect(try TowerProcess.run(["table", "--groups", "S3", "--out", try SweepCommandTests.freshDirectory(), "--format", "md,pdf"]).stderr
                    .contains("--format: unknown format 'pdf' (known: md, csv, json, tex, gap)"))
    }

    @Test func aTableAndACrossCheckDirectoryAreNotMistakenForEachOther() throws {
        let table = try SweepCommandTests.freshDirectory()
        #expect(try TowerProcess.run(["table", "--groups", "S3", "--out", table, "--plan-only"]).status == 0)
        let sweep = try SweepCommandTests.freshDirectory()
        #expect(try TowerProcess.run(["crosscheck", "--groups", "C2"] + SweepCommandTests.tiny + ["--out", sweep, "--plan-only"]).status == 0)
        let a = try TowerProcess.run(["crosscheck", "run", table])
        #expect(a.status == 2 && a.errorLines.count == 1 && a.stderr.hasPrefix("error: \(table)/plan.json is not a sweep plan ("), "\(a.stderr)")
        let b = try TowerProcess.run(["table", "status", sweep])
        #expect(b.status == 2 && b.errorLines.count == 1 && b.stderr.hasPrefix("error: \(sweep)/plan.json is not a table plan ("), "\(b.stderr)")
        let c = try TowerProcess.run(["table", "report", table + "-missing"])
        #expect(c.status == 2 && c.stderr.hasPrefix("error: \(table)-missing is not a table directory: no such directory"), "\(c.stderr)")
        let d = try TowerProcess.run(["table", "--groups", "S4", "--out", table])
        #expect(d.status == 2 && d.stderr.hasPrefix("error: --out: \(table) holds a different table ("), "\(d.stderr)")
    }

    @Test func shardsGiveTheTableOfOneProcess() throws {
        let spec = "C2..C12; D4..D16; S3..S6; AGL(1,q) for q in 2..11"
        let one = try SweepCommandTests.freshDirectory()
        #expect(try TowerProcess.run(["table", "--groups", spec, "--out", one, "--format", "md,csv,json,tex,gap"]).status == 0)
        let sharded = try SweepCommandTests.freshDirectory()
        #expect(try TowerProcess.run(["table", "--groups", spec, "--out", sharded, "--format", "md,csv,json,tex,gap", "--plan-only"]).status == 0)
        let workers = try (1...3).map { i in
            try SweepCommandTests.start(["table", "run", sharded, "--shard", "\(i)/3"],
                                        stderr: URL(fileURLWithPath: sharded + "-w\(i).log"))
        }
        for w in workers { try TowerProcess.wait(w, what: "table run --shard"); #expect(w.terminationStatus == 0) }
        let computed = try (1...3).map { i in
            SweepCommandTests.trained(try String(contentsOfFile: sharded + "-w\(i).log", encoding: .utf8).replacingOccurrences(of: ": computing (", with: ": training ("))
        }
        let all = computed.flatMap { $0 }
        #expect(all.count == Set(all).count, "a row was computed twice: \(computed)")
        #expect(all.count == (try SweepCommandTests.planIDs(sharded)).count)
        #expect(computed.allSatisfy { !$0.isEmpty })
        let status = try TowerProcess.run(["table", "status", sharded, "--json"])
        #expect(status.json?["done"] as? Int == all.count && status.json?["left"] as? Int == 0, "\(status.stdout)")
        #expect(try TowerProcess.run(["table", "report", sharded]).status == 0)
        // table.g's first line is the command that made the plan (here with --plan-only).
        func body(_ path: String) throws -> String {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            return path.hasSuffix(".g") ? String(text.drop { $0 != "\n" }) : text
        }
        for name in ["table.md", "table.csv", "table.tex", "table.g"] {
            #expect(try body(one + "/" + name) == body(sharded + "/" + name), "\(name)")
            #expect(try body(one + "/" + name).count > 500, "\(name)")
        }
        #expect(NSArray(array: try Self.rows(one)) == NSArray(array: try Self.rows(sharded)))
    }

    @Test func twoWorkersOnOneShardNeverComputeTheSameRow() throws {
        let dir = try SweepCommandTests.freshDirectory()
        #expect(try TowerProcess.run(["table", "--groups", "C2..C120", "--out", dir, "--plan-only"]).status == 0)
        let workers = try (1...2).map { i in
            try SweepCommandTests.start(["table", "run", dir], stderr: URL(fileURLWithPath: dir + "-same\(i).log"))
        }
        for w in workers { try TowerProcess.wait(w, what: "table run"); #expect(w.terminationStatus == 0 || w.terminationStatus == 3) }
        let computed = try (1...2).map { i in
            SweepCommandTests.trained(try String(contentsOfFile: dir + "-same\(i).log", encoding: .utf8).replacingOccurrences(of: ": computing (", with: ": training ("))
        }
        let all = computed.flatMap { $0 }
        #expect(all.count == Set(all).count, "a row was computed by both workers")
        #expect(all.count == 119, "\(computed.map(\.count)) rows computed")
        let status = try TowerProcess.run(["table", "status", dir, "--json"])
        #expect(status.json?["done"] as? Int == 119, "\(status.stdout)")
    }

    @Test func aKilledTableResumesWithoutLosingOrRepeatingARow() throws {
        let spec = "C2..C150"
        let dir = try SweepCommandTests.freshDirectory()
        let log = URL(fileURLWithPath: dir + "-first.log")
        let first = try SweepCommandTests.start(["table", "--groups", spec, "--out", dir, "--certificates"], stderr: log)
        var done = 0
        for _ in 0..<2000 {
            done = ((try? FileManager.default.contentsOfDirectory(atPath: dir + "/cells")) ?? []).filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.count
            if done >= 5 { break }
            usleep(5_000)
        }
        kill(first.processIdentifier, SIGKILL)
        first.waitUntilExit()
        let cellsAfterKill = try FileManager.default.contentsOfDirectory(atPath: dir + "/cells").filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }
        try #require(cellsAfterKill.count >= 5 && cellsAfterKill.count < 149, "the first run was not killed mid-table: \(cellsAfterKill.count) cells")
        // A truncated cell file (a disk that filled up) is redone too.
        let damaged = dir + "/cells/" + cellsAfterKill.sorted()[0]
        try Data("{\"format\":1,\"sp".utf8).write(to: URL(fileURLWithPath: damaged))
        let again = try TowerProcess.run(["table", "--groups", spec, "--out", dir, "--certificates", "--json"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stderr.contains("resuming the table in \(dir): \(cellsAfterKill.count - 1) of 149 cells done"), "\(again.stderr)")
        #expect(again.stderr.contains("is damaged (not a complete cell file"), "\(again.stderr)")
        let redone = SweepCommandTests.trained(again.stderr.replacingOccurrences(of: ": computing (", with: ": training ("))
        #expect(redone.count == 149 - cellsAfterKill.count + 1, "\(redone.count) rows computed on resume")
        #expect(again.lastLineJSON?["certificates"] as? Int == 149)
        let fresh = try SweepCommandTests.freshDirectory()
        #expect(try TowerProcess.run(["table", "--groups", spec, "--out", fresh, "--certificates"]).status == 0)
        #expect(NSArray(array: try Self.rows(dir)) == NSArray(array: try Self.rows(fresh)))
        #expect(try Self.rows(dir).map { $0["label"] as! String } == (2...150).map { "C\($0)" })
    }

    @Test(.enabled(if: GapScriptAgreementTests.runs, "GAP is not on PATH and CI is not set"))
    func theGapFormatAssertsEveryRowInGap() throws {
        let gap = try #require(GapScriptAgreementTests.gap)
        let dir = try SweepCommandTests.freshDirectory()
        let r = try TowerProcess.run(["table", "--groups", "C1..C4; S3..S5; PSL(2,7); A5 wr C2", "--out", dir, "--format", "gap"])
        #expect(r.status == 0, "\(r.stderr)")
        let (out, status) = try GapScriptAgreementTests.runGap(gap, dir + "/table.g")
        #expect(status == 0, "\(out)")
        let agree = out.split(separator: "\n").filter { $0.hasPrefix("AGREE ") }
        #expect(agree.count == 9, "\(out)")
    }
}
