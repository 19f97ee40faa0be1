import Certificates
import Groups
import Testing
@testable import CertificateBuilder

private let transitive = FixtureGroup.load("transitive.jsonl")
private let regular = FixtureGroup.load("smallgroups_regular.jsonl")

@Test func fixturesAreFound() {
    #expect(transitive.count == 475)
    #expect(regular.count == 157)
}

@Test(arguments: transitive + regular)
func derivedLengthCertificateOfFixtureGroupVerifies(_ g: FixtureGroup) throws {
    let generators = try g.generators.map { try Permutation(cycles: $0, degree: g.degree) }
    let c = try GroupCertificateBuilder.derivedLengthCertificate(generators: generators, degree: g.degree)
    #expect(c.claim == (g.derivedLength.map(Claim.derivedLength) ?? .notSolvable))
    _ = try checkThroughJSON(c)
}

@Test(arguments: transitive + regular)
func nilpotencyCertificateOfFixtureGroupVerifies(_ g: FixtureGroup) throws {
    let generators = try g.generators.map { try Permutation(cycles: $0, degree: g.degree) }
    let c = try GroupCertificateBuilder.nilpotencyCertificate(generators: generators, degree: g.degree)
    #expect(c.claim == (g.nilpotencyClass.map(Claim.nilpotencyClass) ?? .notNilpotent))
    _ = try checkThroughJSON(c)
}

private let algebras = FixtureAlgebra.load()

@Test func lieFixturesAreFound() {
    #expect(algebras.count == 196)
}

/// All fixture algebras except the random dense generators of gl(5) and gl(6) ("full", n >= 5):
/// their iterated brackets have large rational entries and take tens of seconds in a debug
/// build, so they are measured by the certificate benchmark instead.
@Test(arguments: algebras.filter { !($0.shape == "full" && $0.size >= 5) })
func derivedLengthCertificateOfFixtureAlgebraVerifies(_ a: FixtureAlgebra) throws {
    let c = try LieCertificateBuilder.derivedLengthCertificate(generators: a.generators)
    #expect(c.claim == (a.derivedLength.map(Claim.derivedLength) ?? .notSolvable))
    _ = try checkThroughJSON(c)
}
