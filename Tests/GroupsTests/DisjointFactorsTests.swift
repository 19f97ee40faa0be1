import Exact
import Testing
@testable import Groups

/// Issue 18, item 7 (the "S77 x A7" cliff): generators on disjoint supports generate the direct
/// product of what each class generates, so its order is the product of the classes' orders and
/// serves as a proven order for the random Schreier-Sims phase.
@Suite struct DisjointFactorsTests {
    private func tables(_ cycles: String, degree: Int) throws -> [[Int32]] {
        try Permutation.parseList(cycles, degree: degree).map { $0.extended(to: degree).table }
    }

    @Test func classesFollowSharedPoints() throws {
        // (1,2,3) and (3,4) share 3; (5,6) and (7,8)(6,9) share 6; (10,11) is alone.
        let gens = try tables("(1,2,3),(5,6),(3,4),(7,8)(6,9),(10,11)", degree: 12)
        let classes = DisjointFactors.supportClasses(gens, degree: 12)
        #expect(classes.count == 3)
        #expect(classes.map(\.points) == [[0, 1, 2, 3], [4, 5, 6, 7, 8], [9, 10]])
        #expect(classes.map(\.generators.count) == [2, 2, 1])
    }

    @Test func orderIsTheProductAndAgreesWithTheGeneralMethod() throws {
        // S5 x A4 x C3 on 5 + 4 + 3 points (the giant S5 is recognized on its own support).
        let gens = try tables("(1,2,3,4,5),(1,2),(6,7,8),(7,8,9),(10,11,12)", degree: 12)
        #expect(DisjointFactors.order(gens, degree: 12) == BigInt(120 * 12 * 3))
        let whole = SchreierSims.deterministic(gens, degree: 12)
        #expect(whole.order == BigInt(120 * 12 * 3))
        #expect(DisjointFactors.order(try tables("(1,2,3),(3,4)", degree: 4), degree: 4) == nil)
        // One class that fixes points: its order is computed on its support (S5 fixing 2 points).
        let partial = try tables("(1,2,3,4,5),(1,2)", degree: 7)
        #expect(DisjointFactors.order(partial, degree: 7) == BigInt(120))
        #expect(SchreierSims.deterministic(partial, degree: 7).order == BigInt(120))
    }

    @Test func theDerivedSubgroupOfALargeSymmetricTimesC2IsTheAlternatingGroupOnItsSupport() throws {
        // [S40 x C2, S40 x C2] = A40 fixing the two points of C2; its order is proven on its support.
        let g = try GroupCatalog.group(named: "S40 x C2")
        let derived = g.derivedSeries
        // The series stops at the perfect residuum A40: [S40 x C2, A40].
        #expect(derived.count == 2)
        #expect(derived[1].order == BigInt.factorial(40)! / BigInt(2))
        #expect(g.lowerCentralSeries.map(\.order) == [BigInt.factorial(40)! * BigInt(2), BigInt.factorial(40)! / BigInt(2)])
    }

    /// [H, K] of groups whose generators fall into disjoint-support classes is computed factor
    /// by factor; adding one generator that joins the classes (a product of one generator of
    /// each class: the same group) forces the general normal closure. Both must give the same
    /// series and the same subgroups.
    @Test(arguments: [
        "(1,2,3,4),(1,2),(5,6,7),(8,9)",                  // S4 x C3 x C2
        "(1,2,3,4),(1,3),(5,6,7,8),(5,6)(7,8),(9,10,11)", // D8 x D8 x C3
        "(1,2,3),(2,3,4),(5,6,7,8,9),(5,6)",              // A4 x S5
        "(1,2)(3,4),(1,3)(2,4),(5,6,7)",                  // V4 x C3: abelian
    ])
    func factorwiseCommutatorsAgreeWithTheGeneralClosure(cycles: String) throws {
        let degree = 11
        let gens = try tables(cycles, degree: degree)
        #expect(DisjointFactors.supportClasses(gens, degree: degree).count > 1)
        let firsts = DisjointFactors.supportClasses(gens, degree: degree).map { $0.generators[0] }
        let joined = gens + [firsts.dropFirst().reduce(firsts[0], composeTables)]
        #expect(DisjointFactors.supportClasses(joined, degree: degree).count == 1)
        let split = PermutationGroup(tables: gens, degree: degree), whole = PermutationGroup(tables: joined, degree: degree)
        #expect(split.order == whole.order)
        #expect(split.derivedSeries.map(\.order) == whole.derivedSeries.map(\.order))
        #expect(split.lowerCentralSeries.map(\.order) == whole.lowerCentralSeries.map(\.order))
        // [H, K] with H the derived subgroup and K the whole group, both split.
        let h = split.derivedSubgroup, k = whole.derivedSubgroup
        #expect(h.commutatorSubgroup(split).order == k.commutatorSubgroup(whole).order)
        // The factorwise [G, G] is the same subgroup as the general one.
        #expect(h.isEqual(to: k))
    }

    @Test func theDerivedSubgroupOfS300TimesS7IsA300TimesA7() throws {
        // Ran past 240 s (release) before [H, K] was taken factor by factor.
        let g = try GroupCatalog.group(named: "S300 x S7")
        let s300 = BigInt.factorial(300)!, s7 = BigInt(5040)
        #expect(g.derivedSeries.map(\.order) == [s300 * s7, s300 * s7 / BigInt(4)])
        #expect(g.lowerCentralSeries.map(\.order) == [s300 * s7, s300 * s7 / BigInt(4)])
    }

    @Test func catalogDirectProductsKeepTheirInvariants() throws {
        let g = try GroupCatalog.group(named: "S12 x A7")
        #expect(g.order == BigInt.factorial(12)! * BigInt.factorial(7)! / BigInt(2))
        #expect(g.derivedSeries.map(\.order) == [g.order, BigInt.factorial(12)! / BigInt(2) * BigInt.factorial(7)! / BigInt(2)])
        #expect(g.derivedLength == nil)
    }
}
