import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Issue 13: a cross-check is a sweep directory (plan.json, cells/<id>.json, locks/), resumable,
/// shardable, with a lease per cell; these run the real binary on tiny budgets.
@Suite("crosscheck sweeps")
struct SweepCommandTests {
    static let tiny = ["--models", "dcd", "--layers", "1-2", "--seeds", "1", "--steps", "30", "--train-length", "8",
                       "--eval-lengths", "8,16", "--eval-sequences", "4", "--width", "8", "--state", "4", "--batch", "4"]
    static let env = ["TOWER_THREADS": "1"]

    static func freshDirectory() throws -> String {
        let dir = (try TowerProcess.temporaryFile(named: "x", contents: "") as NSString).deletingLastPathComponent
        try FileManager.default.removeItem(atPath: dir + "/x")
        return dir + "/sweep"
    }

    static func json(_ path: String) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as! [String: Any]
    }

    /// The cells of a sweep directory with everything that depends on time or on the worker
    /// removed (run wall times), keyed by id: what must be equal between two runs of one plan.
    static func cells(_ dir: String) throws -> [String: NSDictionary] {
        var out: [String: NSDictionary] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: dir + "/cells") where name.hasSuffix(".json") && !name.hasPrefix(".") {
            var cell = try json(dir + "/cells/" + name)["cell"] as! [String: Any]
            cell["runs"] = (cell["runs"] as! [[String: Any]]).map { run in run.filter { $0.key != "wall_seconds" } }
            out[String(name.dropLast(5))] = cell as NSDictionary
        }
        return out
    }

    static func planIDs(_ dir: String) throws -> [String] {
        try (json(dir + "/plan.json")["cells"] as! [[String: Any]]).map { $0["id"] as! String }
    }

    /// Ids of the cells a worker started training, from its stderr.
    static func trained(_ stderr: String) -> [String] {
        stderr.split(separator: "\n").compactMap { line in
            guard let r = line.range(of: "cell "), line.contains(": training (") else { return nil }
            return String(line[r.upperBound...].prefix { $0 != ":" })
        }
    }

    static func start(_ arguments: [String], stderr: URL) throws -> Process {
        let p = Process()
        p.executableURL = try TowerProcess.executable()
        p.arguments = arguments
        p.environment = ProcessInfo.processInfo.environment.merging(env) { _, n in n }
        FileManager.default.createFile(atPath: stderr.path, contents: nil)
        p.standardError = try FileHandle(forWritingTo: stderr)
        p.standardOutput = FileHandle.nullDevice
        p.standardInput = FileHandle.nullDevice
        try p.run()
        return p
    }

    @Test func aBadGroupNameStopsEverythingBeforeTheDirectoryIsMade() throws {
        let dir = try Self.freshDirectory()
        let r = try TowerProcess.run(["crosscheck", "--groups", "C2,S3x"] + Self.tiny + ["--out", dir], environment: Self.env)
        #expect(r.status == 2)
        #expect(r.errorLines.count == 1, "\(r.stderr)")
        #expect(r.stderr.hasPrefix("error: --groups: 'S3x' is not a catalog group ("), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir))
    }

    @Test func groupNamesWithCommasAreSplitOutsideParenthesesOrOnSemicolons() throws {
        for spec in ["PSL(2,7),C3", "PSL(2,7);C3", " PSL(2,7) ; C3 "] {
            let dir = try Self.freshDirectory()
            let r = try TowerProcess.run(["crosscheck", "--groups", spec] + Self.tiny + ["--out", dir, "--plan-only", "--json"], environment: Self.env)
            #expect(r.status == 0, "\(r.stderr)")
            let plan = try Self.json(dir + "/plan.json")
            #expect((plan["groups"] as! [[String: Any]]).map { $0["group"] as! String } == ["PSL(2,7)", "C3"])
            #expect(try Self.planIDs(dir) == ["0000-PSL_2_7_-dcd-x1", "0001-PSL_2_7_-dcd-x2", "0002-C3-dcd-x1", "0003-C3-dcd-x2"])
            #expect(r.lastLineJSON?["cells"] as? Int == 4)
            #expect((plan["command"] as! String).contains("--plan-only"))
            #expect(plan["tower_version"] is String)
            #expect(!FileManager.default.fileExists(atPath: dir + "/crosscheck.json"))  // nothing trained
        }
    }

    @Test func splitSeedsGivesOneCellPerSeedAndTheReportOneRowPerExperiment() throws {
        let dir = try Self.freshDirectory()
        let tiny2 = Self.tiny.map { $0 == "1" ? "2" : $0 }  // --seeds 2
        let plan = try TowerProcess.run(["crosscheck", "--groups", "C3"] + tiny2 + ["--split-seeds", "--out", dir, "--plan-only"], environment: Self.env)
        #expect(plan.status == 0, "\(plan.stderr)")
        #expect(try Self.planIDs(dir) == ["0000-C3-dcd-x1-s1", "0001-C3-dcd-x1-s2", "0002-C3-dcd-x2-s1", "0003-C3-dcd-x2-s2"])
        #expect(try Self.json(dir + "/plan.json")["format"] as? Int == 2)
        for shard in ["1/2", "2/2"] {
            let r = try TowerProcess.run(["crosscheck", "run", dir, "--shard", shard], environment: Self.env)
            #expect(r.status == 0, "\(r.stderr)")
            #expect(Self.trained(r.stderr).count == 2, "\(r.stderr)")
        }
        #expect(try TowerProcess.run(["crosscheck", "report", dir], environment: Self.env).status == 0)
        let cells = try Self.json(dir + "/crosscheck.json")["cells"] as! [[String: Any]]
        #expect(cells.map { $0["depth"] as! Int } == [1, 2])
        #expect(cells.map { ($0["runs"] as! [[String: Any]]).map { $0["seed"] as! Int } } == [[1, 2], [1, 2]])
        let bad = try TowerProcess.run(["crosscheck", "--task", "rotations", "--split-seeds", "--out", dir + "2"], environment: Self.env)
        #expect(bad.status != 0 && bad.stderr.contains("--split-seeds"), "\(bad.stderr)")
    }

    @Test func aDifferentSweepInTheSameDirectoryIsRefused() throws {
        let dir = try Self.freshDirectory()
        #expect(try TowerProcess.run(["crosscheck", "--groups", "C2"] + Self.tiny + ["--out", dir, "--plan-only"]).status == 0)
        let r = try TowerProcess.run(["crosscheck", "--groups", "C3"] + Self.tiny + ["--out", dir, "--plan-only"])
        #expect(r.status == 2)
        #expect(r.errorLines.count == 1 && r.stderr.hasPrefix("error: --out: \(dir) holds a different sweep ("), "\(r.stderr)")
        let again = try TowerProcess.run(["crosscheck", "--groups", "C3"] + Self.tiny + ["--out", dir, "--plan-only", "--overwrite"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try Self.planIDs(dir) == ["0000-C3-dcd-x1", "0001-C3-dcd-x2"])
    }

    @Test func rerunningResumesSkippingDoneCellsAndRedoingDamagedOnes() throws {
        let dir = try Self.freshDirectory()
        let command = ["crosscheck", "--groups", "C2,S3"] + Self.tiny + ["--out", dir, "--json"]
        let first = try TowerProcess.run(command, environment: Self.env)
        #expect(first.status == 0, "\(first.stderr)")
        let ids = try Self.planIDs(dir)
        #expect(Self.trained(first.stderr) == ids)
        #expect(first.lastLineJSON?["cells"] as? Int == 4)
        let before = try Self.cells(dir)
        let untouched = try Data(contentsOf: URL(fileURLWithPath: dir + "/cells/\(ids[0]).json"))
        // A truncated file (a crash inside a non-atomic writer would leave one), and a missing one.
        let truncated = dir + "/cells/\(ids[1]).json"
        let data = try Data(contentsOf: URL(fileURLWithPath: truncated))
        try data.prefix(data.count / 2).write(to: URL(fileURLWithPath: truncated))
        try FileManager.default.removeItem(atPath: dir + "/cells/\(ids[3]).json")
        let status = try TowerProcess.run(["crosscheck", "status", dir, "--json"])
        #expect(status.json?["done"] as? Int == 2 && status.json?["left"] as? Int == 2, "\(status.stdout)")

        let second = try TowerProcess.run(command, environment: Self.env)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stderr.contains("resuming the sweep in \(dir): 2 of 4 cells done"), "\(second.stderr)")
        #expect(second.stderr.contains("cells/\(ids[1]).json is damaged (not a complete cell file"), "\(second.stderr)")
        #expect(Self.trained(second.stderr) == [ids[1], ids[3]])
        #expect(try Data(contentsOf: URL(fileURLWithPath: dir + "/cells/\(ids[0]).json")) == untouched)
        #expect(try Self.cells(dir) == before)
        let report = try Self.json(dir + "/crosscheck.json")
        #expect((report["cells"] as! [Any]).count == 4 && report["partial"] == nil)
    }

    @Test func shardsRunSeparatelyGiveTheSameResultsAsOneProcess() throws {
        let whole = try Self.freshDirectory()
        let groups = ["--groups", "C2,S3,C4"]
        #expect(try TowerProcess.run(["crosscheck"] + groups + Self.tiny + ["--out", whole], environment: Self.env).status == 0)

        let dir = try Self.freshDirectory()
        #expect(try TowerProcess.run(["crosscheck"] + groups + Self.tiny + ["--out", dir, "--plan-only"]).status == 0)
        let left = try TowerProcess.run(["crosscheck", "status", dir, "--json"])
        #expect(left.json?["left"] as? Int == 6 && left.json?["done"] as? Int == 0)
        let one = try TowerProcess.run(["crosscheck", "run", dir, "--shard", "1/2", "--json"], environment: Self.env)
        #expect(one.status == 0, "\(one.stderr)")
        let firstShard = Self.trained(one.stderr)
        #expect(!firstShard.isEmpty && firstShard.count < 6)
        let partial = try TowerProcess.run(["crosscheck", "report", dir, "--json"])
        #expect(partial.status == 0)
        #expect(partial.stdout.contains("PARTIAL sweep: \(firstShard.count) of 6 cells done"))
        #expect((partial.lastLineJSON?["partial"] as? [String: Any])?["done"] as? Int == firstShard.count)
        let two = try TowerProcess.run(["crosscheck", "run", dir, "--shard", "2/2"], environment: Self.env)
        #expect(two.status == 0, "\(two.stderr)")
        #expect(Set(firstShard + Self.trained(two.stderr)) == Set(try Self.planIDs(dir)))
        #expect(firstShard.count + Self.trained(two.stderr).count == 6)
        let full = try TowerProcess.run(["crosscheck", "report", dir])
        #expect(full.status == 0 && !full.stdout.contains("PARTIAL"))
        #expect(try Self.cells(dir) == Self.cells(whole))
        // Every shard computes the same split: running shard 1 again trains nothing.
        #expect(Self.trained(try TowerProcess.run(["crosscheck", "run", dir, "--shard", "1/2"]).stderr).isEmpty)
    }

    @Test func twoWorkersOnOneShardNeverBothTrainACell() throws {
        let dir = try Self.freshDirectory()
        let args = ["--groups", "C2,S3,C4,C3", "--steps", "1500"] + Self.tiny.filter { $0 != "30" && $0 != "--steps" }
        #expect(try TowerProcess.run(["crosscheck"] + args + ["--out", dir, "--plan-only"]).status == 0)
        let logs = (0..<2).map { URL(fileURLWithPath: dir + "/worker\($0).log") }
        let workers = try logs.map { try Self.start(["crosscheck", "run", dir], stderr: $0) }
        for w in workers { try TowerProcess.wait(w, what: "crosscheck run (one of two workers)") }
        for w in workers { #expect([0, 3].contains(w.terminationStatus)) }
        let perWorker = try logs.map { Self.trained(try String(contentsOf: $0, encoding: .utf8)) }
        let trained = perWorker.flatMap { $0 }
        // Both really ran at once (each cell takes a good part of a second; they start together).
        #expect(perWorker.allSatisfy { !$0.isEmpty }, "\(perWorker)")
        #expect(trained.count == 8, "\(trained)")
        #expect(Set(trained).count == 8)
        #expect(try Self.cells(dir).count == 8)
        let pids = Set(workers.map { ":\($0.processIdentifier)" })
        for id in try Self.planIDs(dir) {
            let worker = try Self.json(dir + "/cells/\(id).json")["worker"] as! String
            #expect(pids.contains { worker.hasSuffix($0) }, "\(id): \(worker)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir + "/locks").isEmpty)
    }

    @Test func aWorkerKilledMidCellLosesNothingAndTheRerunTakesItsLeaseOver() throws {
        let args = ["--groups", "C2,C3", "--steps", "4000"] + Self.tiny.filter { $0 != "30" && $0 != "--steps" }
        let reference = try Self.freshDirectory()
        #expect(try TowerProcess.run(["crosscheck"] + args + ["--out", reference], environment: Self.env).status == 0)
        let dir = try Self.freshDirectory()
        #expect(try TowerProcess.run(["crosscheck"] + args + ["--out", dir, "--plan-only"]).status == 0)
        let ids = try Self.planIDs(dir)
        let worker = try Self.start(["crosscheck", "run", dir], stderr: URL(fileURLWithPath: dir + "/killed.log"))
        // Wait until it is inside its second cell (the first one finished, the second leased).
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline && !(FileManager.default.fileExists(atPath: dir + "/cells/\(ids[0]).json")
                                     && FileManager.default.fileExists(atPath: dir + "/locks/\(ids[1]).lock")) {
            usleep(20_000)
        }
        usleep(200_000)
        kill(worker.processIdentifier, SIGKILL)
        worker.waitUntilExit()
        #expect(worker.terminationReason == .uncaughtSignal)
        #expect(FileManager.default.fileExists(atPath: dir + "/locks/\(ids[1]).lock"))
        #expect(!FileManager.default.fileExists(atPath: dir + "/cells/\(ids[1]).json"))
        let status = try TowerProcess.run(["crosscheck", "status", dir])
        #expect(status.stdout.contains("\(ids[1]): left (stale lease: its worker (pid \(worker.processIdentifier)"), "\(status.stdout)")

        // What a worker killed inside FileAccess.writeAtomically leaves: an old temporary (removed)
        // and, for a write that may still be running elsewhere, a fresh one (left alone).
        let abandoned = dir + "/cells/.\(ids[1]).json.tmp-99999-0", fresh = dir + "/cells/.\(ids[1]).json.tmp-99998-0"
        try "{\"format\": 1, \"spec\"".write(toFile: abandoned, atomically: false, encoding: .utf8)
        try "{".write(toFile: fresh, atomically: false, encoding: .utf8)
        var old = [timeval(tv_sec: time(nil) - 3600, tv_usec: 0), timeval(tv_sec: time(nil) - 3600, tv_usec: 0)]
        #expect(utimes(abandoned, &old) == 0)
        let resumed = try TowerProcess.run(["crosscheck", "run", dir], environment: Self.env)
        #expect(resumed.stderr.contains("removed 1 temporary file of interrupted cell writes"), "\(resumed.stderr)")
        #expect(!FileManager.default.fileExists(atPath: abandoned) && FileManager.default.fileExists(atPath: fresh))
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stderr.contains("taking over the lease of \(ids[1]): its worker (pid \(worker.processIdentifier)"), "\(resumed.stderr)")
        #expect(!Self.trained(resumed.stderr).contains(ids[0]))
        #expect(try Self.cells(dir) == Self.cells(reference))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir + "/locks").isEmpty)
    }

    @Test func aLiveLeaseIsLeftAloneAndAnExpiredOneIsTakenOver() throws {
        let dir = try Self.freshDirectory()
        #expect(try TowerProcess.run(["crosscheck", "--groups", "C2"] + Self.tiny + ["--out", dir, "--plan-only"]).status == 0)
        let ids = try Self.planIDs(dir)
        var name = [CChar](repeating: 0, count: 256)
        gethostname(&name, name.count)
        let lock = dir + "/locks/\(ids[0]).lock"
        // This test process is alive: its lease holds.
        try "\(String(cString: name)) \(getpid()) 0 test\n".write(toFile: lock, atomically: false, encoding: .utf8)
        let held = try TowerProcess.run(["crosscheck", "run", dir, "--json"], environment: Self.env)
        #expect(held.status == 3, "\(held.stderr)")
        #expect(Self.trained(held.stderr) == [ids[1]])
        #expect(held.lastLineJSON?["held_by_others"] as? [String] == [ids[0]])
        #expect(try TowerProcess.run(["crosscheck", "status", dir]).stdout.contains("\(ids[0]): running (\(String(cString: name)) pid \(getpid()), renewed "))
        // Not renewed for an hour: stale under a 60 s lease.
        var old = [timeval(tv_sec: time(nil) - 3600, tv_usec: 0), timeval(tv_sec: time(nil) - 3600, tv_usec: 0)]
        #expect(utimes(lock, &old) == 0)
        let taken = try TowerProcess.run(["crosscheck", "run", dir, "--lease", "60"], environment: Self.env)
        #expect(taken.status == 0, "\(taken.stderr)")
        #expect(taken.stderr.contains("taking over the lease of \(ids[0]): not renewed for 3600 s (lease 60 s)") ||
                taken.stderr.contains("taking over the lease of \(ids[0]): not renewed for 3601 s (lease 60 s)"), "\(taken.stderr)")
        #expect(Self.trained(taken.stderr) == [ids[0]])
        // An empty lease (what a worker killed between creating and writing it left, before
        // leases were linked into place already written) names no worker: taken over, not held
        // for the whole lease time (a killed table lost its row on resume that way).
        let again = try Self.freshDirectory()
        #expect(try TowerProcess.run(["crosscheck", "--groups", "C2"] + Self.tiny + ["--out", again, "--plan-only"]).status == 0)
        let emptyLock = again + "/locks/\(ids[0]).lock"
        try "".write(toFile: emptyLock, atomically: false, encoding: .utf8)
        var recent = [timeval(tv_sec: time(nil) - 10, tv_usec: 0), timeval(tv_sec: time(nil) - 10, tv_usec: 0)]
        #expect(utimes(emptyLock, &recent) == 0)
        // The draft of a worker killed while taking a lease, an hour old: removed.
        let draft = again + "/locks/\(ids[1]).lock.new-99999-0"
        try "host 99999 0 token\n".write(toFile: draft, atomically: false, encoding: .utf8)
        var hourOld = [timeval(tv_sec: time(nil) - 3600, tv_usec: 0), timeval(tv_sec: time(nil) - 3600, tv_usec: 0)]
        #expect(utimes(draft, &hourOld) == 0)
        let empty = try TowerProcess.run(["crosscheck", "run", again], environment: Self.env)
        #expect(empty.status == 0, "\(empty.stderr)")
        #expect(empty.stderr.contains("taking over the lease of \(ids[0]): it is empty"), "\(empty.stderr)")
        #expect(empty.stderr.contains("removed 1 temporary file of interrupted cell writes or lease takes"), "\(empty.stderr)")
        #expect(Set(Self.trained(empty.stderr)) == Set(ids))
        #expect(try FileManager.default.contentsOfDirectory(atPath: again + "/locks").isEmpty)
    }

    @Test func aRotationsSectionMergedIntoASweepSurvivesItsReport() throws {
        let dir = try Self.freshDirectory()
        #expect(try TowerProcess.run(["crosscheck", "--groups", "C2"] + Self.tiny + ["--out", dir], environment: Self.env).status == 0)
        let rotations = try TowerProcess.run(["crosscheck", "--task", "rotations", "--layers", "1", "--seeds", "1", "--steps", "3",
                                              "--train-length", "8", "--eval-lengths", "8", "--eval-sequences", "2", "--width", "8",
                                              "--state", "4", "--batch", "2", "--out", dir], environment: Self.env)
        #expect(rotations.status == 0, "\(rotations.stderr)")
        #expect(try Self.json(dir + "/crosscheck.json")["rotations"] != nil)
        let report = try TowerProcess.run(["crosscheck", "report", dir])
        #expect(report.status == 0)
        let json = try Self.json(dir + "/crosscheck.json")
        #expect(json["rotations"] != nil && (json["cells"] as! [Any]).count == 2)
        #expect(FileManager.default.fileExists(atPath: dir + "/rotations.svg"))
    }

    @Test func aDepthErrorSectionMergedIntoASweepSurvivesItsReport() throws {
        let dir = try Self.freshDirectory()
        #expect(try TowerProcess.run(["crosscheck", "--groups", "C2"] + Self.tiny + ["--out", dir], environment: Self.env).status == 0)
        let run = try TowerProcess.run(["crosscheck", "--task", "rotations", "--angle-scales", "0.4,0.2,0.1", "--layers", "1", "--seeds", "1",
                                        "--steps", "3", "--train-length", "4", "--eval-sequences", "2", "--width", "8",
                                        "--state", "4", "--batch", "2", "--out", dir], environment: Self.env)
        #expect(run.status == 0, "\(run.stderr)")
        let report = try TowerProcess.run(["crosscheck", "report", dir])
        #expect(report.status == 0)
        let json = try Self.json(dir + "/crosscheck.json")
        #expect((json["cells"] as! [Any]).count == 2)
        let points = (json["depth_error"] as? [String: Any])?["points"] as? [[String: Any]]
        #expect(points?.count == 3)
        let exponents = json["exponents"] as? [[String: Any]]
        #expect(exponents?.count == 1 && exponents?[0]["predicted_algebra"] as? Int == 2)
        for file in ["depth-error.svg", "depth-error.csv"] { #expect(FileManager.default.fileExists(atPath: dir + "/" + file), "\(file)") }
    }

    @Test func commandsOnADirectoryThatIsNotASweepSayWhy() throws {
        let dir = try Self.freshDirectory()
        for sub in ["run", "status", "report"] {
            let r = try TowerProcess.run(["crosscheck", sub, dir])
            #expect(r.status == 2 && r.errorLines.count == 1)
            #expect(r.stderr.hasPrefix("error: \(dir) is not a sweep directory: no such directory"), "\(r.stderr)")
        }
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try "{\"format\": 1".write(toFile: dir + "/plan.json", atomically: true, encoding: .utf8)
        let r = try TowerProcess.run(["crosscheck", "status", dir])
        #expect(r.status == 2 && r.errorLines.count == 1 && r.stderr.hasPrefix("error: \(dir)/plan.json is not a sweep plan ("), "\(r.stderr)")
    }

    @Test func theSlurmScriptRunsOneShardPerArrayTask() throws {
        let dir = try Self.freshDirectory()
        #expect(try TowerProcess.run(["crosscheck", "--groups", "C2,S3"] + Self.tiny + ["--out", dir, "--plan-only"]).status == 0)
        let r = try TowerProcess.run(["crosscheck", "slurm", dir, "--array", "3", "--partition", "debug", "--time", "00:10:00", "--json"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("sbatch \(dir)/slurm.sh\n"))
        let script = try String(contentsOfFile: dir + "/slurm.sh", encoding: .utf8)
        for line in ["#SBATCH --array=1-3", "#SBATCH --partition=debug", "#SBATCH --time=00:10:00", "#SBATCH --cpus-per-task=1",
                     "#SBATCH --output=\(dir)/slurm/%A_%a.out", "crosscheck run \(dir) --shard \"${SLURM_ARRAY_TASK_ID}/3\""] {
            #expect(script.contains(line), "\(line)\n\(script)")
        }
        // Each array task as Slurm would start it: the three together finish the plan.
        for task in 1...3 {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/bin/bash")
            p.arguments = [dir + "/slurm.sh"]
            p.environment = ProcessInfo.processInfo.environment.merging(["SLURM_ARRAY_TASK_ID": "\(task)"]) { _, n in n }
            p.standardError = FileHandle.nullDevice
            try p.run()
            try TowerProcess.wait(p, what: "slurm.sh task \(task)")
            #expect(p.terminationStatus == 0)
        }
        #expect(try TowerProcess.run(["crosscheck", "status", dir, "--json"]).json?["done"] as? Int == 4)
        let bad = try TowerProcess.run(["crosscheck", "slurm", dir, "--array", "2", "--time", "1 hour"])
        #expect(bad.status == 2 && bad.stderr.contains("--time: '1 hour' is not a Slurm value"))
    }
}
