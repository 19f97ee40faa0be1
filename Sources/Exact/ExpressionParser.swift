/// Recursive-descent parser and evaluator for `ExpressionEvaluator` (which documents the grammar).
/// It evaluates while it parses: each rule returns the value of what it consumed.
struct ExpressionParser {
    private let chars: [Character]
    private var position = 0
    private let maxBits: Int

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
                guard let q = value.divided(by: rhs) else {
                    throw ExpressionError(column: column, message: "division by zero")
                }
                value = q
            }
        }
        return value
    }

    private mutating func parseUnary() throws(ExpressionError) -> Rational {
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
            throw tooLarge(bits: .max, maxBits: maxBits, column: column)
        }
        // A lower bound on the result's bits: (2^(w-1))^e has e(w-1)+1 bits. The true size is at
        // most w/(w-1) times that, so the bound costs at most a factor 2 in slack.
        var estimate = 0
        for part in [base.numerator, base.denominator] {
            let (x, o) = e.magnitude.multipliedReportingOverflow(by: UInt(part.bitWidth - 1))
            if o || x >= UInt(maxBits) { throw tooLarge(bits: o ? .max : Int(x), maxBits: maxBits, column: column) }
            estimate += Int(x) + 1
        }
        try checkSize(bits: estimate, column: column)
        return base.power(e)!
    }

    private func bits(_ x: Rational) -> Int { x.numerator.bitWidth + x.denominator.bitWidth }

    private func checkSize(_ x: Rational, column: Int) throws(ExpressionError) {
        try checkSize(bits: bits(x), column: column)
    }

    private func checkSize(bits: Int, column: Int) throws(ExpressionError) {
        if bits > maxBits { throw tooLarge(bits: bits, maxBits: maxBits, column: column) }
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
