import Testing

@Suite("tower calc")
struct CalcCommandTests {
    @Test func calcPrintsExactQuotientOfFactorials() throws {
        let r = try TowerProcess.run(["calc", "factorial(100)/factorial(98)"])
        #expect(r.status == 0)
        #expect(r.stdout == "9900\n")
        #expect(r.stderr.isEmpty)
    }

    @Test func calcPrintsReducedFraction() throws {
        let r = try TowerProcess.run(["calc", "1/3 + 1/6"])
        #expect(r.status == 0)
        #expect(r.stdout == "1/2\n")
    }

    @Test func calcKeepsIntegersPastTheMachineWord() throws {
        let r = try TowerProcess.run(["calc", "2^64 + 1"])
        #expect(r.status == 0)
        #expect(r.stdout == "18446744073709551617\n")
    }

    @Test func calcJSONHasExpressionResultNumeratorDenominator() throws {
        let r = try TowerProcess.run(["calc", "2^-3 * binomial(10, 3)", "--json"])
        #expect(r.status == 0)
        let json = try #require(r.json)
        #expect(Set(json.keys) == ["expression", "result", "numerator", "denominator"])
        #expect(json["expression"] as? String == "2^-3 * binomial(10, 3)")
        #expect(json["result"] as? String == "15")
        #expect(json["numerator"] as? String == "15")
        #expect(json["denominator"] as? String == "1")
    }

    @Test func calcJSONGivesFractionParts() throws {
        let r = try TowerProcess.run(["calc", "-3/4", "--json"])
        #expect(r.status == 0)
        let json = try #require(r.json)
        #expect(json["result"] as? String == "-3/4")
        #expect(json["numerator"] as? String == "-3")
        #expect(json["denominator"] as? String == "4")
    }

    @Test func calcReportsColumnOfBadToken() throws {
        let r = try TowerProcess.run(["calc", "1 + * 2"])
        #expect(r.status == 2)
        #expect(r.stdout.isEmpty)
        let first = try #require(r.errorLines.first)
        #expect(first.hasPrefix("error: column 5"))
    }

    @Test func calcReportsDivisionByZeroAsInputError() throws {
        let r = try TowerProcess.run(["calc", "1/(2-2)"])
        #expect(r.status == 2)
        #expect(r.errorLines.first?.hasPrefix("error: column ") == true)
    }

    @Test func calcWithoutExpressionFailsWithUsageHint() throws {
        let r = try TowerProcess.run(["calc"])
        #expect(r.status != 0)
        #expect(r.stderr.contains("give an expression"))
    }
}
