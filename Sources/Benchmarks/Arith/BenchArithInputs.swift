import Exact
import Seeded

/// Seeded operands for `tower bench arith`: the same values go to Tower and to the C GMP loops.
struct BenchArithInputs {
    /// Operand pairs as Tower values and as base-16 strings for C (same order: a0, b0, a1, b1, ...).
    let a: [BigInt]
    let b: [BigInt]
    let hex: [String]
    /// Rational operand pairs (only for `rational-add` / `rational-mul`).
    let qa: [Rational]
    let qb: [Rational]

    /// How many operand pairs there are.
    var count: Int { hex.count / 2 }

    /// `count` pairs of `limbs`-limb positive integers (top limb nonzero). One limb means word-sized
    /// values: below 2^62 for add and gcd (so sums stay in a word) and below 2^31 for mul (so
    /// products do), which is the case the inline fast path exists for.
    init(limbs: Int, operation: BenchArithOperation, count: Int, seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        if operation.isRational {
            self = BenchArithInputs.rationals(count: count, rng: &rng)
            return
        }
        var a: [BigInt] = [], b: [BigInt] = [], hex: [String] = []
        for _ in 0..<count {
            for side in 0..<2 {
                let text: String
                if limbs == 1 {
                    let bound: UInt64 = operation == .mul ? 1 << 31 : 1 << 62
                    text = String(rng.next() % bound | 1, radix: 16)
                } else {
                    var digits = String(rng.next() | 1 << 63, radix: 16)
                    for _ in 1..<limbs {
                        let limb = String(rng.next(), radix: 16)
                        digits += String(repeating: "0", count: 16 - limb.count) + limb
                    }
                    text = digits
                }
                hex.append(text)
                let value = BigInt("0x" + text)!
                if side == 0 { a.append(value) } else { b.append(value) }
            }
        }
        self.init(a: a, b: b, hex: hex, qa: [], qb: [])
    }

    private init(a: [BigInt], b: [BigInt], hex: [String], qa: [Rational], qb: [Rational]) {
        (self.a, self.b, self.hex, self.qa, self.qb) = (a, b, hex, qa, qb)
    }

    /// Rationals n/d with |n| < 2^20 and 0 < d < 2^20 (canonicalized): word-sized parts whose sums
    /// and products stay word-sized, the case the `Rational` fast path is for.
    private static func rationals(count: Int, rng: inout SplitMix64) -> BenchArithInputs {
        var qa: [Rational] = [], qb: [Rational] = [], hex: [String] = []
        for i in 0..<2 * count {
            let n = Int(rng.next() % (1 << 21)) - (1 << 20) + 1
            let d = Int(rng.next() % (1 << 20)) + 1
            let q = Rational(n, d)!
            hex.append((n < 0 ? "-" : "") + String(n.magnitude, radix: 16) + "/" + String(d, radix: 16))
            if i % 2 == 0 { qa.append(q) } else { qb.append(q) }
        }
        return BenchArithInputs(a: [], b: [], hex: hex, qa: qa, qb: qb)
    }

    /// An n x n matrix of integers in -9...9 (row-major) for the elimination benchmark.
    static func matrix(size n: Int, seed: UInt64) -> [Int] {
        var rng = SplitMix64(seed: seed)
        return (0..<n * n).map { _ in Int(rng.next() % 19) - 9 }
    }
}
