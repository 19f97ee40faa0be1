import Foundation
import Testing

/// Issue 19, item 3: in `tower group --batch` a line over its time budget (`--line-timeout`), one
/// over its memory budget (`--line-memory`) and a malformed line each give one error row naming
/// the line and the reason, between good lines whose rows are exactly what single runs print.
@Suite("batch isolation")
struct BatchIsolationCommandTests {
    /// Good lines (catalog names and generators), a line that runs for minutes in a debug build
    /// at about 46 MB (S100000 from its generators, so that giant recognition's random search runs:
    /// the catalog name is now known to be a giant by construction and answered in a second), one
    /// that passes 100 MB within about 2 s in a debug build (a transposition on 16,777,216
    /// points: one table is 64 MB), and a malformed line. The budget of 100 MB keeps both margins
    /// about twofold (at 50 MB the slow line was 4 MB from being stopped for memory).
    static let slowLine = #"{"id": "slow", "generators": [""# + "(" + (1...100_000).map(String.init).joined(separator: ",") + ")"
        + #"", "(1,2)"]}"#
    static let lines = [
        #"{"id": "S3", "generators": ["(1,2,3)", "(1,2)"]}"#,
        slowLine,
        #"{"id": "A5", "catalog": "A5"}"#,
        #"{"id": "wide", "generators": ["(1,16777216)"]}"#,
        #"{"id": "D8", "catalog": "D8"}"#,
        #"{"id": "broken", "generators": ["(1,2"#,
        #"{"id": "PSL", "generators": "Group((1,2,3,4,5,6,7), (2,3)(4,7))"}"#,
    ]

    @Test func badLinesGetRowsAndGoodLinesTheirSingleRunResults() throws {
        let path = try TowerProcess.temporaryFile(named: "mixed.jsonl", contents: Self.lines.joined(separator: "\n") + "\n")
        let start = Date()
        let r = try TowerProcess.run(["group", "--batch", path, "--line-timeout", "6", "--line-memory", "100"])
        let seconds = Date().timeIntervalSince(start)
        #expect(r.status == 2, "\(r)")
        #expect(r.stderr == "group --batch: 3 of 7 lines had errors (see their \"error\" fields); exit status 2 (--keep-going exits 0)\n")
        let rows = r.stdout.split(separator: "\n").compactMap { TowerProcess.jsonObject($0) }
        try #require(rows.count == 7, "\(r.stdout)")
        #expect(rows.map { $0["id"] as? String } == ["S3", "slow", "A5", "wide", "D8", nil, "PSL"])

        let slow = rows[1]
        #expect(slow["line"] as? Int == 2)
        #expect(slow["failure"] as? String == "timeout")
        let slowError = slow["error"] as? String ?? ""
        #expect(slowError.hasPrefix(#"line 2: --line-timeout: stopped after 6 s, before the line was finished; input: {"id": "slow", "generators": ["(1,2,3,4,5,"#), "\(slowError.prefix(300))")
        #expect(slowError.hasSuffix(#"(1,2)"]}"#), "\(slowError.suffix(100))")
        #expect(slow["order"] == nil)

        let wide = rows[3]
        #expect(wide["line"] as? Int == 4)
        #expect(wide["failure"] as? String == "memory", "\(wide)")
        let wideError = wide["error"] as? String ?? ""
        #expect(wideError.hasPrefix("line 4: --line-memory: stopped at "), "\(wideError)")
        #expect(wideError.contains(" MB resident, above the limit of 100 MB, before the line was finished; input: "), "\(wideError)")

        // The malformed line's row is the one the analysis itself gives (no "failure" field).
        #expect(rows[5]["line"] as? Int == 6)
        #expect(rows[5]["failure"] == nil)
        #expect((rows[5]["error"] as? String)?.hasPrefix("line 6: ") == true, "\(rows[5])")

        // Good lines: exactly `tower group ... --json` plus the echoed fields.
        let singles: [(row: Int, arguments: [String], echoed: [String: Any])] = [
            (0, ["--generators", "(1,2,3),(1,2)"], ["id": "S3"]),
            (2, ["A5"], ["id": "A5", "catalog": "A5"]),
            (4, ["D8"], ["id": "D8", "catalog": "D8"]),
            (6, ["--generators", "Group((1,2,3,4,5,6,7), (2,3)(4,7))"], ["id": "PSL"]),
        ]
        for single in singles {
            let s = try TowerProcess.run(["group"] + single.arguments + ["--json"])
            #expect(s.status == 0, "\(s)")
            var expected = try #require(s.json)
            expected.merge(single.echoed) { _, echoed in echoed }
            #expect(GroupBatchAgreementTests.same(expected, rows[single.row]), "row \(single.row): \(rows[single.row]) against \(expected)")
        }
        // The slow line was stopped at its budget, not run to the end (minutes in a debug build).
        #expect(seconds < 60, "\(seconds) s")
    }

