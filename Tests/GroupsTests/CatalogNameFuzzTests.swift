import Testing
@testable import Groups

/// Issue 18, item 6 (catalog names): seeded random names built from the catalog's own tokens and
/// stray characters. Parsing each must give an expression or a one-line `GroupCatalogError`,
/// never a trap, however deep the parentheses.
@Suite("catalog name fuzzing")
struct CatalogNameFuzzTests {
    private static let tokens = ["S", "A", "C", "D", "Q", "M", "Heis", "GL", "PSL", "Sylow", "Rubik", "wr", "x",
                                 "(", ")", ",", "4", "2", "0", "-1", "99999999999999999999", " ", "+", "s", "é"]

    @Test func randomNamesParseOrFailWithOneLine() {
        var random = SplitMix64(seed: 18)
        var (parsed, refused) = (0, 0)
        for round in 0..<3_000 {
            let count = Int(random.next() % 12) + 1
            var name = (0..<count).map { _ in Self.tokens[Int(random.next() % UInt64(Self.tokens.count))] }.joined()
            if round % 100 == 0 { name = String(repeating: "(", count: 5_000 + round) + name }
            do {
                _ = try GroupCatalog.expression(named: name)
                parsed += 1
            } catch let error as GroupCatalogError {
                refused += 1
                #expect(!error.description.contains("\n"), "\(name)")
            } catch {
                Issue.record("\(name): unexpected \(error)")
            }
        }
        print("catalog names: \(parsed) parsed, \(refused) refused in one line")
        #expect(parsed + refused == 3_000)
        #expect(parsed > 0 && refused > 0)
    }
}
