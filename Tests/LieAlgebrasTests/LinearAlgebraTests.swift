import Exact
import Testing
@testable import LieAlgebras

@Suite struct LinearAlgebraTests {
    private func q(_ rows: [[Int]]) -> [[Rational]] { rows.map { $0.map { Rational($0) } } }

    @Test func rankOfDependentRowsIsTwo() {
        #expect(LinearAlgebra.rank(q([[1, 2, 3], [2, 4, 6], [0, 1, 1]]), columns: 3) == 2)
    }

    @Test func nullspaceVectorsAreAnnihilated() {
        let a = q([[1, 2, 3, 4], [2, 4, 7, 9]])
        let k = LinearAlgebra.nullspace(a, columns: 4)
        #expect(k.count == 2)
        for v in k { for r in a { #expect(VectorOps.dot(r, v).isZero) } }
    }

    @Test func solveFindsCoefficientsOfAVectorInASpan() throws {
        let vs = q([[1, 0, 1], [0, 1, 1]])
        let c = try #require(LinearAlgebra.solve(vs, target: q([[3, -2, 1]])[0]))
        #expect(c == [3, -2])
        #expect(LinearAlgebra.solve(vs, target: q([[0, 0, 1]])[0]) == nil)
    }

    @Test func intersectionOfTwoPlanesInQ3IsALine() {
        let u = Subspace(spanning: q([[1, 0, 0], [0, 1, 0]]), ambientDimension: 3)
        let w = Subspace(spanning: q([[0, 1, 0], [0, 0, 1]]), ambientDimension: 3)
        let i = u.intersection(w)
        #expect(i.dimension == 1)
        #expect(i.contains(q([[0, 5, 0]])[0]))
        #expect(u.sum(w).dimension == 3)
    }

    @Test func multiModularEchelonAgreesWithRationalGaussOnLargeRationalSystems() {
        var rng = SplitMix64(seed: 9)
        let rows = (0..<12).map { _ in (0..<10).map { _ in Rational(BigInt(Int.random(in: -50...50, using: &rng)), BigInt(Int.random(in: 1...7, using: &rng)))! } }
        // Make the rows dependent: append combinations of earlier rows.
        let dependent = rows + [VectorOps.add(rows[0], rows[1]), VectorOps.subtract(rows[2], rows[3])]
        let modular = ExactEchelon.reducedRowEchelon(dependent, length: 10)
        let plain = RationalGauss.reducedRowEchelon(dependent, length: 10)
        #expect(modular.rows == plain.rows)
        #expect(modular.pivots == plain.pivots)
    }
}

@Suite struct ModularPathTests {
    @Test func chineseRemainderingLiftsLargeRationalEchelonForms() {
        // Entries up to 10^4 in a 6 x 8 system: echelon entries are ratios of 6 x 6 minors,
        // far beyond one prime, so several primes must be combined.
        var rng = SplitMix64(seed: 11)
        let rows = (0..<6).map { _ in (0..<8).map { _ in Rational(Int.random(in: -10_000...10_000, using: &rng)) } }
        let modular = ExactEchelon.reducedRowEchelon(rows, length: 8)
        #expect(modular.rows == RationalGauss.reducedRowEchelon(rows, length: 8).rows)
        #expect(modular.rows.flatMap { $0 }.contains { $0.denominator > BigInt(1 << 28) })
    }

    @Test func modularClosureAgreesWithClosureOverQ() throws {
        var rng = SplitMix64(seed: 12)
        for n in 2...4 {
            let gens = (0..<2).map { _ in RandomMatrices.full(n, range: -3...3, using: &rng).scaled(by: Rational(1, 2)!) }
                + [RandomMatrices.upperTriangular(n, range: -2...2, using: &rng)]
            let modular = AdClosure(seeds: gens, actors: gens, size: n).space
            #expect(modular == AdClosure.rationalClosure(gens, gens, n))
        }
    }
}
