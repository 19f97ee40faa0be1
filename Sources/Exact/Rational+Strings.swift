extension Rational: CustomStringConvertible, LosslessStringConvertible, ExpressibleByIntegerLiteral {
    @inlinable public init(integerLiteral value: Int) { self.init(value) }

    /// `n` for integers, `n/d` otherwise.
    public var description: String {
        isInteger ? numerator.description : "\(numerator)/\(denominator)"
    }

    /// Parses a fraction `"-3/4"` (each side as `BigInt` parses it: decimal or `0x` hex, underscores),
    /// an integer `"7"`, or a decimal `"0.125"`, `"-.5"`, `"2.5e-3"`, `"1E6"`. Surrounding spaces are
    /// ignored. Returns nil for malformed text or a zero denominator.
    public init?(_ text: String) {
        let t = Rational.trimmingSpaces(Substring(text))
        if let slash = t.firstIndex(of: "/") {
            guard let n = BigInt(String(t[..<slash])), let d = BigInt(String(t[t.index(after: slash)...])) else { return nil }
            self.init(n, d)
            return
        }
        if let n = BigInt(String(t)) { self.init(n); return }
        guard let r = Rational.parseDecimal(t) else { return nil }
        self = r
    }

    /// `[sign] digits [. digits] [(e|E) [sign] digits]` with at least one mantissa digit.
    private static func parseDecimal(_ text: Substring) -> Rational? {
        var s = text
        var negative = false
        if s.first == "-" || s.first == "+" { negative = s.first == "-"; s = s.dropFirst() }
        var exponent = 0
        if let e = s.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            let expText = s[s.index(after: e)...]
            guard let x = Int(expText), abs(x) <= 1_000_000 else { return nil }
            exponent = x
            s = s[..<e]
        }
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return nil }
        let whole = parts[0], fraction = parts.count == 2 ? parts[1] : ""
        guard whole.count + fraction.count > 0,
              (whole + fraction).allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        guard var mantissa = BigInt(String(whole + fraction).isEmpty ? "0" : String(whole + fraction)) else { return nil }
        if negative { mantissa = -mantissa }
        let scale = exponent - fraction.count
        let ten = BigInt(10)
        return scale >= 0 ? Rational(mantissa * ten.power(scale)) : Rational(mantissa, ten.power(-scale))
    }

    private static func trimmingSpaces(_ text: Substring) -> Substring {
        var s = text
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return s
    }
}
