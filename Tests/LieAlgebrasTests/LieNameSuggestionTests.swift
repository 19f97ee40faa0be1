import Testing
@testable import LieAlgebras

/// Issue 18, item 5: a catalog family written without parentheses gets a suggestion.
@Suite struct LieNameSuggestionTests {
    @Test func familyNamesWithoutParenthesesGetTheParenthesisedForm() {
        #expect(LieCatalogError.unknownName("so3").description.hasPrefix("unknown Lie algebra 'so3' (did you mean so(3)?); known: "))
        #expect(LieCatalogError.unknownName("SL 4").description.contains("(did you mean sl(4)?)"))
        #expect(LieCatalogError.unknownName("ssm-real4").description.contains("(did you mean ssm-real(4)?)"))
        #expect(!LieCatalogError.unknownName("foo3").description.contains("did you mean"))
        #expect(!LieCatalogError.unknownName("so").description.contains("did you mean"))
    }
}
