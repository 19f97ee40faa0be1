/// The operations `tower bench arith` times.
public enum BenchArithOperation: String, CaseIterable, Sendable {
    case add, mul, gcd
    /// `MutableBigInt.setSum`: a preallocated destination, like the C side's `mpz_add(r, a, b)`.
    case addMutable = "add-mutable"
    case addInPlace = "add-in-place"
    case rationalAdd = "rational-add"
    case rationalMul = "rational-mul"

    public var isRational: Bool { self == .rationalAdd || self == .rationalMul }

    /// Relative cost per operation at each size, so every case runs for a similar time.
    func cost(limbs: Int) -> Int {
        switch (self, limbs) {
        case (_, 1), (.rationalAdd, _), (.rationalMul, _): return 1
        case (.add, 4), (.addMutable, 4), (.addInPlace, 4): return 1
        case (.mul, 4): return 2
        case (.gcd, 4): return 8
        case (.add, 64), (.addMutable, 64), (.addInPlace, 64): return 4
        case (.mul, 64): return 100
        case (.gcd, 64): return 400
        case (.add, _), (.addMutable, _), (.addInPlace, _): return 40
        case (.mul, _): return 5_000
        case (.gcd, _): return 20_000
        }
    }
}
