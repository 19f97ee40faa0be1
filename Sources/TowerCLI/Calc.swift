import ArgumentParser
import Exact
import Foundation

/// `tower calc "<expression>"`: evaluate an exact arithmetic expression over the rationals.
struct Calc: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Evaluate an exact arithmetic expression over the rationals.",
        discussion: """
        Numbers are exact: integers of any size and fractions, never rounded. Operators are \
        + - * / ^ with the usual precedence (^ binds tightest and is right-associative, so -2^2 is -4), \
        parentheses, postfix ! (factorial), and the functions factorial(n), binomial(n, k), \
        gcd(a, b, ...), lcm(a, b, ...), abs(x), floor(x), ceil(x). Decimals such as 0.125 are read \
        exactly (as 1/8). The result prints as an integer or as a reduced fraction n/d.

        Examples:
          tower calc "factorial(100)/factorial(98)"     prints 9900
          tower calc "1/3 + 1/6"                        prints 1/2
          tower calc "2^-3 * binomial(10, 3)" --json    prints a JSON object

        Bad input (a syntax error, division by zero, factorial of a negative number, a result past \
        --max-bits) prints `error: column N: ...` with a caret under the column and exits with status 2. \
        An expression that starts with minus signs can be given as is: tower calc -2^2, tower calc -----1.
        """
    )

    @Argument(parsing: .allUnrecognized, help: "The expression (quote it; several words are joined with spaces).")
    var expression: [String] = []

    @Flag(help: "Print {\"expression\", \"result\", \"numerator\", \"denominator\"} as JSON.")
    var json = false

    @Option(help: "Refuse any intermediate result with more bits than this (numerator plus denominator); at most 2^32.")
    var maxBits = ExpressionEvaluator.defaultMaxResultBits

    func validate() throws {
        if text.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("give an expression, e.g. tower calc \"1/3 + 1/6\"")
        }
        if maxBits < 1 { throw ValidationError("--max-bits must be positive, got \(maxBits)") }
        if maxBits > ExpressionEvaluator.maximumMaxResultBits {
            throw ValidationError("--max-bits must be at most \(ExpressionEvaluator.maximumMaxResultBits) (2^32), got \(maxBits)")
        }
    }

    func run() throws {
        try reportingInputFailures {
            let value: Rational
            do {
                value = try ExpressionEvaluator(maxResultBits: maxBits).evaluate(text)
            } catch let error as ExpressionError {
                throw InputFailure(Calc.pointing(at: error, in: text))
            }
            if json {
                let object: [String: String] = [
                    "expression": text,
                    "result": value.description,
                    "numerator": value.numerator.description,
                    "denominator": value.denominator.description,
                ]
                print(try JSONLine.encode(object))
            } else {
                print(value)
            }
        }
    }

    /// The expression words; a leading `--` (which ends the options, see `CalcArguments`) is not part of it.
    private var text: String { (expression.first == "--" ? Array(expression.dropFirst()) : expression).joined(separator: " ") }

    /// `column 7: expected ')'` followed by the expression and a caret under the column.
    static func pointing(at error: ExpressionError, in text: String) -> String {
        let line = text.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\t", with: " ")
        let caret = String(repeating: " ", count: max(error.column - 1, 0)) + "^"
        return "\(error)\n  \(line)\n  \(caret)"
    }
}
