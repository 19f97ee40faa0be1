import Foundation

extension LieBenchCase.Result {

    public var tableRow: String {
        let ours = String(format: "%.1f | %.1f", milliseconds, cpuMilliseconds)
        let dims = derivedDims.map(String.init).joined(separator: ">")
        var row = "| \(benchCase.label) | \(dimension) | \(dims) | \(ours) |"
        switch gap {
        case .none: break
        case let .finished(ms, d, s):
            let agree = d == dimension && s == derivedDims ? "yes" : "NO (GAP: \(d), \(s))"
            row += " \(ms) | \(agree) | \(String(format: "%.0fx", Double(ms) / max(cpuMilliseconds, 0.001))) |"
        case let .timedOut(sec): row += " > \(Int(sec)) s (CPU, timed out) | - | > \(String(format: "%.0fx", sec * 1000 / max(cpuMilliseconds, 0.001))) |"
        case let .failed(why): row += " failed: \(why) | - | - |"
        case let .skipped(why): row += " \(why) | - | - |"
        }
        return row
    }

    public var jsonFields: [String: Any] {
        var f: [String: Any] = [
            "case": benchCase.label, "n": benchCase.n, "shape": benchCase.shape.rawValue,
            "dimension": dimension, "derived_series_dims": derivedDims, "tower_ms": milliseconds, "tower_cpu_ms": cpuMilliseconds,
        ]
        switch gap {
        case .none: break
        case let .finished(ms, d, s):
            f["gap_ms"] = ms
            f["gap_agrees"] = d == dimension && s == derivedDims
        case let .timedOut(sec): f["gap_timeout_s"] = sec
        case let .failed(why): f["gap_error"] = why
        case let .skipped(why): f["gap_skipped"] = why
        }
        return f
    }
}

extension LieBenchCase {
    public static let tableHeader = """
    | case | dim | derived series dims | Tower wall ms | Tower CPU ms | GAP CPU ms | GAP agrees | GAP CPU / Tower CPU |
    |---|---|---|---|---|---|---|---|
    """
}
