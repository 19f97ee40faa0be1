import Certificates
import Foundation
import Groups
import LieAlgebras
import Testing
@testable import CertificateBuilder

// Every mutation below must turn a valid certificate into a rejected one. The certificates come
// from the builder; the mutations are made on the decoded model (or on the JSON text).

private func rejects(_ c: Certificate) -> Bool {
    do {
        _ = try CertificateChecker.check(json: CertificateWriter.encode(c))
        return false
    } catch is CertificateRejection {
        return true
    } catch {
        return false
    }
}

private func groupEvidence(_ c: Certificate) -> GroupEvidence {
    guard case .group(let e) = c.evidence else { fatalError("not a group certificate") }
    return e
}

private func s4() throws -> Certificate {
    try GroupCertificateBuilder.derivedLengthCertificate(generators: group(["(1,2,3,4)", "(1,2)"], degree: 4))
}

@Test(arguments: [2, 4])
func changedDerivedLengthClaimIsRejected(_ d: Int) throws {
    var c = try s4()
    c.claim = .derivedLength(d)
    #expect(rejects(c))
}

@Test func claimOneShorterWithTheLastMemberRemovedIsRejected() throws {
    var c = try s4()
    var e = groupEvidence(c)
    e.series!.removeLast()
    c.claim = .derivedLength(2)
    c.evidence = .group(e)
    #expect(rejects(c))
}

@Test func claimOneLongerWithAnExtraTrivialMemberIsRejected() throws {
    var c = try s4()
    var e = groupEvidence(c)
    let last = e.series!.last!
    e.series!.append(GroupSeriesMember(program: [], generators: [], witnessProgram: [[]],
                                       conjugates: last.generators.map { _ in [] }, commutators: last.generators.map { _ in [] }))
    c.claim = .derivedLength(4)
    c.evidence = .group(e)
    #expect(rejects(c))
}

@Test func removedMiddleSeriesMemberIsRejected() throws {
    var c = try s4()
    var e = groupEvidence(c)
    e.series!.remove(at: 1)
    c.evidence = .group(e)
    #expect(rejects(c))
}

@Test func swappedObjectGeneratorsAreRejected() throws {
    var c = try s4()
    c.object = .permutationGroup(degree: 4, generators: ["(1,2)", "(1,2,3,4)"])
    #expect(rejects(c))
}

@Test func swappedGeneratorsOfANonSolvableCertificateAreRejected() throws {
    var c = try GroupCertificateBuilder.derivedLengthCertificate(generators: group(["(1,2,3,4,5)", "(1,2,3)"], degree: 5))
    c.object = .permutationGroup(degree: 5, generators: ["(1,2,3)", "(1,2,3,4,5)"])
    #expect(rejects(c))
}

@Test func editedLowerBoundCommutatorIsRejected() throws {
    var c = try s4()
    var e = groupEvidence(c)
    guard case .bracket(let left, _) = e.lowerBound!.commutator else { Issue.record("no bracket"); return }
    e.lowerBound!.commutator = .bracket(left, left)
    c.evidence = .group(e)
    #expect(rejects(c))
}

@Test func editedWitnessProgramLineIsRejected() throws {
    var c = try s4()
    var e = groupEvidence(c)
    // Multiply every witness line by the first generator of the member: the words now name other elements.
    e.series![0].witnessProgram = e.series![0].witnessProgram.map { $0 + [0, 1] }
    c.evidence = .group(e)
    #expect(rejects(c))
}

@Test func editedSeriesGeneratorProgramIsRejected() throws {
    var c = try s4()
    var e = groupEvidence(c)
    e.series![1].program = e.series![1].program.map { $0 + [0, 1] }
    c.evidence = .group(e)
    #expect(rejects(c))
}

