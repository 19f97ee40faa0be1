import Foundation
import LieAlgebras
import Testing

/// One matrix Lie algebra from the GAP fixtures of the LieAlgebras tests
/// (Tests/LieAlgebrasTests/Fixtures/lie.jsonl), read in place.
struct FixtureAlgebra: Sendable, CustomTestStringConvertible {
    let id: String
    let generators: [RationalMatrix]
    let derivedLength: Int?
    /// The fixture's shape ("full", "upper_triangular", ...) and matrix size.
    let shape: String
    let size: Int
    let dimension: Int

    var testDescription: String { id }

    static func load() -> [FixtureAlgebra] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../LieAlgebrasTests/Fixtures/lie.jsonl").standardized
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { line in
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let id = object["id"] as? String,
                  let generators = try? GeneratorParser.matrices(fromObject: object) else { return nil }
            return FixtureAlgebra(id: id, generators: generators, derivedLength: object["derived_length"] as? Int,
                                  shape: object["shape"] as? String ?? "", size: object["n"] as? Int ?? 0,
                                  dimension: object["dimension"] as? Int ?? 0)
        }
    }
}
