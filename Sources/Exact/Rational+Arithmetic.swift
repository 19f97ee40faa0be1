// Field operations. When all four parts are machine words the work is done on `Int` with
// overflow checks, reducing with gcds of the denominators first (Knuth, TAOCP 4.5.1) so that
// intermediates stay small; any overflow falls back to the same formulas on `BigInt`.
extension Rational {
    @inlinable public static func + (a: Rational, b: Rational) -> Rational {
        if let an = a.numerator.intValue, let ad = a.denominator.intValue,
           let bn = b.numerator.intValue, let bd = b.denominator.intValue,
           let r = smallSum(an, ad, bn, bd) {
            return r
        }
        return bigSum(a.numerator, a.denominator, b.numerator, b.denominator)
    }

    @inlinable public static func - (a: Rational, b: Rational) -> Rational {
        if let an = a.numerator.intValue, let ad = a.denominator.intValue,
           let bn = b.numerator.intValue, let bd = b.denominator.intValue,
           bn != .min, let r = smallSum(an, ad, -bn, bd) {
            return r
        }
        return bigSum(a.numerator, a.denominator, b.numerator, b.denominator, negate: true)
    }

    @inlinable public static prefix func - (a: Rational) -> Rational {
        Rational(canonicalNumerator: -a.numerator, denominator: a.denominator)
    }

    @inlinable public static func * (a: Rational, b: Rational) -> Rational {
        if let an = a.numerator.intValue, let ad = a.denominator.intValue,
           let bn = b.numerator.intValue, let bd = b.denominator.intValue,
           let r = smallProduct(an, ad, bn, bd) {
            return r
        }
        return bigProduct(a.numerator, a.denominator, b.numerator, b.denominator)
    }

    /// `a / b`, or nil when `b` is zero.
    @inlinable public func divided(by b: Rational) -> Rational? {
        if b.isZero { return nil }
        // Multiply by the inverse; its sign moves to the numerator.
        let negative = b.numerator.signum < 0
        let inverseNumerator = negative ? -b.denominator : b.denominator
        let inverseDenominator = negative ? -b.numerator : b.numerator
        if let an = numerator.intValue, let ad = denominator.intValue,
           let bn = inverseNumerator.intValue, let bd = inverseDenominator.intValue,
           let r = Rational.smallProduct(an, ad, bn, bd) {
            return r
        }
        return Rational.bigProduct(numerator, denominator, inverseNumerator, inverseDenominator)
    }

    /// The multiplicative inverse, or nil for zero.
    public var inverse: Rational? { Rational.one.divided(by: self) }

    /// `self` raised to an integer power, or nil for a negative power of zero. 0^0 = 1.
    public func power(_ exponent: Int) -> Rational? {
        if exponent < 0 {
            guard let inv = inverse else { return nil }
            return inv.power(exponent == .min ? Int.max : -exponent).map { exponent == .min ? $0 * inv : $0 }
        }
        // Powers of coprime numbers are coprime, so the result is already canonical.
        return Rational(canonicalNumerator: numerator.power(exponent), denominator: denominator.power(exponent))
    }

    @inlinable public static func += (a: inout Rational, b: Rational) { a = a + b }
    @inlinable public static func -= (a: inout Rational, b: Rational) { a = a - b }
    @inlinable public static func *= (a: inout Rational, b: Rational) { a = a * b }

    // MARK: - Word-sized paths (nil on overflow)

    @inlinable static func smallSum(_ an: Int, _ ad: Int, _ bn: Int, _ bd: Int) -> Rational? {
        if ad == bd {
            let (n, o) = an.addingReportingOverflow(bn)
            if o { return nil }
            if ad == 1 { return Rational(n) }
            let g = Int(bitPattern: BigInt.gcd(n.magnitude, UInt(ad)))  // <= ad, so it fits
            return Rational(canonicalNumerator: BigInt(n / g), denominator: BigInt(ad / g))
        }
        let g = Int(bitPattern: BigInt.gcd(UInt(ad), UInt(bd)))
        let (s, t) = (ad / g, bd / g)
        let (x, o1) = an.multipliedReportingOverflow(by: t)
        let (y, o2) = bn.multipliedReportingOverflow(by: s)
        let (n, o3) = x.addingReportingOverflow(y)
        if o1 || o2 || o3 { return nil }
        if n == 0 { return .zero }
        // gcd(n, s*t*g) = gcd(n, g) for reduced inputs.
        let g2 = g == 1 ? 1 : Int(bitPattern: BigInt.gcd(n.magnitude, UInt(g)))
        let (d, o4) = s.multipliedReportingOverflow(by: bd / g2)
        if o4 { return nil }
        return Rational(canonicalNumerator: BigInt(n / g2), denominator: BigInt(d))
    }

    @inlinable static func smallProduct(_ an: Int, _ ad: Int, _ bn: Int, _ bd: Int) -> Rational? {
        if an == 0 || bn == 0 { return .zero }
        if ad == 1 && bd == 1 {
            let (n, o) = an.multipliedReportingOverflow(by: bn)
            return o ? nil : Rational(n)
        }
        let g1 = BigInt.gcd(an.magnitude, UInt(bd)), g2 = BigInt.gcd(bn.magnitude, UInt(ad))
        // Both gcds divide a positive denominator, so they fit in Int.
        let (h1, h2) = (Int(bitPattern: g1), Int(bitPattern: g2))
        let (n, o1) = (an / h1).multipliedReportingOverflow(by: bn / h2)
        let (d, o2) = (ad / h2).multipliedReportingOverflow(by: bd / h1)
        if o1 || o2 { return nil }
        return Rational(canonicalNumerator: BigInt(n), denominator: BigInt(d))
    }

    // MARK: - BigInt paths

    /// an/ad ± bn/bd on BigInt (subtracting when `negate`, so a large `bn` needs no negated copy).
    @usableFromInline static func bigSum(_ an: BigInt, _ ad: BigInt, _ bn: BigInt, _ bd: BigInt, negate: Bool = false) -> Rational {
        if ad == bd {
            let n = negate ? an - bn : an + bn
            if ad == .one { return Rational(canonicalNumerator: n, denominator: .one) }
            if n.isZero { return .zero }
            let g = BigInt.gcd(n, ad)
            return Rational(canonicalNumerator: n.exactlyDivided(by: g)!, denominator: ad.exactlyDivided(by: g)!)
        }
        let g = BigInt.gcd(ad, bd)
        if g == .one {
            return Rational(canonicalNumerator: BigInt.sumOfProducts(an, bd, bn, ad, subtracting: negate), denominator: ad * bd)
        }
        let s = ad.exactlyDivided(by: g)!, t = bd.exactlyDivided(by: g)!
        let n = BigInt.sumOfProducts(an, t, bn, s, subtracting: negate)
        if n.isZero { return .zero }
        let g2 = BigInt.gcd(n, g)
        return Rational(canonicalNumerator: n.exactlyDivided(by: g2)!, denominator: s * bd.exactlyDivided(by: g2)!)
    }

    @usableFromInline static func bigProduct(_ an: BigInt, _ ad: BigInt, _ bn: BigInt, _ bd: BigInt) -> Rational {
        if an.isZero || bn.isZero { return .zero }
        let g1 = BigInt.gcd(an, bd), g2 = BigInt.gcd(bn, ad)
        let n = an.exactlyDivided(by: g1)! * bn.exactlyDivided(by: g2)!
        let d = ad.exactlyDivided(by: g2)! * bd.exactlyDivided(by: g1)!
        return Rational(canonicalNumerator: n, denominator: d)
    }
}
