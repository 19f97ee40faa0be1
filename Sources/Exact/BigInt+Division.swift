import CGMP

// Division in its three conventions, gcd and lcm. Every divide returns nil on a zero divisor;
// only the `/` and `%` operators trap, exactly like `Int`'s.
extension BigInt {
    /// Truncating quotient and remainder (Swift's `/` and `%` semantics: the quotient rounds toward
    /// zero, the remainder has the dividend's sign), or nil when `divisor` is zero.
    @inlinable
    public func quotientAndRemainder(dividingBy divisor: BigInt) -> (quotient: BigInt, remainder: BigInt)? {
        if let x = intValue, let y = divisor.intValue {
            if y == 0 { return nil }
            if !(x == .min && y == -1) { return (BigInt(x / y), BigInt(x % y)) }
        }
        return slowQuotientAndRemainder(dividingBy: divisor)
    }

    /// Floored quotient and remainder: the quotient rounds toward negative infinity and the remainder
    /// has the divisor's sign (Python's `//` and `%`). Nil when `divisor` is zero.
    public func flooredQuotientAndRemainder(dividingBy divisor: BigInt) -> (quotient: BigInt, remainder: BigInt)? {
        guard var (q, r) = quotientAndRemainder(dividingBy: divisor) else { return nil }
        if !r.isZero && r.signum != divisor.signum {
            q -= .one
            r += divisor
        }
        return (q, r)
    }

    /// Euclidean quotient and remainder: `0 <= remainder < |divisor|`. Nil when `divisor` is zero.
    public func euclideanQuotientAndRemainder(dividingBy divisor: BigInt) -> (quotient: BigInt, remainder: BigInt)? {
        guard var (q, r) = quotientAndRemainder(dividingBy: divisor) else { return nil }
        if r.signum < 0 {
            if divisor.signum > 0 { q -= .one; r += divisor } else { q += .one; r -= divisor }
        }
        return (q, r)
    }

    /// Truncating division. Traps on a zero divisor, like `Int`; use `quotientAndRemainder(dividingBy:)`
    /// where the divisor may be zero.
    @inlinable public static func / (a: BigInt, b: BigInt) -> BigInt {
        guard let qr = a.quotientAndRemainder(dividingBy: b) else { preconditionFailure("BigInt division by zero") }
        return qr.quotient
    }

    /// Truncating remainder (sign of the dividend). Traps on a zero divisor, like `Int`.
    @inlinable public static func % (a: BigInt, b: BigInt) -> BigInt {
        guard let qr = a.quotientAndRemainder(dividingBy: b) else { preconditionFailure("BigInt division by zero") }
        return qr.remainder
    }

    /// `self / divisor` when `divisor` is known to divide `self` exactly (faster than `/`).
    /// Nil when `divisor` is zero; the result is unspecified when the division is not exact.
    public func exactlyDivided(by divisor: BigInt) -> BigInt? {
        if let y = divisor.intValue {
            if y == 0 { return nil }
            if y == 1 { return self }  // the usual case after a gcd: share the box, no copy
            if let x = intValue, !(x == .min && y == -1) { return BigInt(x / y) }
        }
        return BigInt.make(limbs: Swift.max(limbCount - divisor.limbCount + 1, 1) + 1) { q in
            withMPZ { n in divisor.withMPZ { d in __gmpz_divexact(q, n, d) } }
        }
    }

    /// Greatest common divisor, always non-negative; gcd(0, 0) = 0.
    @inlinable public static func gcd(_ a: BigInt, _ b: BigInt) -> BigInt {
        if let x = a.intValue, let y = b.intValue {
            return BigInt(BigInt.gcd(x.magnitude, y.magnitude))
        }
        return slowGCD(a, b)
    }

    /// Least common multiple, always non-negative; zero when either argument is zero.
    public static func lcm(_ a: BigInt, _ b: BigInt) -> BigInt {
        if a.isZero || b.isZero { return .zero }
        return (a.exactlyDivided(by: gcd(a, b))! * b).magnitude
    }

    /// Binary (Stein) gcd of two machine words: shifts and subtractions, no division.
    @inlinable static func gcd(_ a: UInt, _ b: UInt) -> UInt {
        var (u, v) = (a, b)
        if u == 0 { return v }
        if v == 0 { return u }
        let shift = (u | v).trailingZeroBitCount
        u >>= u.trailingZeroBitCount
        repeat {
            v >>= v.trailingZeroBitCount
            if u > v { swap(&u, &v) }
            v -= u
        } while v != 0
        return u << shift
    }

    // MARK: - GMP paths

    @usableFromInline func slowQuotientAndRemainder(dividingBy divisor: BigInt) -> (quotient: BigInt, remainder: BigInt)? {
        if divisor.isZero { return nil }
        let (n, d) = (limbCount, divisor.limbCount)
        // mpz_tdiv_qr reserves d remainder limbs up front (then copies n < d of them when the
        // quotient is zero) and n-d+1 quotient limbs.
        let q = GMPInteger.zero(limbs: Swift.max(n - d + 1, 1) + 1)
        let r = GMPInteger.zero(limbs: d + 1)
        withExtendedLifetime((q, r)) {
            withMPZ { x in divisor.withMPZ { y in __gmpz_tdiv_qr(q.raw, r.raw, x, y) } }
        }
        return (BigInt(normalizing: q), BigInt(normalizing: r))
    }

    @usableFromInline static func slowGCD(_ a: BigInt, _ b: BigInt) -> BigInt {
        if a.isZero { return b.magnitude }
        if b.isZero { return a.magnitude }
        // With one side word-sized the gcd is a word: GMP returns it without writing an mpz_t.
        if let y = b.intValue { return BigInt(a.withMPZ { __gmpz_gcd_ui(nil, $0, y.magnitude) }) }
        if let x = a.intValue { return BigInt(b.withMPZ { __gmpz_gcd_ui(nil, $0, x.magnitude) }) }
        return make(limbs: Swift.min(a.limbCount, b.limbCount) + 1) { r in
            a.withMPZ { x in b.withMPZ { y in __gmpz_gcd(r, x, y) } }
        }
    }
}
