import Exact
import Testing
@testable import Groups

/// Shortcuts that spare large-degree work (issue 18, item 7): a catalog S_n / A_n from degree 8
/// is a giant by construction, a composition step of prime index needs no chain, an abelian
/// quotient of square-free order is cyclic, and a transitive abelian group is never a giant.
/// Each must give what the general methods give.
@Suite struct KnownGiantTests {
    @Test(arguments: [8, 9, 12])
    func catalogSymmetricAndAlternatingGroupsAreGiantsWithTheirOrders(n: Int) throws {
        let s = try GroupCatalog.group(named: "S\(n)"), a = try GroupCatalog.group(named: "A\(n)")
        #expect(s.structure.isGiant && !s.structure.isAlternatingGiant)
        #expect(a.structure.isAlternatingGiant)
        #expect(s.order == BigInt.factorial(n)!)
        #expect(a.order == BigInt.factorial(n)! / BigInt(2))
        // The same generators without the catalog's knowledge: Schreier-Sims agrees.
        #expect(SchreierSims.deterministic(s.generatorTables, degree: n).order == s.order)
        #expect(SchreierSims.deterministic(a.generatorTables, degree: n).order == a.order)
        // S_n > A_n > 1: factors of order 2 and n!/2.
        let series = try s.compositionSeriesResult.get()
        #expect(series.members.map(\.order) == [s.order, a.order, .one])
        #expect(s.derivedFactorInvariants == [[2]])
    }

    @Test func squareFreeAbelianQuotientsAreCyclicAndOthersAreNot() throws {
        // GAP: AbelianInvariants(CyclicGroup(30)) = [2, 3, 5]; of C4 x C2: [2, 4]; of C12: [3, 4].
        #expect(try GroupCatalog.group(named: "C30").derivedFactorInvariants == [[2, 3, 5]])
        #expect(try GroupCatalog.group(named: "C4 x C2").derivedFactorInvariants == [[2, 4]])
        #expect(try GroupCatalog.group(named: "C12").derivedFactorInvariants == [[3, 4]])
        // S4 / A4 = C2, A4 / V4 = C3, V4 = C2 x C2.
        #expect(try GroupCatalog.group(named: "S4").derivedFactorInvariants == [[2], [3], [2, 2]])
    }

    @Test func aTransitiveAbelianGroupIsNotAGiant() throws {
        let c = try GroupCatalog.group(named: "C1000")
        #expect(GiantRecognition.recognize(c.generatorTables, degree: 1000, seed: 1) == nil)
        #expect(c.order == BigInt(1000))
    }
}

/// An orbit longer than a bound proves the order is above it (|G| is a multiple of each orbit
/// length); `train`/`construct --group C1000000` are refused with it at once.
@Suite struct OrbitBoundTests {
    @Test func anOrbitLongerThanTheBoundIsSeenAndShorterOnesProveNothing() throws {
        let c = try GroupCatalog.group(named: "C6000")
        #expect(c.orbitExceeds(5000))
        #expect(!c.orbitExceeds(6000))
        // S4 x C3 on 7 points: orbits of 4 and 3 points, order 72.
        let g = try GroupCatalog.group(named: "S4 x C3")
        #expect(g.orbitExceeds(3))  // the S4 orbit has 4 points
        #expect(!g.orbitExceeds(4))  // degree 7 > 4, but no orbit is longer than 4
    }
}