    @Test func budgetsApplyOnlyToBatchesAndMustBePositive() throws {
        let single = try TowerProcess.run(["group", "S4", "--line-timeout", "5"])
        #expect(single.status == 2)
        #expect(single.stderr.contains("--line-timeout and --line-memory apply to --batch"), "\(single)")
        let path = try TowerProcess.temporaryFile(named: "one.jsonl", contents: "{\"catalog\":\"S3\"}\n")
        for bad in [["--line-timeout", "0"], ["--line-timeout", "nan"], ["--line-memory", "0"], ["--line-memory", "-5"]] {
            let r = try TowerProcess.run(["group", "--batch", path] + bad)
            #expect(r.status == 2, "\(bad): \(r)")
            #expect(r.stdout.isEmpty, "\(bad)")
            #expect(r.stderr.contains(bad[0]), "\(bad): \(r.stderr)")
        }
    }

    @Test func lieBatchRunsUnderTheSameBudget() throws {
        // so(3) by its three generators, then a line whose algebra (gl(16) from its 256 matrix
        // units) is past a 1-second budget in a debug build, then a malformed line.
        var units: [[[Int]]] = []
        for i in 0..<16 {
            for j in 0..<16 {
                var m = Array(repeating: Array(repeating: 0, count: 16), count: 16)
                m[i][j] = 1
                units.append(m)
            }
        }
        let big = String(decoding: try JSONSerialization.data(withJSONObject: ["id": "gl16", "generators": units]), as: UTF8.self)
        let so3 = #"{"id": "so3", "generators": [[[0,-1,0],[1,0,0],[0,0,0]], [[0,0,-1],[0,0,0],[1,0,0]], [[0,0,0],[0,0,-1],[0,1,0]]]}"#
        let path = try TowerProcess.temporaryFile(named: "lie.jsonl", contents: [so3, big, "[1, 2]", so3].joined(separator: "\n") + "\n")
        let r = try TowerProcess.run(["lie", "--batch", path, "--line-timeout", "1"])
        #expect(r.status == 2, "\(r)")
        let rows = r.stdout.split(separator: "\n").compactMap { TowerProcess.jsonObject($0) }
        try #require(rows.count == 4, "\(r.stdout)")
        #expect(rows[0]["dimension"] as? Int == 3)
        #expect(rows[3]["dimension"] as? Int == 3)
        #expect(rows[1]["failure"] as? String == "timeout", "\(rows[1])")
        #expect((rows[1]["error"] as? String)?.hasPrefix("line 2: --line-timeout: stopped after 1 s") == true, "\(rows[1])")
        #expect(rows[1]["id"] as? String == "gl16")
        #expect(rows[2]["line"] as? Int == 3)
        #expect(rows[2]["failure"] == nil)
    }

