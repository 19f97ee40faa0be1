import Testing
@testable import Groups

@Suite struct CatalogFiniteFieldTests {
    static let orders = [2, 3, 4, 5, 7, 8, 9, 16, 25, 27, 32, 49]

    @Test(arguments: orders) func everyNonzeroElementHasAnInverse(q: Int) throws {
        let field = try #require(CatalogFiniteField(order: q))
        for a in 1..<q { #expect(field.multiply(a, field.inverse(a)) == 1) }
    }

    @Test(arguments: orders) func multiplicationDistributesOverAddition(q: Int) throws {
        let field = try #require(CatalogFiniteField(order: q))
        for a in 0..<q {
            for b in 0..<q {
                let c = (a * 7 + b * 3 + 1) % q
                #expect(field.multiply(c, field.add(a, b)) == field.add(field.multiply(c, a), field.multiply(c, b)))
            }
        }
    }

    @Test(arguments: orders) func negationIsTheAdditiveInverse(q: Int) throws {
        let field = try #require(CatalogFiniteField(order: q))
        for a in 0..<q { #expect(field.add(a, field.negate(a)) == 0) }
    }

    @Test(arguments: orders) func primitiveElementGeneratesTheMultiplicativeGroup(q: Int) throws {
        let field = try #require(CatalogFiniteField(order: q))
        var seen = Set<Int>()
        var x = 1
        for _ in 1..<q {
            seen.insert(x)
            x = field.multiply(x, field.primitiveElement)
        }
        #expect(seen.count == q - 1)
    }

    @Test func nonPrimePowersHaveNoField() {
        for q in [0, 1, 6, 10, 12, 100] { #expect(CatalogFiniteField(order: q) == nil) }
    }
}
