// The only floating point in Exact: explicit conversions at the boundary.
extension Double {
    /// The nearest `Double` to `r` (ties to even; results in the subnormal range may be off by one
    /// rounding); infinite past the `Double` range.
    public init(_ r: Rational) {
        if r.isInteger { self = Double(r.numerator); return }
        let n = r.numerator.magnitude, d = r.denominator
        if let x = n.intValue, let y = d.intValue, x < 1 << 53, y < 1 << 53 {
            // Both exact in Double, so one correctly rounded division.
            self = Double(r.signum) * (Double(x) / Double(y))
            return
        }
        // Scale so the integer quotient has at least 66 bits, fold the remainder into a sticky bit,
        // and let `Double(BigInt)` round that once.
        let shift = 66 + d.bitWidth - n.bitWidth
        let (q, rem) = shift >= 0
            ? (n << shift).quotientAndRemainder(dividingBy: d)!
            : n.quotientAndRemainder(dividingBy: d << -shift)!
        let sticky = (q << 1) + BigInt(rem.isZero ? 0 : 1)
        let magnitude = Double(sticky) * Double(sign: .plus, exponent: -(shift + 1), significand: 1)
        self = r.signum < 0 ? -magnitude : magnitude
    }
}

extension Rational {
    /// The exact value of a finite `Double` (every finite double is a dyadic rational); nil for NaN
    /// and infinities.
    public init?(exactly d: Double) {
        guard d.isFinite else { return nil }
        if d == 0 { self = .zero; return }
        // d = m * 2^e with an integer m: scale up until integral (at most 1074 halvings).
        var m = d.magnitude, e = 0
        while m.rounded(.towardZero) != m { m *= 2; e -= 1 }
        let mantissa = BigInt(exactly: m)!
        let signed = d < 0 ? -mantissa : mantissa
        self = e == 0 ? Rational(signed) : Rational(signed, BigInt.one << -e)!
    }
}
