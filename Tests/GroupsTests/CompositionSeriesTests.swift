import Exact
import Testing
@testable import Groups

/// The structure of a composition series, checked exactly: G first, 1 last, the stated orders
/// are the members' orders, each member is normal in the previous one; and the factor orders,
/// sorted, are GAP's (Jordan-Hoelder: they do not depend on the series chosen).
private func checkSeries(of g: PermutationGroup, gapFactors: [String], id: String) throws {
    let series = try #require(try? g.compositionSeriesResult.get(), "\(id): \(g.compositionSeriesFailure?.reason ?? "")")
    #expect(series.members.first === g, "\(id): the series starts at G")
    #expect(series.members.last?.isTrivial == true && series.orders.last == .one, "\(id): the series ends at 1")
    #expect(series.factorOrders.map(\.description).sorted(by: numerically) == gapFactors, "\(id): factor orders")
    for i in 1..<series.members.count {
        let upper = series.members[i - 1], lower = series.members[i]
        #expect(lower.order == series.orders[i], "\(id): order of member \(i)")
        #expect(lower.isNormal(in: upper), "\(id): member \(i) is normal in member \(i - 1)")
    }
}

private func numerically(_ a: String, _ b: String) -> Bool { BigInt(a)! < BigInt(b)! }

@Test func compositionSeriesOfEveryTransitiveGroupUpToDegreeTwelveMatchesGap() throws {
    let records = try FixtureRecord.load("transitive")
    #expect(records.count == 475)  // every line of the fixture read
    for r in records {
        try checkSeries(of: r.group(), gapFactors: r.composition_factor_orders, id: r.id)
    }
}

@Test func compositionSeriesOfRegularSmallGroupsMatchesGap() throws {
    let records = try FixtureRecord.load("smallgroups_regular")
    #expect(records.count == 157)
    for r in records {
        try checkSeries(of: r.group(), gapFactors: r.composition_factor_orders, id: r.id)
    }
}

/// Issue 19: a perfect group of order 2^23 3^8 7 on 28 points (radical 2^20 3^7, quotient
/// PSL(3,2)) and a group of order 11,609,505,792,000,000 on 30 points (factors 2 (x5), A5, A6 (x5)).
@Test func compositionSeriesOfTheLargeTransitiveGroupsOfIssue19MatchesGap() throws {
    let records = try FixtureRecord.load("transitive_large")
    #expect(records.count == 2)
    for r in records {
        try checkSeries(of: r.group(), gapFactors: r.composition_factor_orders, id: r.id)
    }
}

/// Named groups whose perfect residuum is not a natural A_n (fixtures/gap/composition.g).
@Test(arguments: ["PSL(2,7) on 7 points", "PSL(2,7) on 8 points", "PSL(2,11) on 12 points", "M11", "M12",
                  "M24", "A5 x A5", "A5 wr S2", "S5 x PSL(2,7)", "AGL(3,2)", "ASL(2,4)", "ASL(2,5)",
                  "SL(2,5) x C3 on 24+3 points", "A5 x A5 on 60 points", "PSL(2,1009)"])
func compositionSeriesOfNamedGroupMatchesGap(id: String) throws {
    let f = try CompositionFixture.named(id)
    let g = try f.group()
    #expect(g.order.description == f.order)
    try checkSeries(of: g, gapFactors: f.composition_factor_orders, id: id)
}

@Test func compositionFactorsOfCatalogGroupsMatchGap() throws {
    #expect(CompositionFixture.all.count == 15)  // every line of the fixture decoded
    let named = CompositionFixture.all.filter { $0.catalog != nil }
    #expect(named.count == 10)
    for f in named {
        guard let name = f.catalog else { continue }
        let factors = try GroupCatalog.group(named: name).compositionSeriesResult.get().factorOrders
        #expect(factors.map(\.description).sorted(by: numerically) == f.composition_factor_orders, "\(name)")
    }
}

@Test func compositionSeriesMembersOfS4AreGroupsWithGenerators() throws {
    let s4 = PermutationGroup(generators: [try Permutation(cycles: "(1,2,3,4)"), try Permutation(cycles: "(1,2)")])
    let series = try #require(s4.compositionSeries)
    #expect(series.map { $0.order.description } == ["24", "12", "4", "2", "1"])
    #expect(series.dropLast().allSatisfy { !$0.generators.isEmpty } && series.last!.generators.isEmpty)
}

@Test func compositionSeriesOfTheTrivialGroupIsItself() throws {
    let trivial = PermutationGroup(generators: [], degree: 3)
    #expect(trivial.compositionSeriesOrders == [.one])
}

// MARK: The fallback and the failure path, reached on small groups by narrowing the search

/// Without the regular-normal-subgroup step an affine primitive image is left to the coset
/// fallback: AGL(3,2) (normal subgroup 2^3 of index 168) and ASL(2,4) (2^4, index 60) still get
/// GAP's factors when cosets up to index 100000 are allowed.
@Test(arguments: ["AGL(3,2)", "ASL(2,4)"])
func cosetFallbackAloneFindsGapsFactors(id: String) throws {
    let f = try CompositionFixture.named(id)
    let limits = CompositionSearchLimits(cosetIndex: 100_000, regularNormalSubgroups: false)
    let series = try CompositionSeriesBuilder.build(try f.group(), limits: limits).get()
    #expect(series.factorOrders.map(\.description).sorted(by: numerically) == f.composition_factor_orders)
    #expect(series.factorProofs.contains { $0.contains("image of an action on") })
}

/// With cosets only up to index 100, ASL(2,4) (index 60) still succeeds, AGL(3,2) (index 168)
/// does not: no series, and a one-line reason naming the section, the open case and the limit.
@Test func narrowedSearchFailsWithAReasonInsteadOfAWrongSeries() throws {
    let limits = CompositionSearchLimits(cosetIndex: 100, regularNormalSubgroups: false)
    let asl24 = try CompositionFixture.named("ASL(2,4)")
    #expect((try? CompositionSeriesBuilder.build(try asl24.group(), limits: limits).get()) != nil)

    let agl32 = try CompositionFixture.named("AGL(3,2)")
    let result = CompositionSeriesBuilder.build(try agl32.group(), limits: limits)
    guard case .failure(let failure) = result else {
        Issue.record("AGL(3,2) should fail with cosets limited to index 100")
        return
    }
    #expect(failure.reason.contains("perfect section of order 1344 on 8 points"), "\(failure.reason)")
    #expect(failure.reason.contains("may be affine"), "\(failure.reason)")
    #expect(failure.reason.contains("no normal subgroup of index <= 100 was found"), "\(failure.reason)")
    #expect(!failure.reason.contains("\n"))
}
