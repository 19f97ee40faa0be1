/// Recursive-descent parser and evaluator for `ExpressionEvaluator` (which documents the grammar).
/// It evaluates while it parses: each rule returns the value of what it consumed.
struct ExpressionParser {
    private let chars: [Character]
    private var position = 0
    private var depth = 0
    private let maxBits: Int

    /// Every recursion of the grammar passes through `parseUnary`; bounding its depth turns
    /// "((((...))))" a million deep into an error instead of a stack overflow.
    static let maxDepth = 200

    init(text: String, maxResultBits: Int) {
        chars = Array(text)
        maxBits = maxResultBits
    }

    mutating func parseExpression() throws(ExpressionError) -> Rational {
        skipSpaces()
        if position == chars.count { throw ExpressionError(column: 1, message: "empty expression") }
        let value = try parseSum()
        if let c = peek() {
            throw fail(c == ")" ? "unmatched ')'" : "unexpected '\(c)' (expected an operator)")
        }
        return value
    }

    // MARK: - Grammar rules

    private mutating func parseSum() throws(ExpressionError) -> Rational {
        var value = try parseProduct()
        while let op = peek(), op == "+" || op == "-" {
            let column = self.column
            advance()
            let rhs = try parseProduct()
            value = op == "+" ? value + rhs : value - rhs
            try checkSize(value, column: column)
        }
        return value
    }

    private mutating func parseProduct() throws(ExpressionError) -> Rational {
        var value = try parseUnary()
        while let op = peek(), op == "*" || op == "/" {
            let column = self.column
            advance()
            let rhs = try parseUnary()
            if op == "*" {
                try checkSize(bits: bits(value) + bits(rhs), column: column)
                value = value * rhs
            } else {
                // a/b * d/c has at most as many bits as the four parts together, like a product.
                try checkSize(bits: bits(value) + bits(rhs), column: column)
                guard let q = value.divided(by: rhs) else {
                    throw ExpressionError(column: column, message: "division by zero")
                }
                value = q
            }
        }
        return value
    }

    private mutating func parseUnary() throws(ExpressionError) -> Rational {
        depth += 1
        defer { depth -= 1 }
        if depth > ExpressionParser.maxDepth {
            throw fail("expression nested too deeply (more than \(ExpressionParser.maxDepth) levels)")
        }
        if let op = peek(), op == "-" || op == "+" {
            advance()
            let value = try parseUnary()
            return op == "-" ? -value : value
        }
        return try parsePower()
    }

    private mutating func parsePower() throws(ExpressionError) -> Rational {
        let base = try parsePostfix()
        guard peek() == "^" else { return base }
        let column = self.column
        advance()
        let exponentColumn = self.column
        let exponent = try parseUnary()
        return try power(base, exponent, column: column, exponentColumn: exponentColumn)
    }

    private mutating func parsePostfix() throws(ExpressionError) -> Rational {
        let start = self.column
        var value = try parsePrimary()
        while peek() == "!" {
            advance()
            value = Rational(try ExpressionFunction.factorial(value, column: start, maxBits: maxBits))
        }
        return value
    }

    private mutating func parsePrimary() throws(ExpressionError) -> Rational {
        guard let c = peek() else { throw fail("unexpected end of expression") }
        if c == "(" {
            advance()
            let value = try parseSum()
            try expect(")")
            return value
        }
        if c.isASCII && (c.isNumber || c == ".") { return try parseNumber() }
        if c.isASCII && c.isLetter { return try parseCall() }
        throw fail(c == ")" ? "expected a number or '(' before ')'" : "unexpected '\(c)'")
    }

    private mutating func parseNumber() throws(ExpressionError) -> Rational {
        let start = position
        while position < chars.count, chars[position].isASCII,
              chars[position].isNumber || chars[position] == "." || chars[position] == "_" {
            position += 1
        }
        let text = String(chars[start..<position])
        // Only plain decimals here: exponent notation would clash with names, and hex is for BigInt.
        guard !text.contains("e"), !text.contains("E"), let value = Rational(text) else {
            throw ExpressionError(column: start + 1, message: "malformed number '\(text)'")
        }
        skipSpaces()
        return value
    }

    private mutating func parseCall() throws(ExpressionError) -> Rational {
        let start = position
        while position < chars.count, chars[position].isASCII, chars[position].isLetter || chars[position].isNumber {
            position += 1
        }
        let name = String(chars[start..<position])
        guard let function = ExpressionFunction(rawValue: name) else {
            let known = ExpressionFunction.allCases.map(\.rawValue).joined(separator: ", ")
            throw ExpressionError(column: start + 1, message: "unknown function '\(name)' (known: \(known))")
        }
        skipSpaces()
        try expect("(")
        var args: [Rational] = [], columns: [Int] = []
        repeat {
            if !args.isEmpty { advance() }  // the comma
            columns.append(column)
            args.append(try parseSum())
        } while peek() == ","
        try expect(")")
        let (low, high) = function.arity
        if args.count < low || args.count > (high ?? .max) {
            let wanted = high == nil ? "at least \(low) arguments" : low == 1 ? "1 argument" : "\(low) arguments"
            throw ExpressionError(column: start + 1, message: "\(name) takes \(wanted), got \(args.count)")
        }
        let value = try function.apply(args, columns: columns, maxBits: maxBits)
        try checkSize(value, column: start + 1)
        return value
    }

