/// Why an expression could not be evaluated, and where: `column` is 1-based, counted in characters
/// of the original text (one past the end for "unexpected end of expression").
public struct ExpressionError: Error, Equatable, Sendable, CustomStringConvertible {
    public let column: Int
    public let message: String

    public init(column: Int, message: String) {
        self.column = column
        self.message = message
    }

    /// `column 7: expected ')'`
    public var description: String { "column \(column): \(message)" }

    /// A result that would exceed the size bound; `bits == .max` stands for "too many to count"
    /// (the estimate itself overflowed).
    static func tooLarge(bits: Int, maxBits: Int, column: Int) -> ExpressionError {
        let message = bits == .max
            ? "result too large: more than the limit of \(maxBits) bits"
            : "result too large: about \(bits) bits (limit \(maxBits))"
        return ExpressionError(column: column, message: message)
    }
}
