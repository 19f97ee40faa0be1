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

    /// Issue 18: `tower calc -----1` was refused as "Invalid option" (exit 64) though the help says
    /// an expression may start with minus signs.
    @Test(arguments: [(["-----1"], "-1"), (["--3"], "3"), (["--(2)", "+", "1"], "3"), (["--abs(-3)"], "3"), (["-2^2"], "-4")])
    func expressionsStartingWithMinusSignsAreExpressions(words: [String], result: String) throws {
        let r = try TowerProcess.run(["calc"] + words)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == result + "\n")
    }

    @Test func minusSignExpressionWithOptionsKeepsTheExpressionText() throws {
        let r = try TowerProcess.run(["calc", "--max-bits", "64", "-----1", "--json"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.json?["expression"] as? String == "-----1")
        #expect(r.json?["result"] as? String == "-1")
        let limited = try TowerProcess.run(["calc", "--max-bits", "8", "--2^100"])
        #expect(limited.status == 2)
        #expect(limited.stderr.hasPrefix("error: column 4: result too large: more than the limit of 8 bits"), "\(limited.stderr)")
    }

    @Test func aMistypedOptionIsAnExpressionErrorPointingAtIt() throws {
        let r = try TowerProcess.run(["calc", "--max-bit", "8", "--2"])
        #expect(r.status == 2)
        #expect(r.stderr.hasPrefix("error: column 3: unknown function 'max'"), "\(r.stderr)")
        #expect(r.stderr.contains("  --max-bit 8 --2\n"))
        #expect(r.stdout.isEmpty)
    }
}
