import Certificates
import Groups
import Testing
@testable import CertificateBuilder

private let transitive = FixtureGroup.load("transitive.jsonl")
private let regular = FixtureGroup.load("smallgroups_regular.jsonl")

/// All transitive groups of degree <= 8, and every 8th of the others (transitive of degree 9..12
/// and the regular representations of small groups, up to degree 120): certifying all 632 twice
/// takes minutes in a debug build on 2 cores.
private let sample = transitive.filter { $0.degree <= 8 }
    + (transitive.filter { $0.degree > 8 } + regular).enumerated().filter { $0.offset % 8 == 0 }.map(\.element)

@Test func fixturesAreFound() {
    #expect(transitive.count == 475)
    #expect(regular.count == 157)
}

@Test(arguments: sample)
func derivedLengthCertificateOfFixtureGroupVerifies(_ g: FixtureGroup) throws {
    let generators = try g.generators.map { try Permutation(cycles: $0, degree: g.degree) }
    let c = try GroupCertificateBuilder.derivedLengthCertificate(generators: generators, degree: g.degree)
    #expect(c.claim == (g.derivedLength.map(Claim.derivedLength) ?? .notSolvable))
    _ = try checkThroughJSON(c)
}

@Test(arguments: sample)
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

/// The fixture algebras of dimension <= 12. Larger ones from random generators (gl(5), gl(6),
/// dense shapes) have iterated brackets with large rational entries and take tens of seconds
/// each in a debug build; `tower bench certs` and docs/performance-certs.md cover them.
@Test(arguments: algebras.filter { $0.dimension <= 12 })
func derivedLengthCertificateOfFixtureAlgebraVerifies(_ a: FixtureAlgebra) throws {
    let c = try LieCertificateBuilder.derivedLengthCertificate(generators: a.generators)
    #expect(c.claim == (a.derivedLength.map(Claim.derivedLength) ?? .notSolvable))
    _ = try checkThroughJSON(c)
}
