import Exact
import Testing
@testable import LieAlgebras

@Suite struct ClosureTests {
    @Test func twoRandomMatricesGenerateAllOfGl4() throws {
        var rng = SplitMix64(seed: 1)
        let a = RandomMatrices.full(4, range: -5...5, using: &rng)
        let b = RandomMatrices.full(4, range: -5...5, using: &rng)
        let l = try MatrixLieAlgebra(generators: [a, b])
        #expect(l.dimension == 16)
        #expect(l.derivedSeries().map(\.dimension) == [16, 15])
    }

    @Test func randomUpperTriangularGeneratorsSpanTwoDiagonalsPlusStrictlyUpper() throws {
        var rng = SplitMix64(seed: 2)
        let a = RandomMatrices.upperTriangular(5, range: -5...5, using: &rng)
        let b = RandomMatrices.upperTriangular(5, range: -5...5, using: &rng)
        let l = try MatrixLieAlgebra(generators: [a, b])
        #expect(l.dimension == 10 + 2)
        #expect(l.derivedSeries().map(\.dimension).first == 12)
        #expect(l.derivedLength() != nil)
    }

    @Test func closureContainsEveryBracketOfBasisElements() throws {
        var rng = SplitMix64(seed: 3)
        let a = RandomMatrices.upperTriangular(4, range: -3...3, using: &rng)
        let b = RandomMatrices.full(4, range: -1...1, using: &rng).scaled(by: Rational(1, 3)!)
        let l = try MatrixLieAlgebra(generators: [a, b])
        for x in l.basis { for y in l.basis { #expect(l.coordinates(of: x.bracket(y)) != nil) } }
    }

    @Test func mixedSizesAreRejectedNamingTheMatrix() {
        #expect(throws: LieAlgebraError.sizeMismatch(index: 2, size: 3, expected: 2)) {
            try MatrixLieAlgebra(generators: [.identity(2), .identity(3)])
        }
    }
}
