import Foundation
@testable import Groups

/// One line of a GAP fixture file (see Fixtures/README and fixtures/gap/*.g).
struct FixtureRecord: Decodable {
    let id: String
    let generators: [String]
    let order: String
    let derived_series_orders: [String]
    let lower_central_series_orders: [String]
    let solvable: Bool
    let abelian: Bool
    let nilpotent: Bool
    let derived_length: Int?
    let nilpotency_class: Int?
    let derived_factor_invariants: [[Int]]
    let ea2_series_orders: [String]
    let ea2_length: Int?
    let composition_series_orders: [String]
    let composition_factor_orders: [String]
    let perfect_residuum_order: String
    let degree: Int?

    func group() throws -> PermutationGroup {
        let gens = try generators.enumerated().map { i, text in
            do { return try Permutation(cycles: text) } catch let e as PermutationError { throw e.inGenerator(i + 1) }
        }
        return PermutationGroup(generators: gens, degree: degree)
    }

    static func load(_ name: String) throws -> [FixtureRecord] {
        guard let url = Bundle.module.url(forResource: name, withExtension: "jsonl", subdirectory: "Fixtures") else {
            throw CocoaError(.fileNoSuchFile)
        }
        let text = try String(contentsOf: url, encoding: .utf8)
        return try text.split(separator: "\n").map { try JSONDecoder().decode(FixtureRecord.self, from: Data($0.utf8)) }
    }
}
