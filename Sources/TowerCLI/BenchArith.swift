import ArgumentParser
import Benchmarks
import Foundation

/// `tower bench arith`: Tower's exact arithmetic next to plain C GMP, in the same run (the
/// benchmark itself is `Benchmarks.ArithBenchmark`).
struct BenchArith: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "arith",
        abstract: "Time BigInt/Rational arithmetic against plain C GMP in the same run.",
        discussion: """
        Times add, multiply and gcd at 1, 4, 64 and 1000 limbs (64-bit words), add into a \
        preallocated MutableBigInt (the counterpart of the C side's reused mpz_t), an in-place \
        accumulate (x += y; x -= y), rational add and multiply on word-sized fractions (mpq_add / \
        mpq_mul on the C side), and a fraction-based Gaussian elimination of a seeded random \
        integer matrix (entries -9...9, default 200x200), each for (a) Tower's BigInt/Rational and \
        (b) a C loop calling GMP directly on the same operands. At 1 limb it also times (c) a \
        "GMP-boxed" Swift integer that keeps every value in a heap mpz_t box, which is what the \
        inline fast path is for. The add rows also time C GMP paying for a fresh result per sum \
        (mpz_init, mpz_add, mpz_clear), as a fresh BigInt does. Every case checks that both sides computed the same results.

        Times are thread CPU time, on the same clock for both sides, so a busy machine skews them \
        less than wall time would. Each timing is the best of --repeats runs (the elimination runs \
        once per 3 repeats: it takes seconds). Build with -c release before believing numbers:
          swift build -c release --product tower && .build/release/tower bench arith
        Progress goes to stderr; the table (or --json) to stdout.
        """
    )

    @Flag(help: "Print the results as JSON.")
    var json = false

    @Option(help: "Operations per 1-limb case; larger sizes run proportionally fewer.")
    var iterations = 1_000_000

    @Option(help: "Timed runs per side; the best is reported.")
    var repeats = 3

    @Option(help: "Matrix size for the Gaussian elimination (0 skips it).")
    var gaussSize = 200

    @Option(help: "Seed for the operands and the matrix.")
    var seed: UInt64 = 2026

    @Option(help: "Run only these operations (comma-separated: add,mul,gcd,add-mutable,add-in-place,rational-add,rational-mul).")
    var only: String?

    @Option(help: "Run only these sizes in limbs (comma-separated; default 1,4,64,1000).")
    var limbs: String?

    private var operations: [BenchArithOperation] {
        guard let only else { return BenchArithOperation.allCases }
        return only.split(separator: ",").compactMap { BenchArithOperation(rawValue: String($0)) }
    }

    private var sizes: [Int] {
        guard let limbs else { return [1, 4, 64, 1000] }
        return limbs.split(separator: ",").compactMap { Int($0) }
    }

    func validate() throws {
        if iterations < 1 { throw ValidationError("--iterations must be at least 1, got \(iterations)") }
        if repeats < 1 { throw ValidationError("--repeats must be at least 1, got \(repeats)") }
        if gaussSize < 0 || gaussSize > 1000 { throw ValidationError("--gauss-size must be in 0...1000, got \(gaussSize)") }
        if let only, let bad = only.split(separator: ",").first(where: { BenchArithOperation(rawValue: String($0)) == nil }) {
            throw ValidationError("unknown operation '\(bad)' in --only (known: add, mul, gcd, add-mutable, add-in-place, rational-add, rational-mul)")
        }
        if let limbs, let bad = limbs.split(separator: ",").first(where: { Int($0).map { $0 < 1 || $0 > 100_000 } ?? true }) {
            throw ValidationError("bad size '\(bad)' in --limbs (want limb counts in 1...100000)")
        }
    }

    func run() throws {
        try reportingInputFailures {
            let benchmark = ArithBenchmark(iterations: iterations, repeats: repeats, gaussSize: gaussSize, seed: seed,
                                           operations: operations, sizes: sizes)
            let rows = try benchmark.run(progress: printError)
            if json {
                print(try JSONLine.encodePretty(benchmark.jsonObject(rows)))
            } else {
                print(BenchArithRow.table(rows))
            }
        }
    }
}
