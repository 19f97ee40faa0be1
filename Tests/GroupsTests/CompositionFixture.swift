import Foundation
@testable import Groups

/// One line of Fixtures/composition.jsonl (fixtures/gap/composition.g): a named group, GAP's
/// generators, and the orders of GAP's composition series and its factors.
struct CompositionFixture: Decodable {
    let id: String
    /// The same group's name in Tower's catalog, when it has one.
    let catalog: String?
    let degree: Int
    let generators: [String]
    let order: String
    let composition_series_orders: [String]
    let composition_factor_orders: [String]

    func group() throws -> PermutationGroup {
        PermutationGroup(generators: try generators.map { try Permutation(cycles: $0) }, degree: degree)
    }

    static let all: [CompositionFixture] = {
        guard let url = Bundle.module.url(forResource: "composition", withExtension: "jsonl", subdirectory: "Fixtures"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { try? JSONDecoder().decode(CompositionFixture.self, from: Data($0.utf8)) }
    }()

    static func named(_ id: String) throws -> CompositionFixture {
        guard let f = all.first(where: { $0.id == id }) else { throw CocoaError(.fileReadCorruptFile) }
        return f
    }
}
