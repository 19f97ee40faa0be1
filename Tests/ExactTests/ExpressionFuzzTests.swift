import Seeded
import Testing
@testable import Exact

/// Issue 18, item 6 (calc): seeded random expressions over the evaluator's alphabet, including
/// huge powers, factorials and quotients. Each must evaluate or throw an `ExpressionError` with a
/// column inside the text (or just past it), never trap or run away (a 4096-bit limit bounds work).
@Suite("expression fuzzing")
struct ExpressionFuzzTests {
    private static let tokens = ["1", "2", "3", "10", "0", "0.5", "^", "^", "*", "/", "+", "-", "(", ")", "!",
                                 "factorial(", "binomial(", "gcd(", "abs(", ",", "99999999999999999999", " ", "x", "e"]

    @Test func randomExpressionsEvaluateOrFailAtAColumn() {
        var random = SplitMix64(seed: 18)
        let evaluator = ExpressionEvaluator(maxResultBits: 4096)
        var (values, errors) = (0, 0)
        for _ in 0..<3_000 {
            let count = Int(random.next() % 14) + 1
            let text = (0..<count).map { _ in Self.tokens[Int(random.next() % UInt64(Self.tokens.count))] }.joined()
            do {
                let value = try evaluator.evaluate(text)
                values += 1
                #expect(value.numerator.bitWidth + value.denominator.bitWidth <= 4096 + 1, "\(text)")
            } catch {
                errors += 1
                #expect(error.column >= 1 && error.column <= text.count + 1, "\(text): column \(error.column)")
            }
        }
        print("calc expressions: \(values) evaluated, \(errors) refused at a column")
        #expect(values + errors == 3_000)
        #expect(values > 0 && errors > 0)
    }
}
