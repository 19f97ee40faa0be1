import Testing
@testable import Groups

/// Issue 18: a catalog name nested ~40,000 parentheses deep overflowed the stack of the
/// recursive-descent parser (exit 139). Now a syntax error names the depth limit.
@Suite("catalog nesting")
struct CatalogNestingTests {
    private func nested(_ depth: Int) -> String {
        String(repeating: "(", count: depth) + "C2" + String(repeating: ")", count: depth)
    }

    @Test func fortyThousandParenthesesAreASyntaxErrorNotACrash() {
        #expect(throws: GroupCatalogError.syntax(name: nested(40_000), position: 101,
                                                 problem: "parentheses nested more than 100 deep")) {
            try GroupCatalog.expression(named: nested(40_000))
        }
    }

    @Test func nestingUpToTheLimitIsAccepted() throws {
        #expect(try GroupCatalog.expression(named: nested(CatalogParser.maximumNesting)) == .cyclic(2))
        #expect(throws: GroupCatalogError.self) { try GroupCatalog.expression(named: nested(CatalogParser.maximumNesting + 1)) }
        // Sequential parentheses do not add up: only the depth counts.
        let wide = Array(repeating: nested(60), count: 3).joined(separator: " x ")
        #expect(throws: Never.self) { try GroupCatalog.expression(named: wide) }
    }
}
