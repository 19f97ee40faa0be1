import Exact
import Testing
@testable import LieAlgebras

@Suite struct CatalogTests {
    private func algebra(_ name: String) throws -> MatrixLieAlgebra { try LieCatalog.algebra(named: name) }

    @Test(arguments: [
        ("gl(3)", 9), ("sl(3)", 8), ("so(4)", 6), ("sp(4)", 10), ("b(4)", 10), ("n(4)", 6), ("d(4)", 4),
        ("heis(5)", 5), ("aff(3)", 12), ("se(3)", 6), ("so(3)", 3), ("gl(1)", 1), ("sl(1)", 0),
    ])
    func catalogDimensions(name: String, dimension: Int) throws {
        #expect(try algebra(name).dimension == dimension)
    }

    @Test func glIsNotSolvable() throws {
        let l = try algebra("gl(3)")
        #expect(l.derivedLength() == nil)
        #expect(l.derivedSeries().map(\.dimension) == [9, 8])
    }

    @Test func so3IsNotSolvableAndIsSemisimple() throws {
        let l = try algebra("so(3)")
        #expect(!l.isSolvable)
        #expect(l.isSemisimple)
        #expect(l.killingRank() == 3)
    }

    @Test(arguments: [2, 3, 4, 5])
    func borelDerivedLengthIsOnePlusCeilLogOfN(n: Int) throws {
        // b(n)' = n(n); n(n)^(k) lies above the 2^k-th superdiagonal.
        var expected = 1, reach = 1
        while reach < n { reach *= 2; expected += 1 }
        #expect(try algebra("b(\(n))").derivedLength() == (n == 1 ? 1 : expected))
    }

    @Test(arguments: [2, 3, 4, 5])
    func strictlyUpperTriangularHasNilpotencyClassNMinusOne(n: Int) throws {
        #expect(try algebra("n(\(n))").nilpotencyClass() == n - 1)
    }

    @Test(arguments: ["heis(3)", "heis(5)", "heis(7)"])
    func heisenbergHasNilpotencyClassTwoAndOneDimensionalCentre(name: String) throws {
        let l = try algebra(name)
        #expect(l.nilpotencyClass() == 2)
        #expect(l.centre().dimension == 1)
    }

    @Test func radicalOfGlIsTheScalars() throws {
        let r = try algebra("gl(3)").solvableRadical()
        #expect(r.dimension == 1)
        #expect(r.contains(RationalMatrix.identity(3).entries))
    }

    @Test func radicalOfBorelIsEverything() throws {
        #expect(try algebra("b(3)").solvableRadical().dimension == 6)
    }

    @Test func radicalOfAffIsTheScalarsPlusTranslations() throws {
        // aff(n) = gl(n) ⋉ Q^n; its radical is Q·I ⋉ Q^n.
        #expect(try algebra("aff(2)").solvableRadical().dimension == 3)
    }

    @Test func upperCentralSeriesOfN4ClimbsToEverything() throws {
        #expect(try algebra("n(4)").upperCentralSeries().map(\.dimension) == [0, 1, 3, 6])
    }

    @Test func sp4AndSo5AreSemisimple() throws {
        #expect(try algebra("sp(4)").isSemisimple)
        #expect(try algebra("so(5)").isSemisimple)
    }

    @Test(arguments: ["foo(3)", "gl", "gl(x)", "gl(0)", "sp(3)", "heis(4)", "se(4)", "gl(99)"])
    func badNamesThrow(name: String) {
        #expect(throws: LieCatalogError.self) { try LieCatalog.algebra(named: name) }
    }
}

@Suite struct ModelClassTests {
    @Test(arguments: ["ssm-real(4)", "ssm-complex(2)"])
    func diagonalSSMWithoutBiasIsAbelian(name: String) throws {
        let l = try LieCatalog.algebra(named: name)
        #expect(l.isAbelian)
        #expect(l.derivedLength() == 1)
    }

    @Test(arguments: [("ssm-real-bias(4)", 8), ("ssm-complex-bias(2)", 8)])
    func diagonalSSMWithBiasIsSolvableOfDerivedLengthTwo(name: String, dimension: Int) throws {
        let l = try LieCatalog.algebra(named: name)
        #expect(l.dimension == dimension)
        #expect(l.derivedLength() == 2)
    }

    @Test func affineFamilyHomogenisesItsGenerators() throws {
        let a = RationalMatrix(integers: [[0, 1], [0, 0]])
        let l = try ModelClass.affineFamily([(a, [0, 0]), (.zero(rows: 2, columns: 2), [0, 1])])
        // [[A,0],[0,0]] and the translation e_2: A e_2 = e_1 gives a third element; nilpotent of class 2.
        #expect(l.size == 3)
        #expect(l.dimension == 3)
        #expect(l.nilpotencyClass() == 2)
    }
}
