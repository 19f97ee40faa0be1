import Foundation
import Groups

/// `tower bench groups`: order + derived series of each case, Tower in-process, GAP and SymPy as
/// subprocesses (`BenchGroupsExternal`, running the timed code of bench/) on the same generators,
/// with a time limit each.
public struct GroupsBenchmark {
    public var cases: [BenchGroupsCase]
    public var gap: Bool
    public var sympy: Bool
    /// Wall-clock limit of each external run (SymPy's: `sympyTimeout`, default this).
    public var timeout: Double
    public var sympyTimeout: Double?
    public var repeats: Int
    /// Where each group's GAP script and SymPy input are kept (one subfolder per group), if anywhere.
    public var keepScripts: String?
    /// The timed code GAP reads (bench/gap/groups.g) and the one python3 runs (bench/sympy/groups.py).
    public var gapCode: String
    public var sympyCode: String

    public init(cases: [BenchGroupsCase], gap: Bool, sympy: Bool, timeout: Double, sympyTimeout: Double?, repeats: Int,
                keepScripts: String?, gapCode: String, sympyCode: String) {
        (self.cases, self.gap, self.sympy, self.timeout, self.sympyTimeout) = (cases, gap, sympy, timeout, sympyTimeout)
        (self.repeats, self.keepScripts, self.gapCode, self.sympyCode) = (repeats, keepScripts, gapCode, sympyCode)
    }

    /// Every case, in order; `progress` hears each step and its time.
    public func run(progress: (String) -> Void) throws -> [BenchGroupsRow] {
        var rows: [BenchGroupsRow] = []
        for benchCase in cases {
            let data = try benchCase.generators()
            progress("bench groups: \(benchCase.label) (degree \(data.degree), \(data.images.count) generators): Tower ...")
            let tower = try BenchGroupsTower.measure(data, repeats: repeats)
            progress("bench groups:   Tower \(BenchGroupsRow.seconds(tower))")
            let gapResult = gap ? external(.gap, benchCase, data, progress: progress) : .skipped
            let sympyResult = sympy ? external(.sympy, benchCase, data, progress: progress) : .skipped
            rows.append(BenchGroupsRow(label: benchCase.label, degree: data.degree, generatorCount: data.images.count,
                                       tower: tower, gap: gapResult, sympy: sympyResult))
        }
        return rows
    }

    /// The `--json` object of a run.
    public func jsonObject(_ rows: [BenchGroupsRow]) -> [String: Any] {
        [
            "timeout_seconds": timeout,
            "sympy_timeout_seconds": sympyTimeout ?? timeout,
            "repeats": repeats,
            "groups": rows.map(\.jsonObject),
            "all_orders_agree": rows.allSatisfy(\.ordersAgree),
        ]
    }

    private func external(_ system: BenchGroupsExternal.System, _ benchCase: BenchGroupsCase, _ data: CatalogGenerators,
                          progress: (String) -> Void) -> BenchGroupsMeasurement {
        progress("bench groups:   \(system.rawValue) ...")
        let folder = keepScripts.map {
            URL(fileURLWithPath: $0).appendingPathComponent(benchCase.label.filter { $0.isLetter || $0.isNumber })
        }
        let limit = system == .sympy ? (sympyTimeout ?? timeout) : timeout
        // An absolute path, so that the code is found whatever directory the process runs in.
        let code = URL(fileURLWithPath: system == .gap ? gapCode : sympyCode).standardizedFileURL.path
        let result = BenchGroupsExternal.measure(system, data: data, code: code, timeout: limit, keepIn: folder)
        progress("bench groups:   \(system.rawValue) \(BenchGroupsRow.seconds(result))")
        return result
    }
}
