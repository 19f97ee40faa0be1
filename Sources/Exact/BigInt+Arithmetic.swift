import CGMP

extension BigInt {
    @inlinable public static func + (a: BigInt, b: BigInt) -> BigInt {
        if case .small(let x) = a.storage, case .small(let y) = b.storage {
            let (r, o) = x.addingReportingOverflow(y)
            if !o { return BigInt(r) }
        }
        return slowAdd(a, b)
    }

    @inlinable public static func - (a: BigInt, b: BigInt) -> BigInt {
        if case .small(let x) = a.storage, case .small(let y) = b.storage {
            let (r, o) = x.subtractingReportingOverflow(y)
            if !o { return BigInt(r) }
        }
        return slowSub(a, b)
    }

    @inlinable public static func * (a: BigInt, b: BigInt) -> BigInt {
        if case .small(let x) = a.storage, case .small(let y) = b.storage {
            let (r, o) = x.multipliedReportingOverflow(by: y)
            if !o { return BigInt(r) }
        }
        return slowMul(a, b)
    }

    @inlinable public static prefix func - (a: BigInt) -> BigInt {
        if case .small(let x) = a.storage, x != .min { return BigInt(-x) }
        return make { r in a.withMPZ { __gmpz_neg(r, $0) } }
    }

    @inlinable public static func += (a: inout BigInt, b: BigInt) { a = a + b }
    @inlinable public static func -= (a: inout BigInt, b: BigInt) { a = a - b }
    @inlinable public static func *= (a: inout BigInt, b: BigInt) { a = a * b }

    @usableFromInline static func slowAdd(_ a: BigInt, _ b: BigInt) -> BigInt {
        make { r in a.withMPZ { x in b.withMPZ { y in __gmpz_add(r, x, y) } } }
    }

    @usableFromInline static func slowSub(_ a: BigInt, _ b: BigInt) -> BigInt {
        make { r in a.withMPZ { x in b.withMPZ { y in __gmpz_sub(r, x, y) } } }
    }

    @usableFromInline static func slowMul(_ a: BigInt, _ b: BigInt) -> BigInt {
        make { r in a.withMPZ { x in b.withMPZ { y in __gmpz_mul(r, x, y) } } }
    }

    /// The absolute value.
    @inlinable public var magnitude: BigInt { signum < 0 ? -self : self }

    /// Truncating quotient and remainder (Swift's `/` and `%` semantics), or nil when `divisor` is zero.
    public func quotientAndRemainder(dividingBy divisor: BigInt) -> (quotient: BigInt, remainder: BigInt)? {
        if divisor.isZero { return nil }
        if case .small(let x) = storage, case .small(let y) = divisor.storage, !(x == .min && y == -1) {
            return (BigInt(x / y), BigInt(x % y))
        }
        let q = GMPInteger(), r = GMPInteger()
        withMPZ { x in divisor.withMPZ { y in __gmpz_tdiv_qr(q.raw, r.raw, x, y) } }
        return (BigInt(normalizing: q), BigInt(normalizing: r))
    }

    /// Truncating division. Traps on a zero divisor, like `Int`; use `quotientAndRemainder(dividingBy:)`
    /// where the divisor may be zero.
    public static func / (a: BigInt, b: BigInt) -> BigInt {
        guard let qr = a.quotientAndRemainder(dividingBy: b) else { preconditionFailure("BigInt division by zero") }
        return qr.quotient
    }

    /// Truncating remainder (sign of the dividend). Traps on a zero divisor, like `Int`.
    public static func % (a: BigInt, b: BigInt) -> BigInt {
        guard let qr = a.quotientAndRemainder(dividingBy: b) else { preconditionFailure("BigInt division by zero") }
        return qr.remainder
    }

    /// Greatest common divisor, always non-negative; gcd(0, 0) = 0.
    public static func gcd(_ a: BigInt, _ b: BigInt) -> BigInt {
        if case .small(var x) = a.storage, case .small(var y) = b.storage, x != .min, y != .min {
            x = abs(x); y = abs(y)
            while y != 0 { (x, y) = (y, x % y) }
            return BigInt(x)
        }
        return make { r in a.withMPZ { x in b.withMPZ { y in __gmpz_gcd(r, x, y) } } }
    }

    /// `self` raised to a non-negative power.
    public func power(_ exponent: Int) -> BigInt {
        precondition(exponent >= 0, "negative exponent")
        return BigInt.make { r in withMPZ { __gmpz_pow_ui(r, $0, UInt(exponent)) } }
    }
}
