import Exact
import Testing
@testable import Groups

private func cycleTable(_ n: Int) -> Permutation {
    try! Permutation(images: (0..<n).map { ($0 + 1) % n })
}

@Test func symmetricGroupOfDegreeTwelveIsRecognizedAsGiant() throws {
    let s12 = PermutationGroup(generators: [try Permutation(cycles: "(1,2)"), cycleTable(12)])
    #expect(s12.structure.isGiant)
    #expect(s12.order == BigInt.factorial(12)!)
    #expect(orders(s12.derivedSeries) == [BigInt.factorial(12)!.description, (BigInt.factorial(12)! / BigInt(2)).description])
}

@Test func giantMembershipUsesParity() throws {
    let a13 = PermutationGroup(generators: [try Permutation(cycles: "(1,2,3)"), cycleTable(13)])
    #expect(a13.structure.isAlternatingGiant)
    #expect(a13.contains(try Permutation(cycles: "(1,5)(2,9)")))
    #expect(!a13.contains(try Permutation(cycles: "(1,5)")))
}

@Test func imprimitiveGroupIsNotRecognizedAsGiant() throws {
    // S4 wr S2 on 8 points: transitive, not primitive.
    let g = try group("(1,2,3,4),(1,2),(1,5)(2,6)(3,7)(4,8)")
    #expect(!g.structure.isGiant)
    #expect(g.order == BigInt(1152))
}

@Test func solvableBuilderAgreesWithSchreierSims() throws {
    let gens = try Permutation.parseList("(1,2,3,4),(1,2),(1,5,9,13)(2,6,10,14)(3,7,11,15)(4,8,12,16),(1,5)(2,6)(3,7)(4,8)")
    let tables = gens.map { $0.extended(to: 16).table }
    let members = try #require(SolvableBSGS.derivedSeries(of: tables, degree: 16, seed: 7))
    #expect(members[0].chain.order == SchreierSims.deterministic(tables, degree: 16).order)
    #expect(members[0].chain.order == BigInt(7_962_624))
}

@Test func solvableBuilderGivesUpOnA5() throws {
    let tables = try Permutation.parseList("(1,2,3,4,5),(1,2,3)").map { $0.extended(to: 5).table }
    #expect(SolvableBSGS.derivedSeries(of: tables, degree: 5, seed: 1) == nil)
}

@Test func abelianInvariantsArePrimePowersSorted() throws {
    let c6 = try group("(1,2,3,4,5,6)")
    #expect(c6.abelianInvariants(of: PermutationGroup(generators: [], degree: 6)) == [2, 3])
    let c2xc4 = try group("(1,2),(3,4,5,6)")
    #expect(c2xc4.abelianInvariants(of: PermutationGroup(generators: [], degree: 6)) == [2, 4])
}

@Test func derivedFactorInvariantsOfS4() throws {
    #expect(try group("(1,2,3,4),(1,2)").derivedFactorInvariants == [[2], [3], [2, 2]])
}

@Test func normalClosureOfATranspositionInS4IsS4() throws {
    let s4 = try group("(1,2,3,4),(1,2)")
    let t = try group("(1,2)")
    #expect(t.normalClosure(in: s4).order == BigInt(24))
    let v = try group("(1,2)(3,4)")
    #expect(v.normalClosure(in: s4).order == BigInt(4))
}

@Test func commutatorOfS4WithA4IsA4() throws {
    let s4 = try group("(1,2,3,4),(1,2)")
    let a4 = try group("(1,2,3),(2,3,4)")
    #expect(a4.commutatorSubgroup(s4).order == BigInt(12))
}

@Test func stabilizerOfAPointInS5HasOrder24() throws {
    let s5 = try group("(1,2,3,4,5),(1,2)")
    let h = s5.stabilizer(of: 2)
    #expect(h.order == BigInt(24))
    #expect(h.generators.allSatisfy { $0.image(of: 2) == 2 })
}

@Test func randomElementsAreSeededMembers() throws {
    let m = try group("(1,2,3,4,5,6,7,8,9,10,11),(3,7,11,8)(4,10,5,6)")
    #expect(m.randomElement(seed: 42) == m.randomElement(seed: 42))
    #expect(m.contains(m.randomElement(seed: 42)))
    #expect(m.order == BigInt(7920))
}

@Test func compositionSeriesOfS4RefinesDerivedSeries() throws {
    let s4 = try group("(1,2,3,4),(1,2)")
    let c = try #require(s4.compositionSeriesOrders)
    #expect(c.map(\.description) == ["24", "12", "4", "2", "1"])
}
