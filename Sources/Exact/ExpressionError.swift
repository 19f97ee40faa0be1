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
}
