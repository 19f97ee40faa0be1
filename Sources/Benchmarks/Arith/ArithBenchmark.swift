import Exact
import Foundation

/// `tower bench arith`: Tower's `BigInt`/`Rational` next to plain C GMP (`CGMPBench`) on the same
/// seeded operands, every case checked for equal results on both sides.
public struct ArithBenchmark {
    public var iterations: Int
    public var repeats: Int
    public var gaussSize: Int
    public var seed: UInt64
    public var operations: [BenchArithOperation]
    public var sizes: [Int]

    public init(iterations: Int, repeats: Int, gaussSize: Int, seed: UInt64, operations: [BenchArithOperation], sizes: [Int]) {
        (self.iterations, self.repeats, self.gaussSize, self.seed) = (iterations, repeats, gaussSize, seed)
        (self.operations, self.sizes) = (operations, sizes)
    }

    /// Every case, in order; `progress` hears the name of each case as it starts.
    public func run(progress: (String) -> Void) throws -> [BenchArithRow] {
        var rows: [BenchArithRow] = []
        for op in operations {
            for limbs in op.isRational ? [1] : sizes {
                progress("bench arith: \(op.rawValue) at \(limbs) limb\(limbs == 1 ? "" : "s")")
                rows.append(try measure(op, limbs: limbs))
            }
        }
        if gaussSize > 0 {
            progress("bench arith: \(gaussSize)x\(gaussSize) rational Gaussian elimination")
            rows.append(try measureGauss())
        }
        return rows
    }

    /// The `--json` document of a run.
    public func jsonObject(_ rows: [BenchArithRow]) -> [String: Any] {
        ["iterations": iterations, "repeats": repeats, "seed": seed, "gaussSize": gaussSize, "cases": rows.map(\.jsonObject)]
    }

    private func measure(_ op: BenchArithOperation, limbs: Int) throws -> BenchArithRow {
        let count = limbs >= 1000 ? 16 : 64
        let inputs = BenchArithInputs(limbs: limbs, operation: op, count: count, seed: seed &+ UInt64(limbs))
        let rounds = max(1, iterations / op.cost(limbs: limbs) / count)
        // Warm up caches and allocators once per side.
        _ = BenchArithRunner.tower(op, inputs, rounds: 1)
        _ = BenchArithRunner.gmp(op, inputs, rounds: 1)
        var tower = Double.infinity, gmp = Double.infinity, boxed: Double? = nil, gmpFresh: Double? = nil
        for _ in 0..<repeats {
            let t = BenchArithRunner.tower(op, inputs, rounds: rounds)
            let g = BenchArithRunner.gmp(op, inputs, rounds: rounds)
            guard t.checksum == g.checksum else {
                throw BenchmarkError("\(op.rawValue) at \(limbs) limbs: Tower and GMP results differ (checksums \(t.checksum), \(g.checksum))")
            }
            tower = min(tower, t.nanoseconds)
            gmp = min(gmp, g.nanoseconds)
            if let f = BenchArithRunner.gmpFresh(op, inputs, rounds: rounds) {
                guard f.checksum == g.checksum else { throw BenchmarkError("\(op.rawValue) at \(limbs) limbs: the fresh-result GMP loop differs") }
                gmpFresh = min(gmpFresh ?? .infinity, f.nanoseconds)
            }
            if limbs == 1, let b = BenchArithRunner.boxed(op, inputs, rounds: rounds) {
                guard b.checksum == g.checksum else { throw BenchmarkError("\(op.rawValue): boxed baseline differs from GMP") }
                boxed = min(boxed ?? .infinity, b.nanoseconds)
            }
        }
        let operations = Double(rounds * inputs.count * (op == .addInPlace ? 2 : 1))
        return BenchArithRow(operation: op.rawValue, limbs: "\(limbs)", operations: Int(operations),
                             towerNs: tower / operations, gmpNs: gmp / operations,
                             gmpFreshNs: gmpFresh.map { $0 / operations }, boxedNs: boxed.map { $0 / operations })
    }

    private func measureGauss() throws -> BenchArithRow {
        let n = gaussSize
        let entries = BenchArithInputs.matrix(size: n, seed: seed)
        var tower = Double.infinity, gmp = Double.infinity
        // Elimination is seconds long, so it is timed once per side unless asked otherwise.
        for _ in 0..<max(1, repeats / 3) {
            let t = BenchArithRunner.towerGauss(entries, size: n)
            let g = BenchArithRunner.gmpGauss(entries, size: n)
            guard t.determinant.description == g.determinant else {
                throw BenchmarkError("Gaussian elimination: determinants differ (Tower \(t.determinant), GMP \(g.determinant))")
            }
            guard !t.determinant.isZero else { throw BenchmarkError("the seeded \(n)x\(n) matrix is singular; try another --seed") }
            tower = min(tower, t.nanoseconds)
            gmp = min(gmp, g.nanoseconds)
        }
        return BenchArithRow(operation: "gauss \(n)x\(n)", limbs: "-", operations: 1, towerNs: tower, gmpNs: gmp, gmpFreshNs: nil, boxedNs: nil)
    }
}
