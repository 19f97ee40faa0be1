import CrossCheck
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A sweep directory (`tower crosscheck --out DIR`): `plan.json` (every cell, the command, the
/// version), `cells/<id>.json` (one finished cell each, written atomically), `locks/<id>.lock`
/// (the lease of the worker training the cell) and the report files rendered from them.
struct SweepDirectory {
    static let planName = "plan.json"
    let path: String

    var planPath: String { path + "/" + Self.planName }
    var cellsPath: String { path + "/cells" }
    var locksPath: String { path + "/locks" }
    func cellPath(_ id: String) -> String { cellsPath + "/" + id + ".json" }
    func lockPath(_ id: String) -> String { locksPath + "/" + id + ".lock" }

    /// True when `path` is a directory holding a plan.
    static func holdsPlan(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path + "/" + planName) }

    /// Opens an existing sweep directory (`tower crosscheck|table run/status/report/slurm DIR`);
    /// a missing directory or plan, or a plan that does not decode as `Plan`, is one `InputFailure` line.
    static func open<Plan: SweepPlanning>(_ path: String, as: Plan.Type = SweepPlan.self) throws -> (SweepDirectory, Plan) {
        let make = "make one with tower \(Plan.subcommand) ... --out \(path)"
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else {
            throw InputFailure("\(path) is not a \(Plan.noun) directory: \(FileManager.default.fileExists(atPath: path) ? "it is a file" : "no such directory")"
                               + " (\(make) [--plan-only])")
        }
        guard holdsPlan(path) else {
            throw InputFailure("\(path) is not a \(Plan.noun) directory: it holds no \(planName) (\(make) --plan-only)")
        }
        let directory = SweepDirectory(path: path)
        return (directory, try directory.readPlan(Plan.self))
    }

    func readPlan<Plan: SweepPlanning>(_ type: Plan.Type = SweepPlan.self) throws -> Plan {
        let data = try FileAccess.read(planPath)
        let plan: Plan
        do { plan = try ReportTables.decode(Plan.self, fromJSON: data) } catch {
            throw InputFailure("\(planPath) is not a \(Plan.noun) plan (\(Self.shortReason(error)))")
        }
        guard (1...Plan.currentFormat).contains(plan.format) else {
            throw InputFailure("\(planPath) has plan format \(plan.format); this tower reads formats 1 to \(Plan.currentFormat)")
        }
        return plan
    }

    /// Makes `cells/` and `locks/` and writes the plan atomically.
    func create(with plan: some SweepPlanning) throws {
        try FileAccess.reportingWriteErrors(to: path, what: "--out") {
            for dir in [path, cellsPath, locksPath] { try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true) }
        }
        try FileAccess.writeAtomically(try ReportTables.json(encoding: plan) + "\n", to: planPath, what: "--out")
    }

    /// Makes the directory of `plan` and writes plan.json, or resumes when it already holds the
    /// same plan (`sameSweep`); a different plan there is replaced only with `overwrite`.
    /// `check` vets a directory without a plan (empty, creatable, or holding an earlier report).
    func prepare<Plan: SweepPlanning>(_ plan: Plan, overwrite: Bool, check: () throws -> Void) throws {
        guard Self.holdsPlan(path) else {
            try check()
            return try create(with: plan)
        }
        let earlier = try readPlan(Plan.self)
        if earlier.sameSweep(as: plan) {
            printError("resuming the \(Plan.noun) in \(path): \(finished(earlier).count) of \(earlier.cells.count) cells done")
        } else if overwrite {
            try removeSweep()
            try create(with: plan)
        } else {
            throw InputFailure("--out: \(path) holds a different \(Plan.noun) (\(earlier.command)); give --overwrite to replace it, "
                               + "a new directory, or tower \(Plan.subcommand) run \(path) to continue that one")
        }
    }

    /// Removes what a sweep wrote (plan, cells, locks, certificates); other files are left alone.
    func removeSweep() throws {
        try FileAccess.reportingWriteErrors(to: path, what: "--out") {
            for p in [cellsPath, locksPath, planPath, path + "/certificates"] where FileManager.default.fileExists(atPath: p) {
                try FileManager.default.removeItem(atPath: p)
            }
        }
    }

    /// What `cells/<id>.json` says about a planned cell.
    enum CellState<File> {
        case done(File)
        case missing
        /// The file exists but is truncated, not JSON, or for another spec: the cell is redone.
        case damaged(String)
    }

    func state<Spec: SweepCellSpec>(of spec: Spec) -> CellState<Spec.File> {
        let path = cellPath(spec.id)
        guard FileManager.default.fileExists(atPath: path) else { return .missing }
        guard let data = try? FileAccess.read(path) else { return .damaged("unreadable") }
        let file: Spec.File
        do { file = try ReportTables.decode(Spec.File.self, fromJSON: data) } catch {
            return .damaged(data.isEmpty ? "empty" : "not a complete cell file: \(Self.shortReason(error))")
        }
        guard file.spec == spec else { return .damaged("written for another plan (its spec differs)") }
        return .done(file)
    }

    /// The finished cells of the plan, keyed by id.
    func finished<Plan: SweepPlanning>(_ plan: Plan) -> [String: Plan.Spec.File] {
        var done: [String: Plan.Spec.File] = [:]
        for spec in plan.cells { if case .done(let f) = state(of: spec) { done[spec.id] = f } }
        return done
    }

    /// Removes the temporary files of cell writes that were interrupted (a worker killed between
    /// creating `.<id>.json.tmp-<pid>-<n>` and renaming it) and the lease drafts of workers killed
    /// while taking a lease (`locks/<id>.lock.new-<pid>-<n>`, `SweepLease.acquire`) that are older
    /// than `seconds`, so a write still in progress on another machine is never touched. Returns
    /// how many it removed.
    @discardableResult
    func removeAbandonedTemporaries(olderThan seconds: Double) -> Int {
        var removed = 0
        for (dir, isTemporary) in [(cellsPath, { (n: String) in n.hasPrefix(".") && n.contains(".json.tmp-") }),
                                   (locksPath, { (n: String) in n.contains(".lock.new-") })] {
            for name in (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? [] where isTemporary(name) {
                let p = dir + "/" + name
                guard let modified = (try? FileManager.default.attributesOfItem(atPath: p))?[.modificationDate] as? Date,
                      Date().timeIntervalSince(modified) > seconds else { continue }
                if unlink(p) == 0 { removed += 1 }
            }
        }
        return removed
    }

    func write(_ file: some SweepCellRecord) throws {
        try FileAccess.writeAtomically(try ReportTables.json(encoding: file) + "\n", to: cellPath(file.spec.id))
    }

    /// The report of the plan from its finished cells (partial when some are missing), keeping
    /// the rotations, depth-error and max-length sections that `--task rotations --out DIR` merged into DIR/crosscheck.json.
    func results(_ plan: SweepPlan) -> CrossCheckResults {
        let done = finished(plan)
        var results = plan.results(finished: done.mapValues(\.cell), wallSeconds: done.values.map(\.seconds).reduce(0, +))
        let earlier = path + "/" + ReportDirectory.marker
        if FileManager.default.fileExists(atPath: earlier), let data = try? FileAccess.read(earlier),
           let report = try? ReportTables.results(fromJSON: data) {
            results.rotations = report.rotations
            results.depthError = report.depthError
            results.exponents = report.exponents
            results.maxLength = report.maxLength
            results.maxLengthRun = report.maxLengthRun
        }
        return results
    }

    /// The first line of a decoding error, without Swift's type dump.
    static func shortReason(_ error: Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let c): return c.underlyingError.map { "\($0.localizedDescription)" } ?? c.debugDescription
        case DecodingError.keyNotFound(let key, _): return "missing field \(key.stringValue)"
        case DecodingError.typeMismatch(_, let c), DecodingError.valueNotFound(_, let c):
            return "bad field \(c.codingPath.map(\.stringValue).joined(separator: "."))"
        default: return "\(error)"
        }
    }
}