@Test func editedCommutatorPairOfPerfectSubgroupIsRejected() throws {
    var c = try GroupCertificateBuilder.derivedLengthCertificate(generators: group(["(1,2,3,4,5)", "(1,2,3)"], degree: 5))
    var e = groupEvidence(c)
    let pair = e.subgroup!.commutators[0]
    e.subgroup!.commutators[0] = [pair[1], pair[0]]
    c.evidence = .group(e)
    #expect(rejects(c))
}

@Test func changedNilpotencyClassIsRejected() throws {
    var c = try GroupCertificateBuilder.nilpotencyCertificate(generators: group(["(1,2,3,4)", "(1,3)"], degree: 4))
    c.claim = .nilpotencyClass(1)
    #expect(rejects(c))
    c.claim = .nilpotencyClass(3)
    #expect(rejects(c))
}

@Test func perturbedLieStructureCoefficientIsRejected() throws {
    let b3 = (0..<3).flatMap { i in (i..<3).map { RationalMatrix.unit(3, i, $0) } }
    var c = try LieCertificateBuilder.derivedLengthCertificate(generators: b3)
    guard case .lie(var e) = c.evidence else { Issue.record("not Lie"); return }
    let j = e.algebra.structure.firstIndex { row in row.contains { !$0.terms.isEmpty } }!
    let k = e.algebra.structure[j].firstIndex { !$0.terms.isEmpty }!
    e.algebra.structure[j][k].terms[0].coefficient = "7/3"
    c.evidence = .lie(e)
    #expect(rejects(c))
}

@Test func perturbedLieSeriesCoefficientIsRejected() throws {
    let b3 = (0..<3).flatMap { i in (i..<3).map { RationalMatrix.unit(3, i, $0) } }
    var c = try LieCertificateBuilder.derivedLengthCertificate(generators: b3)
    guard case .lie(var e) = c.evidence else { Issue.record("not Lie"); return }
    e.series![0].basis[0].terms[0].coefficient = "2"
    c.evidence = .lie(e)
    #expect(rejects(c))
}

@Test func perturbedPerfectSubalgebraCoefficientIsRejected() throws {
    var c = try LieCertificateBuilder.derivedLengthCertificate(generators: [RationalMatrix.unit(2, 0, 1), RationalMatrix.unit(2, 1, 0)])
    guard case .lie(var e) = c.evidence else { Issue.record("not Lie"); return }
    e.perfectSubalgebra!.brackets[0].terms[0].coefficient = "-1"
    c.evidence = .lie(e)
    #expect(rejects(c))
}

@Test func truncatedCertificateIsAFormatError() throws {
    let data = try CertificateWriter.encode(s4())
    for cut in [1, data.count / 3, data.count / 2, data.count - 1] {
        #expect(throws: CertificateFormatError.self) { try CertificateChecker.check(json: data.prefix(cut)) }
    }
}

/// The sweep: for every transitive group of degree <= 8, dropping the last series member while
/// claiming one less, and appending a trivial member while claiming one more, are rejected.
@Test(arguments: FixtureGroup.load("transitive.jsonl").filter { $0.degree <= 8 && $0.derivedLength != nil && $0.derivedLength! > 0 })
func derivedLengthOffByOneIsRejectedForSmallTransitiveGroups(_ g: FixtureGroup) throws {
    let c = try GroupCertificateBuilder.derivedLengthCertificate(generators: g.generators.map { try Permutation(cycles: $0, degree: g.degree) }, degree: g.degree)
    let d = g.derivedLength!
    var shorter = c
    var e = groupEvidence(c)
    e.series!.removeLast()
    shorter.evidence = .group(e)
    shorter.claim = .derivedLength(d - 1)
    #expect(rejects(shorter))
    var longer = c
    e = groupEvidence(c)
    let last = e.series!.last!
    e.series!.append(GroupSeriesMember(program: [], generators: [], witnessProgram: [[]],
                                       conjugates: last.generators.map { _ in [] }, commutators: last.generators.map { _ in [] }))
    longer.evidence = .group(e)
    longer.claim = .derivedLength(d + 1)
    #expect(rejects(longer))
}
