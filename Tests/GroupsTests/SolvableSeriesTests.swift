import Exact
import Foundation
import Testing
@testable import Groups

/// The fields of `sylow_series.jsonl` these tests read (other fields are ignored, so the file
/// may gain fields when `fixtures/gap/group_common.g` does).
private struct SeriesRecord: Decodable {
    let id: String
    let degree: Int
    let generators: [String]
    let order: String
    let derived_series_orders: [String]
    let lower_central_series_orders: [String]
    let ea2_series_orders: [String]
    let nilpotency_class: Int?
    let derived_factor_invariants: [[Int]]

    func group() throws -> PermutationGroup {
        PermutationGroup(generators: try generators.map { try Permutation(cycles: $0) }, degree: degree)
    }

    static func load() throws -> [SeriesRecord] {
        guard let url = Bundle.module.url(forResource: "sylow_series", withExtension: "jsonl", subdirectory: "Fixtures") else {
            throw CocoaError(.fileNoSuchFile)
        }
        let text = try String(contentsOf: url, encoding: .utf8)
        return try text.split(separator: "\n").map { try JSONDecoder().decode(SeriesRecord.self, from: Data($0.utf8)) }
    }
}

/// The solvable builder (`SolvableBSGS`) and the series built from its normal closures
/// (`PermutationGroup+SolvableSeries.swift`) on Sylow subgroups of symmetric groups, whose lower
/// central series are long (class 32 for S_64), against GAP (fixtures/gap/sylow.g).
@Test func sylowSubgroupSeriesAgreeWithGap() throws {
    let records = try SeriesRecord.load()
    #expect(records.count == 7)  // every line of the fixture read
    for r in records {
        let g = try r.group()
        #expect(g.order.description == r.order, "\(r.id) order")
        #expect(g.derivedSeries.map(\.order.description) == r.derived_series_orders, "\(r.id) derived series")
        #expect(g.lowerCentralSeries.map(\.order.description) == r.lower_central_series_orders, "\(r.id) lower central series")
        #expect(g.elementaryAbelian2Series.map(\.order.description) == r.ea2_series_orders, "\(r.id) EA2 series")
        #expect(g.nilpotencyClass == r.nilpotency_class, "\(r.id) nilpotency class")
        #expect(g.derivedFactorInvariants == r.derived_factor_invariants, "\(r.id) derived factor invariants")
    }
}

/// Each member's generators generate exactly the member (its chain's group): every generator
/// is in the chain and the generators' own group has the same order.
@Test func lowerCentralSeriesMembersAreGeneratedByTheirGenerators() throws {
    let record = try #require(try SeriesRecord.load().first { $0.id == "Sylow2(S16)xS3" })
    let g = try record.group()
    for member in g.lowerCentralSeries.dropFirst() {
        let regenerated = PermutationGroup(generators: member.generators, degree: g.degree)
        #expect(regenerated.order == member.order)
        #expect(member.isSubgroup(of: g))
    }
}

/// The solvable path and the general normal-closure path give the same series.
@Test func solvableLowerCentralSeriesMatchesTheGeneralMethod() throws {
    let record = try #require(try SeriesRecord.load().first { $0.id == "Sylow2(S16)xS3" })
    let g = try record.group()
    let solvable = try #require(g.solvableLowerCentralSeries())
    let general = PermutationGroup.descendingSeries(from: g) { $0.commutatorSubgroup(g, knownToLieIn: $0) }
    #expect(solvable.map(\.order) == general.map(\.order))
    for (a, b) in zip(solvable, general) { #expect(a.isEqual(to: b)) }
}

/// The normal closure of one transposition of S_4's Sylow 2-subgroup, under that group: the
/// builder must close the root layer itself under conjugation (not only the layers below).
@Test func solvableNormalClosureClosesTheRootUnderConjugation() throws {
    let gens = try ["(1,2)", "(1,3)(2,4)"].map { try Permutation(cycles: $0).extended(to: 4).table }
    let members = try #require(SolvableBSGS.normalClosure(of: [gens[0]], under: gens, degree: 4, seed: 1))
    // <(1,2)>^D8 = <(1,2), (3,4)>, order 4; its derived subgroup is trivial.
    #expect(members[0].chain.order == BigInt(4))
    #expect(members.count == 2)
}
