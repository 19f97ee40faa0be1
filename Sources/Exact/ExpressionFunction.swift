/// The functions `ExpressionEvaluator` knows, and how each checks and computes its arguments.
enum ExpressionFunction: String, CaseIterable {
    case factorial, binomial, gcd, lcm, abs, floor, ceil

    /// How many arguments it takes (`nil` upper bound: any number from the lower one up).
    var arity: (min: Int, max: Int?) {
        switch self {
        case .factorial, .abs, .floor, .ceil: return (1, 1)
        case .binomial: return (2, 2)
        case .gcd, .lcm: return (2, nil)
        }
    }

    /// Applies the function. `columns[i]` is where argument `i` starts; `maxBits` bounds the result.
    func apply(_ args: [Rational], columns: [Int], maxBits: Int) throws(ExpressionError) -> Rational {
        switch self {
        case .abs: return args[0].magnitude
        case .floor: return Rational(args[0].floor)
        case .ceil: return Rational(args[0].ceil)
        case .gcd, .lcm:
            var acc = try integer(args[0], column: columns[0], what: "\(rawValue) argument")
            for i in 1..<args.count {
                let x = try integer(args[i], column: columns[i], what: "\(rawValue) argument")
                if self == .lcm, acc.bitWidth + x.bitWidth > maxBits {
                    throw tooLarge(bits: acc.bitWidth + x.bitWidth, maxBits: maxBits, column: columns[i])
                }
                acc = self == .gcd ? BigInt.gcd(acc, x) : BigInt.lcm(acc, x)
            }
            return Rational(acc)
        case .factorial:
            return Rational(try ExpressionFunction.factorial(args[0], column: columns[0], maxBits: maxBits))
        case .binomial:
            let n = try integer(args[0], column: columns[0], what: "binomial's n")
            let kBig = try integer(args[1], column: columns[1], what: "binomial's k")
            if kBig.signum < 0 { return .zero }  // C(n, k) = 0 for k < 0
            if n.signum >= 0 && kBig > n { return .zero }
            guard var k = kBig.intValue else {
                throw ExpressionError(column: columns[1], message: "binomial's k is too large")
            }
            if n.signum >= 0, let nInt = n.intValue, k > nInt - k { k = nInt - k }  // same value, less work
            let top = n.signum >= 0 ? n : n.magnitude + BigInt(k)
            let estimate = k.multipliedReportingOverflow(by: top.bitWidth)
            if estimate.overflow || estimate.partialValue > maxBits {
                throw tooLarge(bits: estimate.overflow ? .max : estimate.partialValue, maxBits: maxBits, column: columns[1])
            }
            return Rational(BigInt.binomial(n, k)!)
        }
    }

    /// n! with its argument and size checked; shared by `factorial(n)` and the postfix `!`.
    static func factorial(_ x: Rational, column: Int, maxBits: Int) throws(ExpressionError) -> BigInt {
        guard x.isInteger else {
            throw ExpressionError(column: column, message: "factorial of a non-integer (\(x))")
        }
        guard x.signum >= 0 else {
            throw ExpressionError(column: column, message: "factorial of a negative number (\(x))")
        }
        // log2(n!) < n * bitWidth(n).
        guard let n = x.numerator.intValue, n <= maxBits else {
            throw tooLarge(bits: .max, maxBits: maxBits, column: column)
        }
        let estimate = n * BigInt(n).bitWidth
        if estimate > maxBits { throw tooLarge(bits: estimate, maxBits: maxBits, column: column) }
        return BigInt.factorial(n)!
    }

    private func integer(_ x: Rational, column: Int, what: String) throws(ExpressionError) -> BigInt {
        guard x.isInteger else { throw ExpressionError(column: column, message: "\(what) must be an integer, got \(x)") }
        return x.numerator
    }
}

/// The error for a result that would exceed the size bound.
/// `bits == .max` stands for "too many to count" (the estimate itself overflowed).
func tooLarge(bits: Int, maxBits: Int, column: Int) -> ExpressionError {
    let message = bits == .max
        ? "result too large: more than the limit of \(maxBits) bits"
        : "result too large: about \(bits) bits (limit \(maxBits))"
    return ExpressionError(column: column, message: message)
}
