import ArgumentParser
import Benchmarks
import Foundation
import Groups

/// `tower bench groups`: order + derived series of issue 3's benchmark groups, Tower next to GAP and SymPy
/// (the benchmark itself is `Benchmarks.GroupsBenchmark`).
struct BenchGroups: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "groups",
        abstract: "Time order + derived series of large permutation groups, side by side with GAP and SymPy.",
        discussion: """
        The groups: the Rubik's cube group, M24, S100 and A101 from two generators, the Sylow \
        2-subgroups of S256 and S1024, PSL(2,1009) on the projective line, AGL(1,1009) and S4 wr S4, \
        all built by the catalog (`tower group --help` lists the names). Tower computes the order and \
        the derived series in-process on a fresh group (best of --repeats, wall clock). With --gap \
        and --sympy the same generators go, as image lists, to `gap -q` and `python3` (SymPy's \
        PermutationGroup) in one subprocess per group with a --timeout limit each, running the \
        timed code of --gap-code (bench/gap/groups.g) and --sympy-code (bench/sympy/groups.py); \
        they time only Size + DerivedSeriesOfGroup (GAP's Runtime(), CPU milliseconds) and order() + \
        derived_series() (perf_counter), so their start-up is not counted. The orders of every \
        system are compared and a disagreement is reported.

        Build with -c release before believing numbers:
          swift build -c release --product tower
          .build/release/tower bench groups --gap --sympy
          .build/release/tower bench groups --only M24 --only "PSL(2,1009)" --gap --json
        Progress goes to stderr; the table (or --json) to stdout.
        """
    )

    @Flag(help: "Print the results as one JSON object.")
    var json = false

    @Flag(help: "Also time GAP (needs `gap` on PATH).")
    var gap = false

    @Flag(help: "Also time SymPy (needs `python3` with sympy).")
    var sympy = false

    @Option(help: ArgumentHelp("Run only this group (repeatable): --only M24 --only \"PSL(2,1009)\"; any catalog name works, e.g. --only \"Sylow2(S512)\".", valueName: "name"))
    var only: [String] = []

    @Option(help: "Wall-clock limit in seconds for each external run.")
    var timeout: Double = 300

    @Option(help: "Wall-clock limit for each SymPy run (default: --timeout).")
    var sympyTimeout: Double?

    @Option(help: "Timed Tower runs per group; the best is reported.")
    var repeats = 1

    @Option(help: ArgumentHelp("Keep each group's GAP script and SymPy input in this directory (one subfolder per group).", valueName: "dir"))
    var keepScripts: String?

    @Option(name: .customLong("gap-code"), help: "GAP file with the timed code that --gap reads for every group.")
    var gapCode: String = "bench/gap/groups.g"

    @Option(name: .customLong("sympy-code"), help: "Python file with the timed code that --sympy runs for every group.")
    var sympyCode: String = "bench/sympy/groups.py"

    private var cases: [BenchGroupsCase] {
        if only.isEmpty { return BenchGroupsCase.all }
        return only.map(BenchGroupsCase.named)
    }

    func validate() throws {
        let known = BenchGroupsCase.all.map(\.label)
        for name in only where !known.contains(name) {
            do { _ = try GroupCatalog.generators(named: name) } catch {
                throw ValidationError("unknown group '\(name)' in --only (\(error); the benchmark's groups: \(known.joined(separator: ", ")))")
            }
        }
        if !(timeout > 0) { throw ValidationError("--timeout must be positive, got \(timeout)") }
        if let sympyTimeout, !(sympyTimeout > 0) { throw ValidationError("--sympy-timeout must be positive, got \(sympyTimeout)") }
        if repeats < 1 { throw ValidationError("--repeats must be at least 1, got \(repeats)") }
        for (asked, option, path, file) in [(gap, "--gap-code", gapCode, "bench/gap/groups.g"), (sympy, "--sympy-code", sympyCode, "bench/sympy/groups.py")]
        where asked && !FileManager.default.isReadableFile(atPath: path) {
            throw ValidationError("\(option): cannot read \(path) (run from the repository root, or give the path of \(file))")
        }
    }

    func run() throws {
        try reportingInputFailures {
            let benchmark = GroupsBenchmark(cases: cases, gap: gap, sympy: sympy, timeout: timeout, sympyTimeout: sympyTimeout,
                                            repeats: repeats, keepScripts: keepScripts, gapCode: gapCode, sympyCode: sympyCode)
            let rows = try benchmark.run(progress: printError)
            if json {
                print(try JSONLine.encode(benchmark.jsonObject(rows)))
            } else {
                print(BenchGroupsRow.table(rows))
            }
        }
    }
}
