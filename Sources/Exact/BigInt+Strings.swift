import CGMP

extension BigInt: CustomStringConvertible, LosslessStringConvertible, ExpressibleByIntegerLiteral {
    @inlinable public init(integerLiteral value: Int) { self.init(value) }

    /// Decimal digits with a leading `-` for negative values.
    public var description: String {
        if case .small(let v) = storage { return String(v) }
        return withMPZ { z in
            let size = __gmpz_sizeinbase(z, 10) + 2
            var buf = [CChar](repeating: 0, count: size + 1)
            __gmpz_get_str(&buf, 10, z)
            return String(decoding: buf.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
    }

    /// Parses an optional sign followed by decimal digits, or `0x` and hex digits; `_` may separate digits.
    /// Returns nil for anything else (empty strings, stray characters, a lone sign).
    public init?(_ text: String) {
        var s = Substring(text)
        var negative = false
        if s.first == "-" || s.first == "+" { negative = s.first == "-"; s = s.dropFirst() }
        var base: Int32 = 10
        if s.hasPrefix("0x") || s.hasPrefix("0X") { base = 16; s = s.dropFirst(2) }
        if s.first == "_" || s.last == "_" || s.contains("__") { return nil }
        let digits = s.filter { $0 != "_" }
        guard !digits.isEmpty, digits.allSatisfy({ base == 16 ? $0.isHexDigit : ("0"..."9").contains($0) }) else { return nil }
        if base == 10, digits.count < 19, let v = Int(digits) {
            self.init(negative ? -v : v)
            return
        }
        let box = GMPInteger()
        let rc = __gmpz_set_str(box.raw, String(digits), base)
        guard rc == 0 else { return nil }
        if negative { __gmpz_neg(box.raw, box.raw) }
        self.init(normalizing: box)
    }
}
