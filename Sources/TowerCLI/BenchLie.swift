import ArgumentParser
import Benchmarks
import Foundation

/// `tower bench lie`: closure + derived series of random matrix Lie algebras, side by side with GAP
/// (the benchmark itself is `Benchmarks.LieBenchmark`).
struct BenchLie: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lie",
        abstract: "Time Lie algebra closure + derived series against GAP's LieAlgebra/LieDerivedSeries.",
        discussion: """
        For each n, two seeded random integer n x n matrices (entries in -9...9) generate gl(n) \
        (dimension n^2); two random upper triangular ones generate a solvable subalgebra of b(n). \
        Tower times MatrixLieAlgebra(generators:) + derivedSeries(); with --gap, GAP (`gap -q`, \
        reading the timed code from --gap-code, bench/gap/lie.g) times LieAlgebra(Rationals, mats) \
        + Dimension + LieDerivedSeries on the same matrices with Runtime(), one GAP process per case, killed after --gap-timeout seconds. After a GAP timeout \
        the larger sizes of that shape are not run in GAP (they only get slower); --gap-all runs them.

        Build with -c release before timing. Example:
          tower bench lie --gap --sizes 6,8
        """
    )

    @Option(name: .long, help: "Comma-separated matrix sizes.")
    var sizes: String = "6,8,10,12,16"

    @Option(name: .long, help: "Seed for the random matrices.")
    var seed: UInt64 = 2026

    @Flag(name: .long, help: "Also time GAP on the same matrices.")
    var gap = false

    @Option(name: .long, help: "Seconds before a GAP case is abandoned.")
    var gapTimeout: Double = 300

    @Flag(name: .long, help: "Run GAP on every size even after it timed out on a smaller one.")
    var gapAll = false

    @Option(name: .customLong("gap-code"), help: "GAP file with the timed code that --gap reads for every case.")
    var gapCode: String = "bench/gap/lie.g"

    @Flag(name: .long, help: "Print one JSON object per case instead of a table.")
    var json = false

    func validate() throws {
        guard let s = parsedSizes, !s.isEmpty, s.allSatisfy({ (2...24).contains($0) }) else {
            throw ValidationError("--sizes must be a comma-separated list of integers between 2 and 24")
        }
        if gapTimeout <= 0 { throw ValidationError("--gap-timeout must be positive") }
        if gap, !FileManager.default.isReadableFile(atPath: gapCode) {
            throw ValidationError("--gap-code: cannot read \(gapCode) (run from the repository root, or give the path of bench/gap/lie.g)")
        }
    }

    private var parsedSizes: [Int]? {
        let parts = sizes.split(separator: ",").map { Int($0.trimmingCharacters(in: .whitespaces)) }
        return parts.contains(nil) ? nil : parts.map { $0! }
    }

    func run() throws {
        let benchmark = LieBenchmark(sizes: parsedSizes!, seed: seed, gap: gap, gapTimeout: gapTimeout, gapAll: gapAll, gapCode: gapCode)
        if !json { emit(LieBenchCase.tableHeader) }
        try benchmark.run(progress: printError) { result in
            emit(json ? try JSONLine.encode(result.jsonFields) : result.tableRow)
        }
    }

    /// Writes a line unbuffered, so rows already measured survive if a long run is interrupted.
    private func emit(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }
}
