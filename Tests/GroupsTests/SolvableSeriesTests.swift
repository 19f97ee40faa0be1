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

/// GAP's generating set of the Sylow 2-subgroup of S_(2^k) (`SylowSubgroup(SymmetricGroup(2^k), 2)`
/// gives one generator per node of the binary tree, swapping its two halves): 2^k - 1 generators,
/// most of which commute with a given element of small support.
private func treeNodeGenerators(degree: Int) -> [[Int32]] {
    var gens: [[Int32]] = []
    var half = 1
    while half < degree {
        for start in stride(from: 0, to: degree, by: 2 * half) {
            var t = (0..<Int32(degree)).map { $0 }
            for i in 0..<half {
                t[start + i] = Int32(start + half + i)
                t[start + half + i] = Int32(start + i)
            }
            gens.append(t)
        }
        half *= 2
    }
    return gens
}

/// The solvable builder on the 63 tree-node generators of Sylow2(S64) (the conjugation test
/// skips every generator that commutes with a conjugator) gives GAP's derived series, from the
/// fixture's 6 generators of the same group.
@Test func solvableBuilderOnTreeNodeGeneratorsAgreesWithGap() throws {
    let record = try #require(try SeriesRecord.load().first { $0.id == "Sylow2(S64)" })
    let gens = treeNodeGenerators(degree: 64)
    #expect(gens.count == 63)
    let members = try #require(SolvableBSGS.derivedSeries(of: gens, degree: 64, seed: 0x501B))
    #expect(members.map { $0.chain.order.description } == record.derived_series_orders)
    // Each member's generators lie in its chain.
    for m in members { #expect(m.generators.allSatisfy(m.chain.contains)) }
}

/// `commutes(_:with:support:)`, which reads only the points g moves, against y g = g y on all
/// points: seeded random pairs (a few commute), powers of one permutation (all commute) and
/// disjoint supports (all commute).
@Test func commutesOnTheSupportAgreesWithTheFullCheck() throws {
    var rng = SplitMix64(seed: 16)
    let n = 12
    func random() -> [Int32] {
        var t = (0..<Int32(n)).map { $0 }
        for i in stride(from: n - 1, to: 0, by: -1) { t.swapAt(i, Int(rng.next() % UInt64(i + 1))) }
        // Fix a random number of points so that supports are small sometimes.
        let fixed = Int(rng.next() % UInt64(n))
        return fixed < 6 ? t : composeTables(t, t)
    }
    var pairs = 0, commuting = 0
    var cases: [([Int32], [Int32])] = []
    for _ in 0..<300 { cases.append((random(), random())) }
    for _ in 0..<50 { let g = random(); cases.append((composeTables(g, g), g)); cases.append((g, composeTables(g, composeTables(g, g)))) }
    cases.append(([1, 0, 2, 3] + (4..<Int32(n)).map { $0 }, [0, 1, 3, 2] + (4..<Int32(n)).map { $0 }))
    cases.append(((0..<Int32(n)).map { $0 }, [0, 1, 3, 2] + (4..<Int32(n)).map { $0 }))
    for (y, g) in cases {
        let full = composeTables(y, g) == composeTables(g, y)
        #expect(commutes(y, with: g, support: movedPointsTable(g)) == full)
        pairs += 1
        if full { commuting += 1 }
    }
    #expect(pairs == 402)
    #expect(commuting >= 102)  // the powers and the two disjoint pairs, at least
}
