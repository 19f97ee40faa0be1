import Foundation
import Testing

/// Issue 13, item 5: a crosscheck sweep and a ground-truth table run as a Slurm job array on a real single-node Slurm
/// started on this machine by scripts/slurm-local.sh (Debian's slurm-wlm and munge, installed with
/// apt-get when missing), checked against a single-process run of the same plan.
///
/// Skips (with the reason) only when Slurm cannot be installed: no apt-get or not root, and CI is
/// not set. Under CI it must run.
@Suite("slurm", .serialized)
struct SlurmClusterTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let installable: Bool = {
        let has = { (tool: String) in ["/usr/bin/", "/usr/sbin/", "/bin/", "/sbin/"].contains { FileManager.default.isExecutableFile(atPath: $0 + tool) } }
        return (has("sbatch") && has("slurmctld") && has("munged") || has("apt-get")) && getuid() == 0
    }()
    static let runs = installable || ProcessInfo.processInfo.environment["CI"] != nil

    /// Runs `command` with bash, returning status and stdout (stderr goes to the test log). Stdout
    /// goes through a file, not a pipe: the daemons the command starts may inherit a descriptor of
    /// it, and a pipe would then never reach its end.
    static func shell(_ command: String, environment: [String: String] = [:]) throws -> (status: Int32, stdout: String) {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("tower-slurm-\(UUID().uuidString).out")
        FileManager.default.createFile(atPath: file.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: file) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/bash")
        p.arguments = ["-c", command]
        p.currentDirectoryURL = root
        p.environment = ProcessInfo.processInfo.environment.merging(environment) { _, n in n }
        p.standardOutput = try FileHandle(forWritingTo: file)
        p.standardInput = FileHandle.nullDevice
        try p.run()
        try TowerProcess.wait(p, timeout: 300, what: "bash -c \(command)")
        return (p.terminationStatus, try String(contentsOf: file, encoding: .utf8))
    }

    /// Waits until the job has left the queue (or `seconds` have passed).
    static func waitForJob(_ job: String, seconds: Double, environment env: [String: String]) throws {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            let queued = try shell("squeue -h -j \(job) -o %i", environment: env)
            if queued.status == 0 && queued.stdout.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return }
            usleep(300_000)
        }
    }

    @Test(.enabled(if: runs, "Slurm is not installed and cannot be (needs root and apt-get): install slurm-wlm and munge to run it"),
          .timeLimit(.minutes(10)))
    func aFourTaskArrayOnLocalSlurmEqualsOneProcess() throws {
        let base = try SweepCommandTests.freshDirectory()
        let cluster = base + "-slurm"
        let started = try Self.shell("bash scripts/slurm-local.sh start \(cluster)")
        defer { _ = try? Self.shell("bash scripts/slurm-local.sh stop \(cluster)") }
        if started.status == 77 && ProcessInfo.processInfo.environment["CI"] == nil { return }  // cannot install: said on stderr
        try #require(started.status == 0, "the local Slurm did not start (exit \(started.status)); logs in \(cluster)")
        let conf = try #require(started.stdout.split(separator: "\n").last { $0.hasPrefix("export SLURM_CONF=") })
        let env = ["SLURM_CONF": String(conf.dropFirst("export SLURM_CONF=".count)), "TOWER_THREADS": "1"]

        let args = ["--groups", "C2,S3,C4;C3"] + SweepCommandTests.tiny
        let single = base + "-single"
        #expect(try TowerProcess.run(["crosscheck"] + args + ["--out", single], environment: env).status == 0)
        let dir = base
        #expect(try TowerProcess.run(["crosscheck"] + args + ["--out", dir, "--plan-only"]).status == 0)
        let submitted = try TowerProcess.run(["crosscheck", "slurm", dir, "--array", "4", "--time", "00:05:00", "--submit"], environment: env)
        try #require(submitted.status == 0, "\(submitted.stderr)")
        let job = submitted.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(Int(job) != nil, "job id '\(job)'")
        try Self.waitForJob(job, seconds: 480, environment: env)
        let status = try TowerProcess.run(["crosscheck", "status", dir, "--json"], environment: env)
        #expect(status.json?["done"] as? Int == 8, "\(status.stdout)")
        #expect(status.json?["slurm_job"] as? String == job)
        #expect((status.json?["slurm_tasks_queued"] as? [String: Any])?.isEmpty == true, "\(status.stdout)")
        // One log per array task, each task ran its own shard.
        for task in 1...4 {
            let log = try String(contentsOfFile: "\(dir)/slurm/\(job)_\(task).out", encoding: .utf8)
            #expect(log.contains("shard \(task)/4: trained "), "\(log)")
        }
        let workers = Set(try SweepCommandTests.planIDs(dir).map { try SweepCommandTests.json("\(dir)/cells/\($0).json")["worker"] as! String })
        #expect(workers.count >= 2, "\(workers)")
        #expect(try SweepCommandTests.cells(dir) == SweepCommandTests.cells(single))
        let report = try TowerProcess.run(["crosscheck", "report", dir])
        #expect(report.status == 0 && !report.stdout.contains("PARTIAL"))

        // The same for a ground-truth table (tower table slurm): 3 array tasks, one shard each.
        let spec = ["--groups", "C2..C9; S3..S5; AGL(1,p) for p in 2..7", "--format", "md,json,tex"]
        let tableSingle = base + "-table-single", table = base + "-table"
        #expect(try TowerProcess.run(["table"] + spec + ["--out", tableSingle]).status == 0)
        #expect(try TowerProcess.run(["table"] + spec + ["--out", table, "--plan-only"]).status == 0)
        let tableJob = try TowerProcess.run(["table", "slurm", table, "--array", "3", "--time", "00:05:00", "--submit"], environment: env)
        try #require(tableJob.status == 0, "\(tableJob.stderr)")
        let id = tableJob.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        try Self.waitForJob(id, seconds: 240, environment: env)
        let tableStatus = try TowerProcess.run(["table", "status", table, "--json"], environment: env)
        #expect(tableStatus.json?["done"] as? Int == 16 && tableStatus.json?["slurm_job"] as? String == id, "\(tableStatus.stdout)")
        for task in 1...3 {
            let log = try String(contentsOfFile: "\(table)/slurm/\(id)_\(task).out", encoding: .utf8)
            #expect(log.contains("shard \(task)/3: computed "), "\(log)")
        }
        #expect(try TowerProcess.run(["table", "report", table]).status == 0)
        #expect(NSArray(array: try TableCommandTests.rows(table)) == NSArray(array: try TableCommandTests.rows(tableSingle)))
        #expect(try TableCommandTests.rows(table).count == 16)
        #expect(try String(contentsOfFile: table + "/table.tex", encoding: .utf8) == String(contentsOfFile: tableSingle + "/table.tex", encoding: .utf8))
    }
}
