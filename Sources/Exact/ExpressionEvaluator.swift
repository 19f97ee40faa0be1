/// Evaluates an exact arithmetic expression over the rationals.
///
/// Grammar (usual precedence; `^` binds tighter than unary minus and is right-associative, so
/// `-2^2 = -4` and `2^3^2 = 2^9`; `!` is postfix factorial):
///
///     expression := sum
///     sum        := product (("+" | "-") product)*
///     product    := unary (("*" | "/") unary)*
///     unary      := ("-" | "+") unary | power
///     power      := postfix ("^" unary)?
///     postfix    := primary "!"*
///     primary    := number | "(" sum ")" | name "(" sum ("," sum)* ")"
///
/// Numbers are decimal integers or decimals (`12`, `0.125`, `1_000`). Functions: `factorial(n)`,
/// `binomial(n, k)`, `gcd(a, b, ...)`, `lcm(a, b, ...)`, `abs(x)`, `floor(x)`, `ceil(x)`.
/// Exponents must be integers; a negative exponent needs a nonzero base.
///
/// Every failure is an `ExpressionError` naming the column: malformed input, division by zero,
/// factorial of a negative or non-integer, and any result that would exceed `maxResultBits`
/// (checked *before* computing powers, factorials and binomials, so `2^(10^12)` fails at once
/// instead of exhausting memory).
public struct ExpressionEvaluator: Sendable {
    /// Upper bound on the bits of any intermediate result (numerator plus denominator).
    public var maxResultBits: Int

    /// The default bound, 2^22 bits: about 1.26 million decimal digits.
    public static let defaultMaxResultBits = 1 << 22

    /// The largest `maxResultBits` honoured, 2^32 bits (512 MiB per number): GMP aborts the
    /// process on numbers of about 2^37 bits, and a product of two operands within this bound
    /// stays far below that. Larger values are clamped to it.
    public static let maximumMaxResultBits = 1 << 32

    public init(maxResultBits: Int = ExpressionEvaluator.defaultMaxResultBits) {
        self.maxResultBits = min(maxResultBits, ExpressionEvaluator.maximumMaxResultBits)
    }

    /// The exact value of `text`.
    public func evaluate(_ text: String) throws(ExpressionError) -> Rational {
        var parser = ExpressionParser(text: text, maxResultBits: maxResultBits)
        return try parser.parseExpression()
    }

    /// The names `primary` accepts, for error messages and help text.
    public static let functionNames = ExpressionFunction.allCases.map(\.rawValue)
}