/// The lease of one worker on one cell: `locks/<id>.lock`, linked into place from a file already
/// holding its token (link fails when the lease exists, so only
/// one worker gets it), holding "host pid time token". The worker renews it (touches the file)
/// while it trains; a lease is stale when its worker is gone (same host, pid no longer alive) or
/// it was not renewed for `leaseSeconds`, and a stale lease is taken over. Before its result is
/// renamed into `cells/`, the worker checks that the lease is still its own.
final class SweepLease {
    let path: String
    let token: String
    private var lastRenew = Date()

    enum Outcome {
        case acquired(SweepLease)
        /// Held by a live worker: its "host pid time" line.
        case held(String)
    }

    struct Owner {
        let host: String
        let pid: Int32
        let line: String
        /// Seconds since the lease was last renewed.
        let age: Double
    }

    static var host: String {
        var buffer = [CChar](repeating: 0, count: 256)
        return gethostname(&buffer, buffer.count) == 0 ? String(cString: buffer) : "unknown-host"
    }

    static var worker: String { "\(host):\(getpid())" }

    private init(path: String, token: String) { self.path = path; self.token = token }

    /// The owner of the lease at `path`, nil when there is none.
    static func owner(at path: String) -> Owner? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        let line = (try? String(contentsOfFile: path, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        let parts = line.split(separator: " ")
        #if canImport(Darwin)
        let modified = Double(info.st_mtimespec.tv_sec)
        #else
        let modified = Double(info.st_mtim.tv_sec)
        #endif
        return Owner(host: parts.count > 0 ? String(parts[0]) : "", pid: parts.count > 1 ? Int32(parts[1]) ?? 0 : 0,
                     line: line, age: Date().timeIntervalSince1970 - modified)
    }

    /// Why the lease is stale, nil when its worker may still be running.
    static func staleReason(_ owner: Owner, leaseSeconds: Double) -> String? {
        // An empty lease (a worker of an earlier build killed between creating and writing it)
        // names no worker that could still be running.
        if owner.line.isEmpty && owner.age > 2 { return "it is empty (its worker stopped while taking it)" }
        if owner.host == host, owner.pid > 0, kill(owner.pid, 0) != 0, errno == ESRCH {
            return "its worker (pid \(owner.pid) on \(owner.host)) is gone"
        }
        if owner.age > leaseSeconds { return "not renewed for \(Int(owner.age)) s (lease \(Int(leaseSeconds)) s)" }
        return nil
    }

    /// Takes the lease of the cell at `path`, taking over a stale one.
    static func acquire(_ path: String, leaseSeconds: Double, onReclaim: (String) -> Void) throws -> Outcome {
        let token = "\(host) \(getpid()) \(Int(Date().timeIntervalSince1970)) \(DispatchTime.now().uptimeNanoseconds)"
        // The token is written to a file of this worker's own first and then linked into place
        // (link(2) fails when the lease exists, as O_EXCL would): a worker killed while taking a
        // lease never leaves an empty one, which no other worker could tell from a live one.
        let draft = path + ".new-\(getpid())-\(DispatchTime.now().uptimeNanoseconds)"
        let drafted = FileAccess.createDurably(Data((token + "\n").utf8), at: draft)
        guard drafted == 0 else { throw InputFailure("cannot write the lease \(path): \(FileAccess.reason(drafted))") }
        defer { unlink(draft) }
        for _ in 0..<3 {
            if link(draft, path) == 0 { return .acquired(SweepLease(path: path, token: token)) }
            guard errno == EEXIST else { throw InputFailure("cannot create the lease \(path): \(FileAccess.reason(errno))") }
            guard let owner = owner(at: path) else { continue }  // released meanwhile: try again
            guard let reason = staleReason(owner, leaseSeconds: leaseSeconds) else { return .held(owner.line) }
            // Take the stale lease out of the way by an atomic rename, then check that what was
            // moved is the stale lease judged above (not a fresh one another worker made meanwhile).
            let aside = path + ".stale-\(getpid())"
            guard rename(path, aside) == 0 else { continue }
            let moved = (try? String(contentsOfFile: aside, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            if moved != owner.line { _ = link(aside, path) } else { onReclaim(reason) }
            unlink(aside)
        }
        if let owner = owner(at: path) { return .held(owner.line) }
        throw InputFailure("cannot take the lease \(path): it keeps changing hands")
    }

    /// Touches the lease file (at most every 5 s) so other workers see this one is alive.
    func renew() {
        let now = Date()
        guard now.timeIntervalSince(lastRenew) >= 5 else { return }
        lastRenew = now
        _ = utimes(path, nil)
    }

    /// True while the lease file still holds this worker's token.
    var isOwn: Bool {
        (try? String(contentsOfFile: path, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) == token
    }

    func release() { if isOwn { unlink(path) } }
}
