import Exact
import Testing
@testable import Groups

/// Issue 19, item 1: TransitiveGroup(28,1785), perfect and not simple, order 385,263,599,616
/// = 2^23 3^8 7, took minutes and gigabytes: after its quotient PSL(3,2) (the action on 7 blocks
/// of 4) the kernel is its solvable radical, of order 2^20 3^7 on 22 generators, and that
/// kernel, built with its chain, went to the general derived-series method (normal closures
/// grown a few conjugates a round). The solvable builder now takes such groups too.
///
/// Generators and values from GAP 4.12 (transgrp):
///   LoadPackage("transgrp"); G := TransitiveGroup(28,1785); GeneratorsOfGroup(G);
///   Size(G); List(DerivedSeriesOfGroup(G), Size); List(CompositionSeries(G), Size);
@Suite("large transitive groups")
struct LargeTransitiveGroupTests {
    static let t28_1785 = [
        "(1,8,18,13,12,27,24,4,7,17,16,11,25,22,2,5,20,15,10,28,23)(3,6,19,14,9,26,21)",
        "(1,27,7,17,2,28,5,18)(3,26,6,19,4,25,8,20)(9,21,10,23,12,24)(11,22)(14,16,15)",
    ]

    @Test func transitiveGroup28_1785MatchesGap() throws {
        let g = PermutationGroup(generators: try Self.t28_1785.map { try Permutation(cycles: $0) }, degree: 28)
        #expect(g.order == BigInt(385_263_599_616))
        #expect(g.derivedSeries.map(\.order) == [BigInt(385_263_599_616)])  // perfect
        #expect(!g.isSolvable)
        #expect(g.lowerCentralSeries.map(\.order) == [BigInt(385_263_599_616)])
        let series = try g.compositionSeriesResult.get()
        // GAP: List(CompositionSeries(G), Size) goes 385263599616, 2293235712, ..., 2, 1: the
        // factors are 168 once, then 2 twenty times and 3 seven times.
        let factors = series.factorOrders.map(\.description)
        #expect(factors.filter { $0 == "168" }.count == 1)
        #expect(factors.filter { $0 == "2" }.count == 20)
        #expect(factors.filter { $0 == "3" }.count == 7)
        #expect(factors.count == 28)
        #expect(series.orders.first == g.order && series.orders.last == .one)
        #expect(series.orders[1] == BigInt(2_293_235_712))  // the solvable radical, as in GAP
    }

    /// TransitiveGroup(30,5690): its derived subgroup acts on 5 blocks of 6 with image A5; the
    /// kernel (A6^5 . 2^4) comes back on 31 strong generators, and its derived subgroup starts
    /// from their 961 commutators. Only those not yet in the closure become generators, so
    /// [K, K] = A6^5 stays on few generators (it was 926, and [K', K'] then started from 926^2
    /// commutators and ran for minutes).
    @Test func kernelOfTheBlockActionOfTransitiveGroup30_5690HasADerivedSubgroupOnFewGenerators() throws {
        let record = try #require(try FixtureRecord.load("transitive_large").first { $0.id == "T30_5690" })
        let g = try record.group()
        let perfect = g.derivedSeries[1]
        #expect(perfect.order == BigInt(5_804_752_896_000_000))
        let found = try SimpleQuotient.find(for: perfect, seed: 0xC0_5E)
        #expect(found.action.image.order == BigInt(60))  // A5 on the 5 blocks
        let kernel = try #require(found.action.kernel(in: perfect, seed: 0xC0_5E))
        #expect(kernel.order == BigInt(96_745_881_600_000))
        let derived = kernel.derivedSubgroup
        #expect(derived.order == BigInt(360).power(5))
        #expect(derived.generators.count <= 40, "\(derived.generators.count) generators")
    }
}
