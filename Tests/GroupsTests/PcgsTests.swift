import Exact
import Foundation
import Testing
@testable import Groups

/// Catalog solvable groups for the pcgs (Sims' method) against the stabilizer-chain path.
private let solvableNames = ["S4", "D8", "Q16", "C2 wr C2 wr C2", "Sylow2(S16)", "S4 wr S2", "S3 wr S3",
                             "C3 wr C3", "AGL(1,7)", "Sylow2(S64)", "Sylow3(S27)"]

@Test func pcgsOrdersAndExponentsMatchTheChain() throws {
    for name in solvableNames {
        let g = try GroupCatalog.group(named: name)
        let orders = try #require(g.pcgsRelativeOrders, "\(name) has a pcgs")
        #expect(productOfRelativeOrders(orders) == g.order, "\(name) order")
        #expect(orders.allSatisfy { NumberTheory.factorize($0).count == 1 && NumberTheory.factorize($0).values.first == 1 }, "\(name) prime relative orders")
        for seed in 0..<UInt64(20) {
            let x = g.randomElement(seed: seed)
            let e = try #require(g.pcgsExponents(of: x), "\(name) random element is a member")
            #expect(zip(e, orders).allSatisfy { $0 >= 0 && $0 < $1 })
            #expect(g.pcgsElement(exponents: e) == x, "\(name) exponents rebuild the element")
        }
        #expect(g.pcgsDerivedBoundaryOrders == g.derivedSeries.map(\.order), "\(name) derived series at the layer boundaries")
    }
}

/// Non-members: elements of the symmetric group outside G are rejected, exactly as the chain
/// rejects them; and every pcgs tail is a subgroup of the stated order.
@Test func pcgsSiftingRejectsNonMembers() throws {
    var rejected = 0
    for name in solvableNames {
        let g = try GroupCatalog.group(named: name)
        let s = try GroupCatalog.group(named: "S\(g.degree)")
        for seed in 0..<UInt64(30) {
            let x = s.randomElement(seed: seed &+ 77)
            let member = g.contains(x)
            #expect((g.pcgsExponents(of: x) != nil) == member, "\(name) membership of \(x)")
            if !member { rejected += 1 }
        }
        // A transposition times a member is outside a group of even permutations only; test
        // the tails: G_d = <g_d, ...> has order p_d ... p_{m-1}.
        let pcgs = try #require(g.pcgs)
        for d in stride(from: 0, to: pcgs.length, by: max(1, pcgs.length / 5)) {
            let tail = PermutationGroup(tables: Array(pcgs.elements[d...]), degree: g.degree)
            #expect(tail.order == pcgs.tailOrder(from: d), "\(name) tail \(d)")
        }
    }
    #expect(rejected > 100)
}

/// Induced pcgs of subgroups: orders and membership against the chain of the same subgroup.
@Test func inducedPcgsOfSubgroupsMatchTheChain() throws {
    for name in solvableNames {
        let g = try GroupCatalog.group(named: name)
        let pcgs = try #require(g.pcgs)
        for seed in 0..<UInt64(4) {
            let gens = [g.randomElement(seed: seed), g.randomElement(seed: seed &+ 100)]
            let h = PermutationGroup(generators: gens, degree: g.degree)
            let u = try #require(InducedPcgs.close(gens.map(\.table), in: pcgs))
            #expect(u.order == h.order, "\(name) subgroup \(seed) order")
            for k in 0..<UInt64(5) {
                let x = g.randomElement(seed: k &+ 1000)
                #expect(u.contains(x.table) == h.contains(x), "\(name) subgroup membership")
            }
        }
    }
}

/// The derived, lower central and EA2 series computed in the pcgs equal the stabilizer-chain
/// path's series.
@Test func pcgsSeriesMatchTheChainPath() throws {
    for name in solvableNames {
        let g = try GroupCatalog.group(named: name)
        #expect(g.pcgsDerivedSeriesOrders == g.derivedSeries.map(\.order), "\(name) derived series")
        // The chain path (solvable normal closures) as the cross-check; `lowerCentralSeries` uses the pcgs.
        #expect(g.pcgsLowerCentralSeriesOrders == g.solvableLowerCentralSeries()?.map(\.order), "\(name) lower central series")
        #expect(g.lowerCentralSeries.map(\.order) == g.pcgsLowerCentralSeriesOrders, "\(name) lower central series")
        if g.pcgs?.prime == 2 {
            #expect(g.pcgsElementaryAbelian2SeriesOrders == g.elementaryAbelian2Series.map(\.order), "\(name) EA2 series")
        } else {
            #expect(g.pcgsElementaryAbelian2SeriesOrders == nil, "\(name): the levelled EA2 series is for 2-groups")
        }
    }
}

