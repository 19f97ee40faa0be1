import CommandOutput
import Foundation
import Groups

/// GAP and SymPy as subprocesses: each group gets its own process, so one slow group cannot eat
/// another's time limit. Both receive exactly Tower's generators (as image lists) and run the timed
/// code of `bench/` (`bench/gap/groups.g`, `bench/sympy/groups.py`, its only copies), which times
/// order + derived series itself, so startup and parsing are not counted, and prints one line
/// `TOWER-BENCH <time> <order> <o1,o2,...>`.
enum BenchGroupsExternal {
    enum System: String { case gap = "GAP", sympy = "SymPy" }

    /// The per-group file `system` gets: for GAP a script that sets the generators and reads the
    /// timed code at the absolute path `code`; for SymPy the generators as JSON, the argument of `code`.
    static func caseFile(for system: System, data: CatalogGenerators, code: String) throws -> String {
        switch system {
        case .gap: return gapScript(data, reading: code)
        case .sympy: return try sympyCase(data)
        }
    }

    /// Runs the timed code at the absolute path `code` on `data` with a wall-clock limit and parses
    /// its result line; the per-group file is copied into `directory` when one is given.
    static func measure(_ system: System, data: CatalogGenerators, code: String, timeout: Double, keepIn directory: URL?) -> BenchGroupsMeasurement {
        let fileManager = FileManager.default
        let work = fileManager.temporaryDirectory.appendingPathComponent("tower-bench-groups-\(UUID().uuidString)")
        defer { try? fileManager.removeItem(at: work) }
        do {
            try fileManager.createDirectory(at: work, withIntermediateDirectories: true)
            let scriptURL = work.appendingPathComponent(system == .gap ? "bench.g" : "case.json")
            let outputURL = work.appendingPathComponent("output.txt")
            try caseFile(for: system, data: data, code: code).write(to: scriptURL, atomically: true, encoding: .utf8)
            if let directory {
                try fileManager.createDirectory(at: directory, withIntermediateDirectories: true)
                let kept = directory.appendingPathComponent(scriptURL.lastPathComponent)
                try? fileManager.removeItem(at: kept)
                try fileManager.copyItem(at: scriptURL, to: kept)
            }
            guard fileManager.createFile(atPath: outputURL.path, contents: nil) else {
                throw BenchmarkError("cannot create \(outputURL.path) for the \(system) output")
            }
            let output = try FileHandle(forWritingTo: outputURL)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = system == .gap ? ["gap", "-q", "-o", "16g", scriptURL.path] : ["python3", code, scriptURL.path]
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = output
            process.standardError = output
            try process.run()
            let finished = wait(for: process, timeout: timeout)
            try output.close()
            let text = (try? String(contentsOf: outputURL, encoding: .utf8)) ?? ""
            guard finished else {
                return BenchGroupsMeasurement(status: .timeout, seconds: nil, order: nil, derivedSeriesOrders: nil,
                                              note: "no result within \(Int(timeout)) s")
            }
            return parse(text, system: system)
        } catch {
            return BenchGroupsMeasurement(status: .error, seconds: nil, order: nil, derivedSeriesOrders: nil,
                                          note: "could not run \(system.rawValue): \(error)")
        }
    }

    /// True when the process exited in time; otherwise it is terminated (then killed) and false is returned.
    private static func wait(for process: Process, timeout: Double) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        guard process.isRunning else { return true }
        process.terminate()
        let grace = Date().addingTimeInterval(2)
        while process.isRunning && Date() < grace { usleep(20_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        return false
    }

    private static func parse(_ text: String, system: System) -> BenchGroupsMeasurement {
        for line in text.split(separator: "\n") where line.hasPrefix("TOWER-BENCH ") {
            let fields = line.split(separator: " ")
            if fields.count == 4, let raw = Double(fields[1]) {
                // GAP's Runtime() is in milliseconds of CPU time; the SymPy script prints seconds.
                let seconds = system == .gap ? raw / 1000 : raw
                return BenchGroupsMeasurement(status: .ok, seconds: seconds, order: String(fields[2]),
                                              derivedSeriesOrders: fields[3].split(separator: ",").map(String.init), note: nil)
            }
        }
        let tail = text.split(separator: "\n").suffix(2).joined(separator: " | ")
        return BenchGroupsMeasurement(status: .error, seconds: nil, order: nil, derivedSeriesOrders: nil,
                                      note: "\(system.rawValue) printed no result: \(tail.prefix(300))")
    }

    /// The per-group GAP script: the generators as `TowerBenchGens`, then `Read` of the timed code.
    private static func gapScript(_ data: CatalogGenerators, reading code: String) -> String {
        let generators = data.images.map { image in
            "PermList([" + image.map { String($0 + 1) }.joined(separator: ",") + "])"
        }
        return """
        TowerBenchGens := [\(generators.joined(separator: ",\n  "))];;
        Read("\(code)");

        """
    }

    /// The per-group input of the SymPy code: degree and 0-based image lists, as JSON.
    private static func sympyCase(_ data: CatalogGenerators) throws -> String {
        try JSONLine.encode(["degree": data.degree, "gens": data.images]) + "\n"
    }
}
