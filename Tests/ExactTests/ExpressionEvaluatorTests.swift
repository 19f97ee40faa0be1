import Testing
@testable import Exact

private func eval(_ text: String) throws -> String { try ExpressionEvaluator().evaluate(text).description }

private func error(_ text: String, maxBits: Int = ExpressionEvaluator.defaultMaxResultBits) -> ExpressionError? {
    do {
        _ = try ExpressionEvaluator(maxResultBits: maxBits).evaluate(text)
        return nil
    } catch {
        return error
    }
}

@Test func evaluatesTheIssueExample() throws {
    #expect(try eval("factorial(100)/factorial(98)") == "9900")
}

@Test func precedenceAndAssociativityFollowMathematicalConvention() throws {
    #expect(try eval("1 + 2 * 3") == "7")
    #expect(try eval("(1 + 2) * 3") == "9")
    #expect(try eval("-2^2") == "-4")
    #expect(try eval("2^3^2") == "512")
    #expect(try eval("2^-2") == "1/4")
    #expect(try eval("8 / 4 / 2") == "1")
    #expect(try eval("10 - 4 - 3") == "3")
    #expect(try eval("--3") == "3")
}

@Test func evaluatesExactlyOverTheRationals() throws {
    #expect(try eval("1/3 + 1/6") == "1/2")
    #expect(try eval("0.125 * 8") == "1")
    #expect(try eval("(2/3)^-3") == "27/8")
    #expect(try eval("2^64") == "18446744073709551616")
    #expect(try eval("2^64 - 2^64 + 1_000") == "1000")
}

@Test func functionsComputeTheirDefinitions() throws {
    #expect(try eval("binomial(10, 3)") == "120")
    #expect(try eval("binomial(10, 11)") == "0")
    #expect(try eval("binomial(-4, 2)") == "10")
    #expect(try eval("gcd(12, 18)") == "6")
    #expect(try eval("gcd(12, 18, 8)") == "2")
    #expect(try eval("lcm(4, 6)") == "12")
    #expect(try eval("5!") == "120")
    #expect(try eval("abs(-3/4) + floor(7/2) + ceil(-7/2)") == "3/4")
    #expect(try eval("factorial(0)") == "1")
}

@Test func errorsCarryTheColumnOfTheProblem() {
    let cases: [(String, Int, String)] = [
        ("(1+2", 5, "expected ')'"),
        ("1/0", 2, "division by zero"),
        ("1/(2-2)", 2, "division by zero"),
        ("factorial(-1)", 11, "factorial of a negative number (-1)"),
        ("factorial(1/2)", 11, "factorial of a non-integer (1/2)"),
        ("1 +", 4, "unexpected end of expression"),
        ("", 1, "empty expression"),
        ("1 2", 3, "unexpected '2' (expected an operator)"),
        ("2^(1/2)", 3, "exponent must be an integer, got 1/2"),
        ("0^-1", 2, "zero to a negative power"),
        ("1 + )", 5, "expected a number or '(' before ')'"),
        ("(1))", 4, "unmatched ')'"),
        ("3 $ 4", 3, "unexpected '$' (expected an operator)"),
        ("gcd(1/2, 4)", 5, "gcd argument must be an integer, got 1/2"),
        ("gcd(4)", 1, "gcd takes at least 2 arguments, got 1"),
        ("binomial(4)", 1, "binomial takes 2 arguments, got 1"),
        ("1..2", 1, "malformed number '1..2'"),
    ]
    for (text, column, message) in cases {
        #expect(error(text) == ExpressionError(column: column, message: message), "\(text)")
    }
    #expect(error("foo(1)")?.column == 1)
    #expect(error("foo(1)")?.message.hasPrefix("unknown function 'foo'") == true)
    #expect(error("1 + (2 * 3")?.description == "column 11: expected ')'")
}

@Test func hugeResultsAreRefusedBeforeTheyAreComputed() throws {
    #expect(error("2^(10^12)")?.column == 2)
    #expect(error("2^(10^12)")?.message.hasPrefix("result too large") == true)
    #expect(error("factorial(10^9)")?.message.hasPrefix("result too large") == true)
    #expect(error("binomial(10^6, 500000)")?.column == 16)
    #expect(error("(2^1000)^1000", maxBits: 100_000)?.column == 9)
    #expect(error("2^900 * 2^900", maxBits: 1_000)?.column == 7)
    // Powers of 0, 1 and -1 are cheap whatever the exponent.
    #expect(try eval("(-1)^(10^15 + 1)") == "-1")
    #expect(try eval("1^(10^30)") == "1")
}
