import Foundation
import Testing

/// One group from the GAP fixtures of the Groups tests (Tests/GroupsTests/Fixtures, made by the
/// GAP script there). Read in place through a path relative to this file.
struct FixtureGroup: Sendable, CustomTestStringConvertible {
    let id: String
    let degree: Int
    let generators: [String]
    let derivedLength: Int?
    let nilpotencyClass: Int?

    var testDescription: String { id }

    static func load(_ file: String) -> [FixtureGroup] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../GroupsTests/Fixtures/\(file)").standardized
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { line in
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let id = object["id"] as? String, let degree = object["degree"] as? Int,
                  let generators = object["generators"] as? [String] else { return nil }
            return FixtureGroup(id: id, degree: degree, generators: generators,
                                derivedLength: object["derived_length"] as? Int,
                                nilpotencyClass: object["nilpotency_class"] as? Int)
        }
    }

    /// Transitive groups of degree <= 10 and regular representations of degree <= 32 (310
    /// groups): the pcgs and levelled certificate tests' sample.
    static let smallSample = load("transitive.jsonl").filter { $0.degree <= 10 }
        + load("smallgroups_regular.jsonl").filter { $0.degree <= 32 }
}
