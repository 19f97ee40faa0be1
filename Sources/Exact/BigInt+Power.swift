import CGMP

// Powers, shifts and the combinatorial functions `tower calc` offers.
extension BigInt {
    /// `self` raised to a non-negative power (traps on a negative exponent; 0^0 = 1).
    public func power(_ exponent: Int) -> BigInt {
        precondition(exponent >= 0, "negative exponent")
        if let x = intValue, let r = BigInt.smallPower(x, exponent) { return BigInt(r) }
        return BigInt.makeScratch { r in withMPZ { __gmpz_pow_ui(r, $0, UInt(exponent)) } }
    }

    /// `base` raised to a non-negative power; the same as `base.power(exponent)`.
    public static func pow(_ base: BigInt, _ exponent: Int) -> BigInt { base.power(exponent) }

    /// Square-and-multiply in `Int`, or nil on overflow.
    @usableFromInline static func smallPower(_ base: Int, _ exponent: Int) -> Int? {
        var (result, b, e) = (1, base, exponent)
        while true {
            if e & 1 == 1 {
                let (r, o) = result.multipliedReportingOverflow(by: b)
                if o { return nil }
                result = r
            }
            e >>= 1
            if e == 0 { return result }
            let (s, o) = b.multipliedReportingOverflow(by: b)
            if o { return nil }
            b = s
        }
    }

    /// `a * 2^n`; a negative `n` shifts right.
    public static func << (a: BigInt, n: Int) -> BigInt {
        if n < 0 { return a >> (n == .min ? Int.max : -n) }
        if let x = a.intValue, n < Int.bitWidth - 1 {
            let r = x << n
            if r >> n == x { return BigInt(r) }
        }
        if a.isZero { return a }
        return a.withMPZ { x in make(limbs: a.limbCount + n / Int.bitWidth + 1) { __gmpz_mul_2exp($0, x, UInt(n)) } }
    }

    /// `floor(a / 2^n)` (an arithmetic shift, like `Int`'s); a negative `n` shifts left.
    public static func >> (a: BigInt, n: Int) -> BigInt {
        if n < 0 { return a << (n == .min ? Int.max : -n) }
        if let x = a.intValue { return BigInt(x >> Swift.min(n, Int.bitWidth - 1)) }
        return a.withMPZ { x in make(limbs: Swift.max(a.limbCount - n / Int.bitWidth, 1) + 2) { __gmpz_fdiv_q_2exp($0, x, UInt(n)) } }
    }

    /// Whether `self` is 2^k for some k >= 0 (1 is; 0 and negative values are not).
    public var isPowerOfTwo: Bool {
        if let x = intValue { return x > 0 && x & (x - 1) == 0 }
        return signum > 0 && withMPZ { __gmpz_popcount($0) == 1 }
    }

    public static func <<= (a: inout BigInt, n: Int) { a = a << n }
    public static func >>= (a: inout BigInt, n: Int) { a = a >> n }

    /// n! for n >= 0, or nil for a negative `n`.
    public static func factorial(_ n: Int) -> BigInt? {
        guard n >= 0 else { return nil }
        return makeScratch { __gmpz_fac_ui($0, UInt(n)) }
    }

    /// The binomial coefficient C(n, k) for any integer `n` (GMP's extension to negative `n`:
    /// C(-n, k) = (-1)^k C(n+k-1, k)) and k >= 0; nil for a negative `k`.
    public static func binomial(_ n: BigInt, _ k: Int) -> BigInt? {
        guard k >= 0 else { return nil }
        return makeScratch { r in n.withMPZ { __gmpz_bin_ui(r, $0, UInt(k)) } }
    }
}
