import Testing
@testable import LieAlgebras

/// Issue 18: matrix entries of 10^1000000 took over a minute in the certificate path (its cost
/// grows with the square of the entries' size); entries are now limited to 65536 bits, with the
/// place and the limit named, and an exponent past what the parser reads says so.
@Suite struct EntrySizeLimitTests {
    private func problem(_ entry: String) -> String? {
        do { _ = try GeneratorParser.matrices(from: [[[entry, "0"], ["0", "1"]]]); return nil } catch { return "\(error)" }
    }

    @Test func entriesPastTheBitLimitAreRefusedWithThePlace() {
        #expect(problem("1e1000000")?.contains("matrix 1, row 1, column 1: an entry of 3321929 bits is above the limit of 65536 bits") == true)
        #expect(problem("1e1000000000")?.contains("has a decimal exponent beyond 10^1000000") == true)
        // 10^19728 has 65535 bits, inside the limit; 10^19729 has 65539.
        #expect(problem("1e19728") == nil)
        #expect(problem("1e19729")?.contains("above the limit of 65536 bits") == true)
    }
}
