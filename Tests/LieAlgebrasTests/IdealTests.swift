import Exact
import Testing
@testable import LieAlgebras

@Suite struct IdealTests {
    @Test func idealGeneratedByATranslationInAffIsAllTranslations() throws {
        let aff = try LieCatalog.algebra(named: "aff(2)")
        let t = ModelClass.translation(2, 0)
        let ideal = aff.ideal(generatedBy: [t])
        #expect(ideal.dimension == 2)
        #expect(ideal.contains(ModelClass.translation(2, 1).entries))
    }

    @Test func bracketOfBorelWithItselfIsStrictlyUpper() throws {
        let b = try LieCatalog.algebra(named: "b(3)")
        let n = try LieCatalog.algebra(named: "n(3)")
        #expect(b.bracket(b.space, b.space) == n.space)
    }

    @Test func structureConstantsReproduceTheBrackets() throws {
        let l = try LieCatalog.algebra(named: "sl(2)")
        let c = l.structureConstants()
        let b = l.basis
        for i in b.indices {
            for j in b.indices {
                let combination = b.indices.reduce(RationalMatrix.zero(rows: 2, columns: 2)) { $0 + b[$1].scaled(by: c[i][j][$1]) }
                #expect(combination == b[i].bracket(b[j]))
            }
        }
    }

    @Test func killingFormOfSl2IsNonDegenerateAndSymmetric() throws {
        let k = try LieCatalog.algebra(named: "sl(2)").killingMatrix()
        for i in 0..<3 { for j in 0..<3 { #expect(k[i][j] == k[j][i]) } }
        #expect(LinearAlgebra.rank(k, columns: 3) == 3)
    }

    @Test func zeroAlgebraHasDerivedLengthAndClassZero() throws {
        let l = try MatrixLieAlgebra(generators: [.zero(rows: 2, columns: 2)])
        #expect(l.dimension == 0)
        #expect(l.derivedLength() == 0)
        #expect(l.nilpotencyClass() == 0)
        #expect(l.isSemisimple)
    }
}
