import CGMPBench
import Foundation
import Exact

/// The timed loops of `tower bench arith`. Each side runs the same operations on the same operands
/// and folds the lowest limb of every result into a checksum, so the loops cannot be optimized away
/// and the caller can check that Tower and GMP computed the same values.
enum BenchArithRunner {
    struct Timing {
        let nanoseconds: Double
        let checksum: UInt
    }

    /// Tower `BigInt`: `rounds` passes over the pairs.
    static func tower(_ op: BenchArithOperation, _ inputs: BenchArithInputs, rounds: Int) -> Timing {
        var sum: UInt = 0
        var accumulators = inputs.a
        var destination = MutableBigInt()
        let (a, b, qa, qb) = (inputs.a, inputs.b, inputs.qa, inputs.qb)
        // The accumulators are reached through a buffer pointer, as a hot loop would: an `Array`
        // element's `+=` pays a uniqueness check of the array itself, which is not what is measured.
        let elapsed = accumulators.withUnsafeMutableBufferPointer { accumulators in cpuTime {
            for _ in 0..<rounds {
                for i in 0..<inputs.count {
                    switch op {
                    case .add: sum &+= (a[i] + b[i]).limb(at: 0)
                    case .mul: sum &+= (a[i] * b[i]).limb(at: 0)
                    case .gcd: sum &+= BigInt.gcd(a[i], b[i]).limb(at: 0)
                    case .addMutable:
                        destination.setSum(a[i], b[i])
                        sum &+= destination.limb(at: 0)
                    case .addInPlace:
                        accumulators[i] += b[i]
                        accumulators[i] -= b[i]
                        sum &+= accumulators[i].limb(at: 0)
                    case .rationalAdd:
                        let r = qa[i] + qb[i]
                        sum &+= r.numerator.limb(at: 0) &+ r.denominator.limb(at: 0)
                    case .rationalMul:
                        let r = qa[i] * qb[i]
                        sum &+= r.numerator.limb(at: 0) &+ r.denominator.limb(at: 0)
                    }
                }
            }
        } }
        return Timing(nanoseconds: elapsed, checksum: sum)
    }

    /// Plain C GMP (`mpz_add(r, a, b)` into one reused `r`, and so on).
    static func gmp(_ op: BenchArithOperation, _ inputs: BenchArithInputs, rounds: Int) -> Timing {
        let code: Int32
        switch op {
        case .add, .addMutable: code = Int32(TOWER_BENCH_ADD)
        case .mul: code = Int32(TOWER_BENCH_MUL)
        case .gcd: code = Int32(TOWER_BENCH_GCD)
        case .addInPlace: code = Int32(TOWER_BENCH_ADD_IN_PLACE)
        case .rationalAdd: code = Int32(TOWER_BENCH_RATIONAL_ADD)
        case .rationalMul: code = Int32(TOWER_BENCH_RATIONAL_MUL)
        }
        return cLoop(code, rational: op.isRational, inputs, rounds: rounds)
    }

    /// Plain C GMP paying for a fresh result per operation (`mpz_init`, `mpz_add`, `mpz_clear`), the
    /// C counterpart of a fresh `BigInt` sum; nil for the other operations.
    static func gmpFresh(_ op: BenchArithOperation, _ inputs: BenchArithInputs, rounds: Int) -> Timing? {
        guard op == .add else { return nil }
        return cLoop(Int32(TOWER_BENCH_ADD_FRESH), rational: false, inputs, rounds: rounds)
    }

    /// Runs one of the C loops of `CGMPBench` on the operands (passed as base-16 strings).
    private static func cLoop(_ code: Int32, rational: Bool, _ inputs: BenchArithInputs, rounds: Int) -> Timing {
        var checksum: UInt = 0
        let strings = inputs.hex.map { strdup($0) }
        defer { strings.forEach { free($0) } }
        let pointers = strings.map { UnsafePointer<CChar>($0) }
        let ns = pointers.withUnsafeBufferPointer { buffer in
            rational
                ? tower_gmp_time_rational(code, buffer.baseAddress, Int32(inputs.count), rounds, &checksum)
                : tower_gmp_time_binary(code, buffer.baseAddress, Int32(inputs.count), rounds, &checksum)
        }
        return Timing(nanoseconds: ns, checksum: checksum)
    }

    /// The GMP-boxed baseline (every value in a heap `mpz_t` box); add, mul and gcd only.
    static func boxed(_ op: BenchArithOperation, _ inputs: BenchArithInputs, rounds: Int) -> Timing? {
        let a = inputs.hex.enumerated().filter { $0.offset % 2 == 0 }.map { GMPBoxedInteger.make(hex: $0.element) }
        let b = inputs.hex.enumerated().filter { $0.offset % 2 == 1 }.map { GMPBoxedInteger.make(hex: $0.element) }
        var sum: UInt = 0
        let elapsed: Double
        switch op {
        case .add: elapsed = loop(rounds, a.count) { sum &+= (a[$0] + b[$0]).lowLimb }
        case .mul: elapsed = loop(rounds, a.count) { sum &+= (a[$0] * b[$0]).lowLimb }
        case .gcd: elapsed = loop(rounds, a.count) { sum &+= GMPBoxedInteger.gcd(a[$0], b[$0]).lowLimb }
        case .addMutable, .addInPlace, .rationalAdd, .rationalMul: return nil
        }
        return Timing(nanoseconds: elapsed, checksum: sum)
    }

    /// Tower `Rational` elimination with the same pivoting as the C version; returns the time and
    /// the determinant.
    static func towerGauss(_ entries: [Int], size n: Int) -> (nanoseconds: Double, determinant: Rational) {
        var m = entries.map { Rational($0) }
        var det = Rational.one
        let elapsed = cpuTime {
            for k in 0..<n {
                var p = k
                while p < n && m[p * n + k].isZero { p += 1 }
                if p == n { det = .zero; break }
                if p != k {
                    for j in 0..<n { m.swapAt(p * n + j, k * n + j) }
                    det = -det
                }
                let pivot = m[k * n + k]
                det *= pivot
                for i in k + 1..<n where !m[i * n + k].isZero {
                    let f = m[i * n + k].divided(by: pivot)!
                    for j in k + 1..<n { m[i * n + j] -= f * m[k * n + j] }
                    m[i * n + k] = .zero
                }
            }
        }
        return (elapsed, det)
    }

    /// The same elimination with `mpq_t` in C.
    static func gmpGauss(_ entries: [Int], size n: Int) -> (nanoseconds: Double, determinant: String) {
        var buffer = [CChar](repeating: 0, count: 1 << 16)
        let ns = entries.withUnsafeBufferPointer { e in
            tower_gmp_time_gauss(e.baseAddress, Int32(n), &buffer, buffer.count)
        }
        return (ns, String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
    }

    private static func loop(_ rounds: Int, _ count: Int, _ body: (Int) -> Void) -> Double {
        cpuTime {
            for _ in 0..<rounds { for i in 0..<count { body(i) } }
        }
    }

    /// Thread CPU nanoseconds spent in `body`, on the same clock as the C loops.
    private static func cpuTime(_ body: () -> Void) -> Double {
        let start = tower_bench_cpu_ns()
        body()
        return tower_bench_cpu_ns() - start
    }
}
