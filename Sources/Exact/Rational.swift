/// An exact rational number in canonical form: numerator and denominator coprime, denominator > 0,
/// zero is 0/1. Built on `BigInt`; when both parts fit in a machine word, arithmetic runs on `Int`
/// with overflow checks (see `Rational+Arithmetic.swift`) and never touches GMP.
public struct Rational: Sendable, Hashable {
    public let numerator: BigInt
    public let denominator: BigInt

    /// Assumes `n/d` is already canonical.
    @inlinable init(canonicalNumerator n: BigInt, denominator d: BigInt) {
        numerator = n
        denominator = d
    }

    @inlinable public init(_ n: BigInt) { self.init(canonicalNumerator: n, denominator: .one) }
    @inlinable public init(_ n: Int) { self.init(BigInt(n)) }

    /// `n/d` in lowest terms, or nil when `d` is zero.
    public init?(_ n: BigInt, _ d: BigInt) {
        if d.isZero { return nil }
        if let x = n.intValue, let y = d.intValue, let r = Rational.reduced(x, y) {
            self = r
            return
        }
        let g = BigInt.gcd(n, d)
        var num = n.exactlyDivided(by: g)!, den = d.exactlyDivided(by: g)!
        if den.signum < 0 { num = -num; den = -den }
        self.init(canonicalNumerator: num, denominator: den)
    }

    /// `n/d` in lowest terms, or nil when `d` is zero.
    public init?(_ n: Int, _ d: Int) { self.init(BigInt(n), BigInt(d)) }

    public static let zero = Rational(0)
    public static let one = Rational(1)

    @inlinable public var isZero: Bool { numerator.isZero }
    @inlinable public var signum: Int { numerator.signum }
    @inlinable public var isInteger: Bool { denominator == .one }

    /// The absolute value.
    public var magnitude: Rational { signum < 0 ? -self : self }

    /// The greatest integer <= self.
    public var floor: BigInt { numerator.flooredQuotientAndRemainder(dividingBy: denominator)!.quotient }

    /// The least integer >= self.
    public var ceil: BigInt { -((-self).floor) }

    /// `x/y` reduced in `Int`, or nil when `y` is zero or a part overflows (only for `Int.min`).
    @usableFromInline static func reduced(_ x: Int, _ y: Int) -> Rational? {
        if y == 0 { return nil }
        if x == 0 { return .zero }
        let g = Int(bitPattern: BigInt.gcd(x.magnitude, y.magnitude))
        guard g > 0 else { return nil }  // gcd was 2^63: both are Int.min
        var (n, d) = (x / g, y / g)
        if d < 0 {
            if n == .min || d == .min { return nil }
            (n, d) = (-n, -d)
        }
        return Rational(canonicalNumerator: BigInt(n), denominator: BigInt(d))
    }
}