    // MARK: - Operations with checks

    private func power(_ base: Rational, _ exponent: Rational, column: Int, exponentColumn: Int) throws(ExpressionError) -> Rational {
        guard exponent.isInteger else {
            throw ExpressionError(column: exponentColumn, message: "exponent must be an integer, got \(exponent)")
        }
        if base.isZero && exponent.signum < 0 {
            throw ExpressionError(column: column, message: "zero to a negative power")
        }
        // 0, 1 and -1 stay small under any power.
        if base.isZero || base.denominator == .one && base.numerator.magnitude == .one {
            let odd = exponent.numerator.limb(at: 0) & 1 == 1
            return base.isZero ? (exponent.isZero ? .one : .zero) : (odd ? base : .one)
        }
        guard let e = exponent.numerator.intValue, e != .min, e.magnitude <= UInt(maxBits) else {
            throw ExpressionError.tooLarge(bits: .max, maxBits: maxBits, column: column)
        }
        // An upper bound on the result's bits, checked before the power is computed.
        var estimate = 0
        for part in [base.numerator, base.denominator] {
            guard let b = Self.powerBitsUpperBound(part, exponent: e.magnitude), b <= UInt(maxBits) else {
                throw ExpressionError.tooLarge(bits: .max, maxBits: maxBits, column: column)
            }
            estimate += Int(b)
        }
        try checkSize(bits: estimate, column: column)
        return base.power(e)!
    }

    /// An upper bound on the bits of |x|^e (x != 0), or nil when it overflows `UInt`. Integer
    /// arithmetic only: |x| < m * 2^shift with m the top 24 bits of |x| plus one (|x| itself when
    /// it is that short), log2(m) <= k + (F + 1) / 2^20 with k = floor(log2 m) and F the first 20
    /// fraction bits of log2 m computed by repeated squaring, rounding up at every step. So
    /// bits(|x|^e) <= e * log2|x| + 1 <= e * (shift + k) + ceil(e * (F + 1) / 2^20) + 1; the slack
    /// is below one bit per 2^20 of exponent plus e / 2^23 for the truncation.
    static func powerBitsUpperBound(_ x: BigInt, exponent e: UInt) -> UInt? {
        let width = x.bitWidth
        let shift = max(width - 24, 0)
        let top = UInt64((x.magnitude >> shift).limb(at: 0))
        let m = shift > 0 ? top + 1 : top
        let k = UInt64(63 - m.leadingZeroBitCount)
        if shift == 0, m.nonzeroBitCount == 1 {  // |x| = 2^k exactly: |x|^e has e*k + 1 bits
            let (product, o) = e.multipliedReportingOverflow(by: UInt(k))
            return o || product == .max ? nil : product + 1
        }
        var y = m << (30 - k)  // m / 2^k in [1, 2], as a Q30 fixed-point number
        var fraction: UInt64 = 0
        for _ in 0..<20 {
            let square = y * y
            y = (square >> 30) + (square & (1 << 30 - 1) == 0 ? 0 : 1)
            fraction <<= 1
            if y >= 1 << 31 {
                fraction |= 1
                y = (y >> 1) + (y & 1)
            }
        }
        let whole = e.multipliedReportingOverflow(by: UInt(shift) + UInt(k))
        let part = e.multipliedReportingOverflow(by: UInt(fraction + 1))
        guard !whole.overflow, !part.overflow else { return nil }
        let partBits = (part.partialValue >> 20) + (part.partialValue & (1 << 20 - 1) == 0 ? 0 : 1)
        let (sum, o) = whole.partialValue.addingReportingOverflow(partBits + 1)
        return o ? nil : sum
    }

    private func bits(_ x: Rational) -> Int { x.numerator.bitWidth + x.denominator.bitWidth }

    private func checkSize(_ x: Rational, column: Int) throws(ExpressionError) {
        try checkSize(bits: bits(x), column: column)
    }

    private func checkSize(bits: Int, column: Int) throws(ExpressionError) {
        if bits > maxBits { throw ExpressionError.tooLarge(bits: bits, maxBits: maxBits, column: column) }
    }

    // MARK: - Characters

    /// 1-based column of the next character (one past the end at the end).
    private var column: Int { position + 1 }

    private func peek() -> Character? { position < chars.count ? chars[position] : nil }

    private mutating func advance() {
        position += 1
        skipSpaces()
    }

    private mutating func skipSpaces() {
        while position < chars.count, chars[position].isWhitespace { position += 1 }
    }

    private mutating func expect(_ c: Character) throws(ExpressionError) {
        guard peek() == c else {
            throw fail(peek().map { "expected '\(c)', found '\($0)'" } ?? "expected '\(c)'")
        }
        advance()
    }

    private func fail(_ message: String) -> ExpressionError {
        ExpressionError(column: column, message: message)
    }
}
