/// An exact rational number in canonical form: numerator and denominator coprime, denominator > 0,
/// zero is 0/1. Built on `BigInt`, so values with word-sized parts stay out of GMP.
public struct Rational: Sendable, Hashable {
    public let numerator: BigInt
    public let denominator: BigInt

    /// Assumes `n/d` is already canonical.
    @usableFromInline init(canonicalNumerator n: BigInt, denominator d: BigInt) {
        numerator = n
        denominator = d
    }

    @inlinable public init(_ n: BigInt) { self.init(canonicalNumerator: n, denominator: .one) }
    @inlinable public init(_ n: Int) { self.init(BigInt(n)) }

    /// `n/d` in lowest terms, or nil when `d` is zero.
    public init?(_ n: BigInt, _ d: BigInt) {
        if d.isZero { return nil }
        let g = BigInt.gcd(n, d)
        var num = n / g, den = d / g
        if den.signum < 0 { num = -num; den = -den }
        self.init(canonicalNumerator: num, denominator: den)
    }

    public static let zero = Rational(0)
    public static let one = Rational(1)

    @inlinable public var isZero: Bool { numerator.isZero }
    @inlinable public var signum: Int { numerator.signum }
    @inlinable public var isInteger: Bool { denominator == .one }
}

extension Rational {
    public static func + (a: Rational, b: Rational) -> Rational {
        if a.denominator == b.denominator {
            return Rational(a.numerator + b.numerator, a.denominator)!
        }
        return Rational(a.numerator * b.denominator + b.numerator * a.denominator, a.denominator * b.denominator)!
    }

    public static func - (a: Rational, b: Rational) -> Rational { a + (-b) }

    public static prefix func - (a: Rational) -> Rational {
        Rational(canonicalNumerator: -a.numerator, denominator: a.denominator)
    }

    public static func * (a: Rational, b: Rational) -> Rational {
        Rational(a.numerator * b.numerator, a.denominator * b.denominator)!
    }

    /// `a / b`, or nil when `b` is zero.
    public func divided(by b: Rational) -> Rational? {
        if b.isZero { return nil }
        return Rational(numerator * b.denominator, denominator * b.numerator)
    }

    /// The multiplicative inverse, or nil for zero.
    public var inverse: Rational? { Rational.one.divided(by: self) }

    public static func += (a: inout Rational, b: Rational) { a = a + b }
    public static func -= (a: inout Rational, b: Rational) { a = a - b }
    public static func *= (a: inout Rational, b: Rational) { a = a * b }
}

extension Rational: Comparable {
    public static func < (a: Rational, b: Rational) -> Bool {
        a.numerator * b.denominator < b.numerator * a.denominator
    }
}

extension Rational: CustomStringConvertible, LosslessStringConvertible, ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int) { self.init(value) }

    /// `n` for integers, `n/d` otherwise.
    public var description: String {
        isInteger ? numerator.description : "\(numerator)/\(denominator)"
    }

    /// Parses `"7"`, `"-3/4"`, `"0.125"`, `"-2.5"`. Returns nil for malformed text or a zero denominator.
    public init?(_ text: String) {
        let t = text.trimmingCharacters(in: .whitespaces)
        if let slash = t.firstIndex(of: "/") {
            guard let n = BigInt(String(t[..<slash])), let d = BigInt(String(t[t.index(after: slash)...])) else { return nil }
            self.init(n, d)
            return
        }
        if let dot = t.firstIndex(of: ".") {
            let intPart = String(t[..<dot]), frac = String(t[t.index(after: dot)...])
            guard !frac.isEmpty, frac.allSatisfy({ ("0"..."9").contains($0) }) else { return nil }
            let negative = intPart.hasPrefix("-")
            let whole = intPart == "-" || intPart == "" || intPart == "+" ? BigInt.zero : BigInt(intPart)
            guard let w = whole else { return nil }
            guard let f = BigInt(frac) else { return nil }
            let scale = BigInt(10).power(frac.count)
            let mag = w.magnitude * scale + f
            self.init(negative ? -mag : mag, scale)
            return
        }
        guard let n = BigInt(t) else { return nil }
        self.init(n)
    }
}

private extension String {
    func trimmingCharacters(in _: CharacterSetLike) -> String {
        var s = Substring(self)
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}

private enum CharacterSetLike { case whitespaces }
