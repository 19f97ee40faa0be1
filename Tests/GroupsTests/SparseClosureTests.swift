import Exact
import Testing
@testable import Groups

/// Issue 18, item 7 (the cliff past `"S77 x A7"`): normal closures that spread from sparse seeds,
/// giants given by sparse generators, and the direct product whose composition series needed
/// both, from explicit generators (no catalog hint).
@Suite struct SparseClosureTests {
    private func tables(_ cycles: String, degree: Int) throws -> [[Int32]] {
        try Permutation.parseList(cycles, degree: degree).map { $0.extended(to: degree).table }
    }

    /// The 3-cycles (i, i+1, i+2): each moves three of n points.
    private func chainOfThreeCycles(_ n: Int) throws -> [[Int32]] {
        try tables((1...(n - 2)).map { "(\($0),\($0 + 1),\($0 + 2))" }.joined(separator: ","), degree: n)
    }

    @Test func oneThreeCycleClosesToTheAlternatingGroupUnderSn() throws {
        let n = 60
        let sn = try tables("(\((1...n).map(String.init).joined(separator: ","))),(1,2)", degree: n)
        let closure = NormalClosure.closure(of: try tables("(1,2,3)", degree: n), under: sn, degree: n, seed: 7)
        #expect(closure.order == BigInt.factorial(n)! / BigInt(2))
        // A closure that is already normal stays itself: (1,2,3) under A3's own generator.
        let small = NormalClosure.closure(of: try tables("(1,2,3)", degree: n), under: try tables("(1,3,2)", degree: n), degree: n, seed: 7)
        #expect(small.order == BigInt(3))
        // Under a conjugator that moves only points outside the seed's support, nothing is added.
        let disjoint = NormalClosure.closure(of: try tables("(1,2,3)", degree: n), under: try tables("(4,5)", degree: n), degree: n, seed: 7)
        #expect(disjoint.order == BigInt(3))
    }

    @Test func sparseGeneratorsOfAGiantAreRecognized() throws {
        for n in [40, 150] {
            let giant = GiantRecognition.recognize(try chainOfThreeCycles(n), degree: n, seed: 0x61A7)
            #expect(giant?.isAlternating == true, "A\(n) from its \(n - 2) consecutive 3-cycles")
            #expect(giant?.order == BigInt.factorial(n)! / BigInt(2))
        }
        // Not a giant: the 3-cycles on 1..20 and 21..40 apart (intransitive), so never recognized.
        let apart = try tables((1...18).map { "(\($0),\($0 + 1),\($0 + 2))" }.joined(separator: ",") + ","
                                + (21...38).map { "(\($0),\($0 + 1),\($0 + 2))" }.joined(separator: ","), degree: 40)
        #expect(GiantRecognition.recognize(apart, degree: 40, seed: 0x61A7) == nil)
    }

    @Test func symmetricTimesA7FromGeneratorsHasTheRightSeries() throws {
        // S60 x A7 on 60 + 7 points, from generators (no catalog hint): the derived subgroup is
        // A60 x A7 (a closure from the commutators of the generators), perfect, and the
        // composition factors are C2, A60 and A7.
        let n = 60
        let gens = try tables("(\((1...n).map(String.init).joined(separator: ","))),(1,2),(61,62,63,64,65,66,67),(61,62,63)", degree: n + 7)
        let g = PermutationGroup(tables: gens, degree: n + 7)
        let a60 = BigInt.factorial(n)! / BigInt(2)
        #expect(g.order == a60 * BigInt(2) * BigInt(2520))
        #expect(g.derivedSeries.map(\.order) == [g.order, a60 * BigInt(2520)])
        let factors = try g.compositionSeriesResult.get().factorOrders.sorted { $0 < $1 }
        #expect(factors == [BigInt(2), BigInt(2520), a60])
    }
}
