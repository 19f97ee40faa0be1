import Exact
import Foundation
import Seeded
import Testing
@testable import LieAlgebras

/// Issue 18, item 6 (Lie matrices): seeded random `{"generators": ...}` objects (ragged, empty,
/// non-square, mixed sizes; entries that are integers, huge integers, floats, booleans, null,
/// rational strings, malformed strings, nested lists) and byte mutations of valid inputs. Each
/// must be refused by JSON or by `GeneratorParser` with a one-line `LieInputError`, or parse; an
/// accepted input (at most 3x3) is then closed into an algebra and its invariants computed,
/// never a trap.
@Suite("Lie matrix input fuzzing")
struct MatrixInputFuzzTests {
    private static let entries = ["0", "1", "-1", "2", "\"1/2\"", "\"-3/4\"", "\"0.25\"", "\"x\"", "\"1/0\"", "1.5", "true", "false",
                                  "null", "[]", "{}", "\"99999999999999999999999\"", "9223372036854775807", "9223372036854775808",
                                  "-9223372036854775809", "1e400", "\"\"", "\" 7 \"", "\"1e5\"", "[[1]]"]
    private static let valid = [#"{"generators": [[[0,1],[0,0]], [[1,0],[0,-1]]]}"#,
                                #"{"generators": [[[0,1,0],[-1,0,0],[0,0,0]], [[0,0,0],[0,0,1],[0,-1,0]]]}"#,
                                #"{"generators": [[["1/2",0],[0,"-1/2"]]]}"#]

    private func randomObject(_ random: inout SplitMix64) -> String {
        func matrix() -> String {
            let rows = 1 + random.below(3)
            let width = random.below(6) == 0 ? random.below(4) : rows
            return "[" + (0..<rows).map { _ in
                let w = random.below(5) == 0 ? random.below(4) : width  // sometimes ragged
                return "[" + (0..<w).map { _ in random.below(8) == 0 ? Self.entries[random.below(Self.entries.count)] : Self.entries[random.below(5)] }
                    .joined(separator: ",") + "]"
            }.joined(separator: ",") + "]"
        }
        switch random.below(12) {
        case 0: return #"{"generators": \#(Self.entries[random.below(Self.entries.count)])}"#
        case 1: return #"{"gens": []}"#
        default: return #"{"generators": ["# + (0..<random.below(4)).map { _ in matrix() }.joined(separator: ",") + "]}"
        }
    }

    private func mutated(_ random: inout SplitMix64) -> String {
        var bytes = Array(Self.valid[random.below(Self.valid.count)].utf8)
        let at = random.below(bytes.count)
        let pool = Array("[]{},:\"0123456789-/.e ".utf8)
        switch random.below(3) {
        case 0: bytes[at] = pool[random.below(pool.count)]
        case 1: bytes.remove(at: at)
        default: bytes.insert(contentsOf: Array("\"1/3\",".utf8), at: at)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func randomAndMutatedMatrixInputsAreReadOrRefusedInOneLine() throws {
        var random = SplitMix64(seed: 7)
        var counts = (notJSON: 0, refused: 0, computed: 0)
        for round in 0..<1_500 {
            let text = round % 3 == 0 ? mutated(&random) : randomObject(&random)
            guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) else { counts.notJSON += 1; continue }
            do {
                let matrices = try GeneratorParser.matrices(fromObject: object)
                let algebra = try MatrixLieAlgebra(generators: matrices)
                _ = LieInvariants(of: algebra)
                counts.computed += 1
            } catch let error as LieInputError {
                counts.refused += 1
                #expect(!error.description.contains("\n"), "\(text)")
            } catch {
                counts.refused += 1
                #expect(!"\(error)".contains("\n"), "\(text): \(error)")
            }
        }
        print("Lie matrices: \(counts.notJSON) not JSON, \(counts.refused) refused in one line, \(counts.computed) computed")
        #expect(counts.notJSON + counts.refused + counts.computed == 1_500)
        #expect(counts.refused > 500 && counts.computed > 50)
    }
}