@Test func nonSolvableGroupsHaveNoPcgs() throws {
    for name in ["A5", "S5", "PSL(2,7)"] { #expect(try !GroupCatalog.group(named: name).hasPcgs, "\(name)") }
    #expect(try GroupCatalog.group(named: "C1").pcgsRelativeOrders == [])
}

/// Every solvable group of the GAP fixtures (transitive groups of degree <= 12, regular
/// representations of small groups): the series computed in the pcgs agree with GAP.
@Test func pcgsSeriesAgreeWithGapFixtures() throws {
    var solvable = 0
    var twoGroups = 0
    for file in ["transitive", "smallgroups_regular"] {
        let records = try FixtureRecord.load(file)
        #expect(records.count == (file == "transitive" ? 475 : 157))
        for r in records where r.solvable {
            solvable += 1
            let g = try r.group()
            let orders = try #require(g.pcgsRelativeOrders, "\(r.id) has a pcgs")
            #expect(productOfRelativeOrders(orders).description == r.order, "\(r.id) order")
            #expect(g.pcgsDerivedSeriesOrders?.map(\.description) == r.derived_series_orders, "\(r.id) derived")
            #expect(g.pcgsDerivedBoundaryOrders?.map(\.description) == r.derived_series_orders, "\(r.id) derived boundaries")
            #expect(g.pcgsLowerCentralSeriesOrders?.map(\.description) == r.lower_central_series_orders, "\(r.id) lower central")
            if g.pcgs?.prime == 2 {
                twoGroups += 1
                #expect(g.pcgsElementaryAbelian2SeriesOrders?.map(\.description) == r.ea2_series_orders, "\(r.id) EA2")
            }
        }
    }
    #expect(solvable > 500)
    #expect(twoGroups > 100)
}

/// The fields of `sylow_large.jsonl` (fixtures/gap/sylow_large.g: GAP's pc-group series).
private struct LargeSylowRecord: Decodable {
    let id: String
    let degree: Int
    let generators: [String]
    let order: String
    let derived_series_orders: [String]
    let lower_central_series_orders: [String]
    let nilpotency_class: Int
}

/// Sylow subgroups of class 64 and 81: the pcgs lower central series (what `lowerCentralSeries`
/// uses) and the derived series agree with GAP's polycyclic computation; on Sylow3(S81) the
/// chain path agrees too.
@Test func largeSylowSeriesAgreeWithGapPcGroups() throws {
    let url = try #require(Bundle.module.url(forResource: "sylow_large", withExtension: "jsonl", subdirectory: "Fixtures"))
    let records = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
        .map { try JSONDecoder().decode(LargeSylowRecord.self, from: Data($0.utf8)) }
    #expect(records.count == 3)  // every line of the fixture read
    for r in records {
        let g = PermutationGroup(generators: try r.generators.map { try Permutation(cycles: $0) }, degree: r.degree)
        #expect(g.order.description == r.order, "\(r.id) order")
        #expect(g.derivedSeries.map(\.order.description) == r.derived_series_orders, "\(r.id) derived series")
        #expect(g.pcgsDerivedBoundaryOrders?.map(\.description) == r.derived_series_orders, "\(r.id) pcgs boundaries")
        #expect(g.lowerCentralSeries.map(\.order.description) == r.lower_central_series_orders, "\(r.id) lower central series")
        #expect(g.nilpotencyClass == r.nilpotency_class, "\(r.id) nilpotency class")
        if r.id == "Sylow3(S81)" {
            #expect(g.solvableLowerCentralSeries()?.map(\.order.description) == r.lower_central_series_orders, "\(r.id) chain path")
        }
    }
}
