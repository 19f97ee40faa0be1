import Testing
@testable import Groups

@Suite struct CatalogParserTests {
    @Test func wreathProductOfSymmetricGroupsParses() throws {
        #expect(try GroupCatalog.expression(named: "S4 wr S4") == .wreath(.symmetric(4), .symmetric(4)))
    }

    @Test func spacesAreAllowedBetweenTokens() throws {
        #expect(try GroupCatalog.expression(named: " GL( 2 , 5 ) ") == .generalLinear(dimension: 2, field: 5))
        #expect(try GroupCatalog.expression(named: "S 4") == .symmetric(4))
    }

    @Test func wreathBindsTighterThanDirectProduct() throws {
        #expect(try GroupCatalog.expression(named: "C2 x S3 wr C2")
            == .directProduct(.cyclic(2), .wreath(.symmetric(3), .cyclic(2))))
    }

    @Test func productsAssociateToTheLeft() throws {
        #expect(try GroupCatalog.expression(named: "C3 wr C3 wr C3") == .wreath(.wreath(.cyclic(3), .cyclic(3)), .cyclic(3)))
        #expect(try GroupCatalog.expression(named: "C2 x C3 x C5") == .directProduct(.directProduct(.cyclic(2), .cyclic(3)), .cyclic(5)))
    }

    @Test func parenthesesGroupProducts() throws {
        #expect(try GroupCatalog.expression(named: "(C2 x C2) wr S3") == .wreath(.directProduct(.cyclic(2), .cyclic(2)), .symmetric(3)))
    }

    @Test func operatorsNeedNoSpacesBeforeAFamilyName() throws {
        #expect(try GroupCatalog.expression(named: "S4xS3") == .directProduct(.symmetric(4), .symmetric(3)))
        #expect(try GroupCatalog.expression(named: "S4wrS4") == .wreath(.symmetric(4), .symmetric(4)))
    }

    @Test func bothSylowSpellingsParse() throws {
        #expect(try GroupCatalog.expression(named: "Sylow2(S256)") == .sylow(prime: 2, symmetricDegree: 256))
        #expect(try GroupCatalog.expression(named: "Sylow(3, S27)") == .sylow(prime: 3, symmetricDegree: 27))
    }

    @Test func canonicalNamesParseBackToTheSameExpression() throws {
        for name in GroupCatalog.examples + ["C2 x (C3 x C5)", "S3 wr (C2 wr C2)", "(A5 x C2) wr C2"] {
            let expression = try GroupCatalog.expression(named: name)
            #expect(try GroupCatalog.expression(named: expression.description) == expression, "\(name)")
        }
    }

    @Test func namesAreCaseInsensitive() throws {
        #expect(try GroupCatalog.expression(named: "s4") == .symmetric(4))
        #expect(try GroupCatalog.expression(named: "rubik") == .rubik)
        #expect(try GroupCatalog.expression(named: "psl(2,7)").description == "PSL(2,7)")
        #expect(try GroupCatalog.expression(named: "sylow2(s8)") == .sylow(prime: 2, symmetricDegree: 8))
        #expect(try GroupCatalog.expression(named: "HEIS3 X c2") == .directProduct(.heisenberg(3), .cyclic(2)))
        #expect(try GroupCatalog.expression(named: "S4 WR S4") == .wreath(.symmetric(4), .symmetric(4)))
    }

    /// In lower case nothing separates an operator from the family after it; "xs" and "wrs" are split
    /// because no family starts with x or wr.
    @Test func lowerCaseOperatorsGluedToAFamilyAreSplit() throws {
        #expect(try GroupCatalog.expression(named: "s4xs3") == .directProduct(.symmetric(4), .symmetric(3)))
        #expect(try GroupCatalog.expression(named: "c2wrc2") == .wreath(.cyclic(2), .cyclic(2)))
        #expect(try GroupCatalog.expression(named: "a5xpsl(2,7)") == .directProduct(.alternating(5), .projectiveSpecialLinear(dimension: 2, field: 7)))
    }

    @Test func unknownFamilyGetsADidYouMean() {
        #expect(throws: GroupCatalogError.syntax(name: "rubic", position: 1,
                                                 problem: "unknown group family \"rubic\" (did you mean Rubik?)")) {
            try GroupCatalog.expression(named: "rubic")
        }
        #expect(throws: GroupCatalogError.syntax(name: "PGL(2,7)", position: 1,
                                                 problem: "unknown group family \"PGL\" (did you mean AGL(d,q), GL(d,q) or PSL(d,q)?)")) {
            try GroupCatalog.expression(named: "PGL(2,7)")
        }
        #expect(throws: GroupCatalogError.syntax(name: "Heiss3", position: 1,
                                                 problem: "unknown group family \"Heiss\" (did you mean Heis<n>?)")) {
            try GroupCatalog.expression(named: "Heiss3")
        }
        // One letter from six one-letter families: no single guess, so no suggestion.
        #expect(throws: GroupCatalogError.syntax(name: "B4", position: 1, problem: "unknown group family \"B\"")) {
            try GroupCatalog.expression(named: "B4")
        }
    }

    @Test func unknownFamilyErrorNamesPositionAndListsAcceptedForms() {
        #expect(throws: GroupCatalogError.self) { try GroupCatalog.expression(named: "S4 x Foo3") }
        do {
            _ = try GroupCatalog.expression(named: "S4 x Foo3")
        } catch {
            let message = "\(error)"
            #expect(message.contains("character 6"))
            #expect(message.contains("\"Foo\""))
            #expect(message.contains("PSL(d,q)"))
            #expect(!message.contains("\n"))
        }
    }

    @Test func truncatedNameReportsTheEnd() {
        #expect(throws: GroupCatalogError.syntax(name: "S4 wr", position: 6, problem: "expected a group name at the end of the name")) {
            try GroupCatalog.expression(named: "S4 wr")
        }
    }

    @Test func missingNumberIsASyntaxError() {
        #expect(throws: GroupCatalogError.syntax(name: "S", position: 2, problem: "expected a number at the end of the name")) {
            try GroupCatalog.expression(named: "S")
        }
    }

    @Test func emptyNameIsRejected() {
        #expect(throws: GroupCatalogError.self) { try GroupCatalog.expression(named: "  ") }
    }

    @Test func numberBeyondIntIsRejectedWithoutTrapping() {
        #expect(throws: GroupCatalogError.self) { try GroupCatalog.expression(named: "S99999999999999999999999") }
    }

    @Test func strayCharacterIsRejected() {
        #expect(throws: GroupCatalogError.syntax(name: "S4 + S3", position: 4, problem: "unexpected character \"+\"")) {
            try GroupCatalog.expression(named: "S4 + S3")
        }
    }
}
