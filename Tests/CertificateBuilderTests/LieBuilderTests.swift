import Certificates
import Exact
import LieAlgebras
import Testing
@testable import CertificateBuilder

/// E_ij in gl(n) (0-based).
private func unit(_ n: Int, _ i: Int, _ j: Int) -> RationalMatrix { RationalMatrix.unit(n, i, j) }

/// Upper triangular n x n matrices (b(n)), spanned by the E_ij with i <= j.
private func borel(_ n: Int) -> [RationalMatrix] {
    (0..<n).flatMap { i in (i..<n).map { unit(n, i, $0) } }
}

private let so3: [RationalMatrix] = [
    RationalMatrix(integers: [[0, 0, 0], [0, 0, -1], [0, 1, 0]]),
    RationalMatrix(integers: [[0, 0, 1], [0, 0, 0], [-1, 0, 0]]),
]

@Test func so3NotSolvableCertificateVerifies() throws {
    let c = try LieCertificateBuilder.derivedLengthCertificate(generators: so3)
    #expect(c.claim == .notSolvable)
    #expect(try checkThroughJSON(c).hasSuffix("is not solvable"))
}

@Test func heisenbergDerivedLengthCertificateVerifies() throws {
    let c = try LieCertificateBuilder.derivedLengthCertificate(generators: [unit(3, 0, 1), unit(3, 1, 2)])
    #expect(c.claim == .derivedLength(2))
    #expect(try checkThroughJSON(c).hasSuffix("has derived length 2"))
}

@Test(arguments: 1...5)
func borelDerivedLengthCertificateMatchesLieAlgebras(_ n: Int) throws {
    let c = try LieCertificateBuilder.derivedLengthCertificate(generators: borel(n))
    let expected = try MatrixLieAlgebra(generators: borel(n)).derivedLength()
    #expect(c.claim == .derivedLength(expected!))
    _ = try checkThroughJSON(c)
}

@Test func gl2IsNotSolvableAndItsCertificateVerifies() throws {
    let c = try LieCertificateBuilder.derivedLengthCertificate(generators: [unit(2, 0, 1), unit(2, 1, 0), unit(2, 0, 0)])
    #expect(c.claim == .notSolvable)
    _ = try checkThroughJSON(c)
}

@Test func zeroAlgebraHasDerivedLengthZero() throws {
    let c = try LieCertificateBuilder.derivedLengthCertificate(generators: [RationalMatrix.zero(rows: 2, columns: 2)])
    #expect(c.claim == .derivedLength(0))
    _ = try checkThroughJSON(c)
}

@Test func rationalEntriesSurviveTheCertificate() throws {
    let half = Rational(BigInt(1), BigInt(2))!
    let a = RationalMatrix([[half, .zero], [.zero, -half]])
    let b = RationalMatrix([[.zero, Rational(3)], [.zero, .zero]])
    let c = try LieCertificateBuilder.derivedLengthCertificate(generators: [a, b])
    #expect(c.claim == .derivedLength(2))
    _ = try checkThroughJSON(c)
}
