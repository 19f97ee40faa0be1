import CGMP

extension BigInt: CustomStringConvertible, LosslessStringConvertible, ExpressibleByIntegerLiteral {
    @inlinable public init(integerLiteral value: Int) { self.init(value) }

    /// Decimal digits with a leading `-` for negative values.
    public var description: String { description(radix: 10) }

    /// The decimal digits when there are at most `maximumDigits`, else the first four significant
    /// digits and the power of ten, truncated, e.g. "8.320e81 (82 digits)" for 60!: for messages, where
    /// the order of S100000 would be 456,574 digits on one line. Exact: read off the digits.
    public func abbreviated(maximumDigits: Int = 40) -> String {
        let text = description
        let sign = text.hasPrefix("-") ? "-" : ""
        let digits = text.dropFirst(sign.count)
        guard digits.count > max(maximumDigits, 5) else { return text }
        let head = digits.prefix(4)
        return "\(sign)\(head.first!).\(head.dropFirst())e\(digits.count - 1) (\(digits.count) digits)"
    }

    /// Digits in base `radix` (2...36, lowercase letters), a leading `-` for negative values, no prefix.
    public func description(radix: Int) -> String {
        precondition((2...36).contains(radix), "radix must be in 2...36")
        if let v = intValue { return String(v, radix: radix) }
        return withMPZ { z in
            let size = __gmpz_sizeinbase(z, Int32(radix)) + 2
            return String(unsafeUninitializedCapacity: size) { buffer in
                buffer.withMemoryRebound(to: CChar.self) { chars in
                    _ = __gmpz_get_str(chars.baseAddress, Int32(radix), z)
                }
                return buffer.firstIndex(of: 0) ?? size
            }
        }
    }

    /// Parses an optional sign followed by decimal digits, or `0x` and hex digits; a single `_` may
    /// separate digits (`1_000_000`, `0xffff_ffff`). Returns nil for anything else (empty strings,
    /// stray characters or spaces, a lone sign or prefix, leading/trailing/double underscores).
    public init?(_ text: String) {
        var s = Substring(text)
        var negative = false
        if s.first == "-" || s.first == "+" { negative = s.first == "-"; s = s.dropFirst() }
        var base: Int32 = 10
        if s.hasPrefix("0x") || s.hasPrefix("0X") { base = 16; s = s.dropFirst(2) }
        if s.first == "_" || s.last == "_" || s.contains("__") { return nil }
        var digits = [UInt8]()
        digits.reserveCapacity(s.utf8.count + 1)
        for c in s.utf8 where c != UInt8(ascii: "_") {
            guard BigInt.isDigit(c, base: base) else { return nil }
            digits.append(c)
        }
        guard !digits.isEmpty else { return nil }
        if base == 10, digits.count < 19 {
            var v = 0
            for c in digits { v = v * 10 + Int(c - UInt8(ascii: "0")) }
            self.init(negative ? -v : v)
            return
        }
        digits.append(0)
        let scratch = ScratchInteger()
        let rc = digits.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { __gmpz_set_str(scratch.raw, $0.baseAddress, base) }
        }
        guard rc == 0 else { return nil }
        if negative { __gmpz_neg(scratch.raw, scratch.raw) }
        self.init(copying: scratch)
    }

    private static func isDigit(_ c: UInt8, base: Int32) -> Bool {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return true
        case UInt8(ascii: "a")...UInt8(ascii: "f"), UInt8(ascii: "A")...UInt8(ascii: "F"): return base == 16
        default: return false
        }
    }
}

extension String {
    /// The digits of `value` in base `radix` (2...36), with a leading `-` for negative values.
    public init(_ value: BigInt, radix: Int) { self = value.description(radix: radix) }
}
