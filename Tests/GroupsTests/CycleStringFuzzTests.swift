import Testing
@testable import Groups

/// Issue 18, item 6 (cycle strings and GAP permutation input): seeded random texts built from the
/// tokens of cycle notation, image lists and `Group(...)`, plus single-character mutations of
/// valid generator lists. Reading each must give a group or throw an error whose description is
/// one line, never trap (huge points, point 0, unbalanced or deeply nested parentheses).
@Suite("cycle string fuzzing")
struct CycleStringFuzzTests {
    private static let tokens = ["(", ")", ",", "(", ")", ",", "1", "2", "3", "12", "0", "-1", " ", "[", "]", "()",
                                 "16777216", "16777217", "99999999999999999999", "Group(", "PermList(", "x", "*", "^",
                                 ";", "\n", "\t", "é", "(1,2)", "(1,2,3)"]
    private static let valid = ["(1,2,3),(1,2)", "(1,2)(3,4),(1,3)", "[2,3,1],(1,2)", "Group((1,2,3,4),(1,2))",
                                "(1,2,3,4,5),(1,2,3)", "PermList([2,1,3]),(2,3)"]
    private static let replacements = Array("()[],0123456789 -x")

    /// Parses `text` as `--generators` does; returns true when it was accepted, false when refused
    /// with a one-line error.
    private func read(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        do {
            _ = try GroupReader.generators(text)
            return true
        } catch {
            let message = "\(error)"
            #expect(!message.contains("\n") && !message.isEmpty, "\(text.debugDescription): \(message)", sourceLocation: sourceLocation)
            return false
        }
    }

    @Test func randomTokenStringsAreReadOrRefusedInOneLine() {
        var random = SplitMix64(seed: 6)
        var (accepted, refused) = (0, 0)
        for round in 0..<2_000 {
            var text = (0..<(1 + random.below(16))).map { _ in Self.tokens[random.below(Self.tokens.count)] }.joined()
            if round % 250 == 0 { text = String(repeating: "(", count: 20_000) + text + String(repeating: ")", count: 20_000) }
            if read(text) { accepted += 1 } else { refused += 1 }
        }
        print("cycle strings: \(accepted) accepted, \(refused) refused in one line")
        #expect(accepted + refused == 2_000)
        #expect(accepted > 0 && refused > 1_000)
    }

    @Test func mutatedValidGeneratorListsAreReadOrRefusedInOneLine() {
        var random = SplitMix64(seed: 66)
        var (accepted, refused) = (0, 0)
        for round in 0..<1_000 {
            var chars = Array(Self.valid[round % Self.valid.count])
            let at = random.below(chars.count)
            switch random.below(3) {
            case 0: chars[at] = Self.replacements[random.below(Self.replacements.count)]
            case 1: chars.remove(at: at)
            default: chars.insert(contentsOf: "99999999999", at: at)
            }
            if read(String(chars)) { accepted += 1 } else { refused += 1 }
        }
        print("mutated generator lists: \(accepted) accepted, \(refused) refused in one line")
        #expect(accepted + refused == 1_000)
        #expect(accepted > 0 && refused > 0)
    }
}
