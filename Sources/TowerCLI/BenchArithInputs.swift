import Exact

/// Seeded operands for `tower bench arith`: the same values go to Tower and to the C GMP loops.
struct BenchArithInputs {
    /// Operand pairs as Tower values and as base-16 strings for C (same order: a0, b0, a1, b1, ...).
    let a: [BigInt]
    let b: [BigInt]
    let hex: [String]

    /// `count` pairs of `limbs`-limb positive integers (top limb nonzero). One limb means word-sized
    /// values: below 2^62 for add and gcd (so sums stay in a word) and below 2^31 for mul (so
    /// products do), which is the case the inline fast path exists for.
    init(limbs: Int, operation: BenchArithOperation, count: Int, seed: UInt64) {
        var rng = BenchArithGenerator(seed: seed)
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
        (self.a, self.b, self.hex) = (a, b, hex)
    }

    /// An n x n matrix of integers in -9...9 (row-major) for the elimination benchmark.
    static func matrix(size n: Int, seed: UInt64) -> [Int] {
        var rng = BenchArithGenerator(seed: seed)
        return (0..<n * n).map { _ in Int(rng.next() % 19) - 9 }
    }
}

/// SplitMix64: small, seeded, and the same on every platform.
struct BenchArithGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// The operations `tower bench arith` times.
enum BenchArithOperation: String, CaseIterable {
    case add, mul, gcd
    case addInPlace = "add-in-place"

    /// Relative cost per operation at each size, so every case runs for a similar time.
    func cost(limbs: Int) -> Int {
        switch (self, limbs) {
        case (_, 1): return 1
        case (.add, 4), (.addInPlace, 4): return 1
        case (.mul, 4): return 2
        case (.gcd, 4): return 8
        case (.add, 64), (.addInPlace, 64): return 4
        case (.mul, 64): return 100
        case (.gcd, 64): return 400
        case (.add, _), (.addInPlace, _): return 40
        case (.mul, _): return 5_000
        case (.gcd, _): return 20_000
        }
    }
}