    /// A worker that dies in the middle of a line (here killed from outside by SIGKILL, as the
    /// kernel's out-of-memory killer would; a trap would be SIGILL or SIGTRAP) gives that line a
    /// "crash" row naming the signal; a fresh worker runs the next line.
    @Test func aWorkerKilledMidLineGivesACrashRowAndTheBatchGoesOn() throws {
        let path = try TowerProcess.temporaryFile(named: "crash.jsonl", contents: [
            #"{"id": "S3", "catalog": "S3"}"#, Self.slowLine, #"{"id": "S4", "catalog": "S4"}"#,
        ].joined(separator: "\n") + "\n")
        let process = Process()
        process.executableURL = try TowerProcess.executable()
        process.arguments = ["group", "--batch", path, "--line-timeout", "120"]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = TowerProcess.Deadline(process, seconds: 300)
        defer { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
        // The first row is flushed before the second line starts: wait for it, then kill the worker.
        var first = Data()
        while !first.contains(UInt8(ascii: "\n")) {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            first += chunk
        }
        let worker = try #require(Self.child(of: process.processIdentifier, containing: "--batch-worker"))
        Thread.sleep(forTimeInterval: 0.5)
        #expect(kill(worker, SIGKILL) == 0)
        let rest = out.fileHandleForReading.readDataToEndOfFile()
        let errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        try deadline.finish("tower group --batch (worker killed mid-line)", stderr: Data(errors.utf8))
        #expect(process.terminationStatus == 2, "\(errors)")
        let rows = String(decoding: first + rest, as: UTF8.self).split(separator: "\n").compactMap { TowerProcess.jsonObject($0) }
        try #require(rows.count == 3, "\(rows)")
        #expect(rows[0]["order"] as? String == "6")
        #expect(rows[1]["failure"] as? String == "crash", "\(rows[1])")
        #expect((rows[1]["error"] as? String)?.hasPrefix("line 2: the worker process analysing this line was killed by signal 9 (Killed)") == true, "\(rows[1])")
        #expect(rows[2]["order"] as? String == "24")
        #expect(errors == "group --batch: 1 of 3 lines had errors (see their \"error\" fields); exit status 2 (--keep-going exits 0)\n")
    }

    /// A batch process that is killed takes its worker with it: the worker notices its parent is
    /// gone and exits instead of running its line on without a budget.
    @Test func aWorkerEndsWhenItsBatchProcessIsKilled() throws {
        let path = try TowerProcess.temporaryFile(named: "orphan.jsonl", contents: Self.slowLine + "\n")
        let process = Process()
        process.executableURL = try TowerProcess.executable()
        process.arguments = ["group", "--batch", path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let worker = try #require(Self.child(of: process.processIdentifier, containing: "--batch-worker"))
        #expect(kill(process.processIdentifier, SIGKILL) == 0)
        process.waitUntilExit()
        var running = true
        for _ in 0..<300 where running {
            // Gone, or a zombie ("Z") waiting for init to reap it: either way it no longer runs.
            let stat = (try? String(contentsOfFile: "/proc/\(worker)/stat", encoding: .utf8)) ?? ""
            running = stat.split(separator: ")").last.map { $0.hasPrefix(" R") || $0.hasPrefix(" S") || $0.hasPrefix(" D") } ?? false
            if running { Thread.sleep(forTimeInterval: 0.01) }
        }
        #expect(!running, "worker \(worker) still running 3 s after its batch process was killed")
        if running { kill(worker, SIGKILL) }
    }

    /// The pid of a child of `parent` whose command line contains `word` (Linux /proc), waiting up
    /// to 10 s for it to appear.
    static func child(of parent: Int32, containing word: String) -> Int32? {
        for _ in 0..<1000 {
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
            for entry in entries {
                guard let pid = Int32(entry),
                      let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
                      let close = stat.lastIndex(of: ")") else { continue }
                let fields = stat[stat.index(after: close)...].split(separator: " ")
                guard fields.count > 1, Int32(fields[1]) == parent,
                      let cmdline = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") else { continue }
                if String(decoding: cmdline, as: UTF8.self).contains(word) { return pid }
            }
            Thread.sleep(forTimeInterval: 0.01)
        }
        return nil
    }
}
