import Foundation
import LieAlgebras

/// One `tower bench lie` case: its matrices, the Tower run, the GAP run, and how to print them.
public struct LieBenchCase {
    public enum Shape: String, CaseIterable, Hashable {
        case full = "gl"
        case upperTriangular = "b"
    }

    public enum GAPOutcome {
        case none
        case finished(milliseconds: Int, dimension: Int, derivedDims: [Int])
        case timedOut(seconds: Double)
        case failed(String)
        case skipped(String)
    }

    public struct Result {
        let benchCase: LieBenchCase
        /// Wall-clock and CPU time of the Tower run (GAP's Runtime() is CPU time).
        let milliseconds: Double
        let cpuMilliseconds: Double
        let dimension: Int
        let derivedDims: [Int]
        public var gap: GAPOutcome = .none
    }

    public let shape: Shape
    public let n: Int
    let generators: [RationalMatrix]

    init(shape: Shape, n: Int, rng: inout SplitMix64) {
        self.shape = shape
        self.n = n
        generators = (0..<2).map { _ in
            shape == .full ? RandomMatrices.full(n, range: -9...9, using: &rng) : RandomMatrices.upperTriangular(n, range: -9...9, using: &rng)
        }
    }

    public var label: String { "\(shape.rawValue)(\(n))" }

    func runTower() throws -> Result {
        let clock = ContinuousClock()
        var dims: [Int] = [], dimension = 0
        let cpuStart = LieBenchCase.processCPUMilliseconds()
        let elapsed = try clock.measure {
            let algebra = try MatrixLieAlgebra(generators: generators)
            dimension = algebra.dimension
            dims = algebra.derivedSeries().map(\.dimension)
        }
        let cpu = LieBenchCase.processCPUMilliseconds() - cpuStart
        let ms = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        return Result(benchCase: self, milliseconds: ms, cpuMilliseconds: cpu, dimension: dimension, derivedDims: dims)
    }

    /// The per-case GAP script: this case's matrices as `TowerBenchMats`, then `Read` of the timed
    /// GAP code (`bench/gap/lie.g`, the only copy), which builds the algebra, takes its dimension and
    /// derived series and prints the Runtime().
    func gapScript(reading timedCode: String) -> String {
        let mats = generators.map { m in "[" + m.rowList.map { "[" + $0.map(\.description).joined(separator: ",") + "]" }.joined(separator: ",") + "]" }
        return """
        TowerBenchMats := [\(mats.joined(separator: ",\n"))];;
        Read("\(timedCode)");
        """
    }

    /// Runs GAP on this case with the timed code at the absolute path `timedCode`.
    func runGAP(timeout: Double, timedCode: String) -> GAPOutcome {
        let script = FileManager.default.temporaryDirectory.appendingPathComponent("tower-bench-lie-\(label)-\(getpid()).g")
        do { try gapScript(reading: timedCode).write(to: script, atomically: true, encoding: .utf8) } catch { return .failed("cannot write GAP script") }
        defer { try? FileManager.default.removeItem(at: script) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gap", "-q", script.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return .failed("cannot start gap") }
        // The limit is on GAP's CPU time where /proc shows it (fair on a loaded machine), with a
        // wall-clock backstop of four times the limit.
        let wallDeadline = Date().addingTimeInterval(4 * timeout)
        while process.isRunning, Date() < wallDeadline {
            if let cpu = LieBenchCase.cpuSeconds(pid: process.processIdentifier), cpu > timeout { break }
            if LieBenchCase.cpuSeconds(pid: process.processIdentifier) == nil, Date() > wallDeadline.addingTimeInterval(-3 * timeout) { break }
            Thread.sleep(forTimeInterval: 0.05)
        }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            return .timedOut(seconds: timeout)
        }
        let out = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        guard let line = out.split(separator: "\n").first(where: { $0.hasPrefix("RESULT ") }) else { return .failed("no result from gap") }
        let body = line.dropFirst("RESULT ".count)
        let parts = body.split(separator: " ", maxSplits: 2)
        let series = parts.count > 2 ? parts[2].filter { $0.isNumber || $0 == "," }.split(separator: ",").compactMap { Int($0) } : []
        guard parts.count == 3, let ms = Int(parts[0]), let d = Int(parts[1]) else { return .failed("unreadable gap output") }
        return .finished(milliseconds: ms, dimension: d, derivedDims: series)
    }

    /// CPU time of this process so far, in milliseconds.
    static func processCPUMilliseconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) * 1000 + Double(ts.tv_nsec) / 1e6
    }

    /// User + system CPU seconds of another process from /proc/PID/stat, or nil where unavailable.
    static func cpuSeconds(pid: Int32) -> Double? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = text.lastIndex(of: ")") else { return nil }
        let fields = text[text.index(after: close)...].split(separator: " ")
        // After the command name: state is field 3; utime and stime are fields 14 and 15.
        guard fields.count > 13, let user = Double(fields[11]), let system = Double(fields[12]) else { return nil }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }
}
