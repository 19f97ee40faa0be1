import Exact
import Foundation
import Testing
@testable import LieAlgebras

@Suite struct GeneratorParserTests {
    private func parse(_ json: String) throws(LieInputError) -> [RationalMatrix] {
        let object = try! JSONSerialization.jsonObject(with: Data(json.utf8))
        return try GeneratorParser.matrices(fromObject: object)
    }

    private func error(_ json: String) -> String? {
        do { _ = try parse(json); return nil } catch { return error.description }
    }

    @Test func integersAndRationalStringsParseExactly() throws {
        let m = try parse(#"{"generators": [[[1, "-3/4"], ["0.5", 0]]]}"#)
        #expect(m[0][0, 1] == Rational(-3, 4)!)
        #expect(m[0][1, 0] == Rational(1, 2)!)
    }

    @Test func raggedMatrixNamesMatrixAndRow() {
        #expect(error(#"{"generators": [[[1,0],[0,1]], [[1,2],[3]]]}"#) == "matrix 2, row 2: has 1 entries but row 1 has 2 (ragged matrix)")
    }

    @Test func nonSquareMatrixIsRejected() {
        #expect(error(#"{"generators": [[[1,2,3],[4,5,6]]]}"#) == "matrix 1: is 2x3, not square")
    }

    @Test func mixedSizesNameTheOffendingMatrix() {
        #expect(error(#"{"generators": [[[1,0],[0,1]], [[1,0,0],[0,1,0],[0,0,1]]]}"#)?.hasPrefix("matrix 2: is 3x3 but matrix 1 is 2x2") == true)
    }

    @Test func unparsableEntryNamesMatrixRowAndColumn() {
        #expect(error(#"{"generators": [[[1,0],[0,"x"]]]}"#)?.hasPrefix("matrix 1, row 2, column 2: \"x\" is not a rational number") == true)
    }

    @Test func zeroDenominatorIsReportedAsSuch() {
        #expect(error(#"{"generators": [[["1/0",0],[0,1]]]}"#) == "matrix 1, row 1, column 1: zero denominator in \"1/0\"")
    }

    @Test func floatingPointNumbersAreRefused() {
        #expect(error(#"{"generators": [[[1.5,0],[0,1]]]}"#)?.hasPrefix("matrix 1, row 1, column 1: 1.5 is not an exact integer") == true)
    }

    /// Issue 18: `true` was reported as "1 is not an exact integer".
    @Test func booleanEntriesAreNamedAsBooleans() {
        #expect(error(#"{"generators": [[[0,true],[0,0]]]}"#) == "matrix 1, row 1, column 2: true is a JSON boolean, not a number; write 1 or 0")
        #expect(error(#"{"generators": [[[0,1],[false,0]]]}"#) == "matrix 1, row 2, column 1: false is a JSON boolean, not a number; write 1 or 0")
        // Integers 0 and 1 are still integers.
        #expect(error(#"{"generators": [[[0,1],[1,0]]]}"#) == nil)
    }

    @Test func missingGeneratorsFieldIsReported() {
        #expect(error(#"{"gens": []}"#) == "input: has no \"generators\" field")
    }
}
