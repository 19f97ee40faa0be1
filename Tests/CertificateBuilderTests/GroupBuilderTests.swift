import Certificates
import Foundation
import Groups
import Testing
@testable import CertificateBuilder

func group(_ cycles: [String], degree: Int) throws -> [Permutation] {
    try cycles.map { try Permutation(cycles: $0, degree: degree) }
}

/// Encodes, decodes and checks, as `tower verify` would.
func checkThroughJSON(_ c: Certificate) throws -> String {
    try CertificateChecker.check(json: CertificateWriter.encode(c))
}

/// The checker's reason for rejecting c (through JSON), nil when it accepts it.
func rejection(_ c: Certificate) -> String? {
    do {
        _ = try checkThroughJSON(c)
        return nil
    } catch let r as CertificateRejection {
        return r.reason
    } catch {
        return nil
    }
}

/// The group evidence of a certificate.
func evidence(_ c: Certificate) throws -> GroupEvidence {
    guard case .group(let e) = c.evidence else { throw BuilderError("not a group certificate") }
    return e
}

@Test func s4DerivedLengthCertificateVerifies() throws {
    let c = try GroupCertificateBuilder.derivedLengthCertificate(generators: group(["(1,2,3,4)", "(1,2)"], degree: 4))
    #expect(c.claim == .derivedLength(3))
    #expect(try checkThroughJSON(c).hasSuffix("has derived length 3"))
}

@Test func a5NotSolvableCertificateVerifies() throws {
    let c = try GroupCertificateBuilder.derivedLengthCertificate(generators: group(["(1,2,3,4,5)", "(1,2,3)"], degree: 5))
    #expect(c.claim == .notSolvable)
    #expect(try checkThroughJSON(c).hasSuffix("is not solvable"))
}

@Test func s5NotSolvableCertificateUsesTheAlternatingSubgroup() throws {
    let c = try GroupCertificateBuilder.derivedLengthCertificate(generators: group(["(1,2,3,4,5)", "(1,2)"], degree: 5))
    #expect(c.claim == .notSolvable)
    #expect(try checkThroughJSON(c).hasSuffix("is not solvable"))
}

@Test func d8NilpotencyCertificateVerifies() throws {
    let c = try GroupCertificateBuilder.nilpotencyCertificate(generators: group(["(1,2,3,4)", "(1,3)"], degree: 4))
    #expect(c.claim == .nilpotencyClass(2))
    #expect(try checkThroughJSON(c).hasSuffix("is nilpotent of class 2"))
}

@Test func s4NotNilpotentCertificateVerifies() throws {
    let c = try GroupCertificateBuilder.nilpotencyCertificate(generators: group(["(1,2,3,4)", "(1,2)"], degree: 4))
    #expect(c.claim == .notNilpotent)
    #expect(try checkThroughJSON(c).hasSuffix("is not nilpotent"))
}

@Test func trivialGroupHasDerivedLengthZeroCertificate() throws {
    let c = try GroupCertificateBuilder.derivedLengthCertificate(generators: group(["()"], degree: 3))
    #expect(c.claim == .derivedLength(0))
    #expect(try checkThroughJSON(c).hasSuffix("has derived length 0"))
}

/// Same group and seed, byte-identical certificate (every random choice is seeded), for both
/// claims; and the programs stay short: no product-replacement walk in S4's certificate.
@Test func certificatesAreDeterministicAndSmallGroupsStaySmall() throws {
    let s4wrS4 = try group(["(1,2,3,4)", "(1,2)", "(1,5,9,13)(2,6,10,14)(3,7,11,15)(4,8,12,16)", "(1,5)(2,6)(3,7)(4,8)"],
                           degree: 16)
    let builds: [([Permutation], Int, UInt64) throws -> Certificate] = [
        { try GroupCertificateBuilder.derivedLengthCertificate(generators: $0, degree: $1, seed: $2) },
        { try GroupCertificateBuilder.nilpotencyCertificate(generators: $0, degree: $1, seed: $2) },
    ]
    for build in builds {
        let a = try CertificateWriter.encode(build(s4wrS4, 16, 7))
        let b = try CertificateWriter.encode(build(s4wrS4, 16, 7))
        #expect(a == b)
    }
    let s4 = try CertificateWriter.encode(GroupCertificateBuilder.derivedLengthCertificate(generators: group(["(1,2,3,4)", "(1,2)"], degree: 4)))
    #expect(s4.count < 1500, "S4's certificate has \(s4.count) bytes")
}
