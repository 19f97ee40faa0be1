import Certificates
import Groups
import Testing
@testable import CertificateBuilder

/// Derived-length certificates built from the pcgs (`Setting.pcgsDerivedLengthEvidence`),
/// checked by the unchanged checker, against GAP's derived lengths and the closure path.

private let fixtures = FixtureGroup.smallSample

/// Every fixture group the pcgs path takes: its certificate verifies with GAP's derived
/// length, and the closure path claims the same length. Every nilpotent one takes it (the fills
/// and the lower-bound search are complete there); of the others, those where they happen to be.
@Test func pcgsCertificatesOfFixtureGroupsVerifyAndAgreeWithTheClosurePath() throws {
    #expect(fixtures.count == 310)
    var viaPcgs = 0
    var nilpotent = 0
    for g in fixtures {
        let generators = try g.generators.map { try Permutation(cycles: $0, degree: g.degree) }
        let setting = Setting(generators: generators, degree: g.degree, seed: 1)
        let built = try setting.pcgsDerivedLengthEvidence()
        if g.nilpotencyClass != nil {
            nilpotent += 1
            #expect(built != nil, "\(g.id) is nilpotent")
        }
        guard let (d, e) = built else { continue }
        viaPcgs += 1
        #expect(d == g.derivedLength, "\(g.id)")
        let c = Certificate(object: setting.object, claim: .derivedLength(d), evidence: .group(e))
        #expect(try checkThroughJSON(c).hasSuffix("has derived length \(d)"), "\(g.id)")
        let closure = try GroupCertificateBuilder.derivedLengthCertificate(generators: generators, degree: g.degree, viaPcgs: false)
        #expect(closure.claim == c.claim, "\(g.id)")
    }
    #expect(nilpotent == 155)
    #expect(viaPcgs == 230)
}

/// S4 and S3 wr S3 leave the pcgs path (the lower bound's search ends short: S4's second layer
/// is spanned by one 3-cycle, which commutes with itself), AGL(1,7) takes it; all three get
/// their derived length certified.
@Test func solvableGroupsThatAreNotNilpotentGetACertificateEitherWay() throws {
    for (name, length, pcgsPath) in [("S4", 3, false), ("AGL(1,7)", 2, true), ("S3 wr S3", 4, false)] {
        let g = try GroupCatalog.group(named: name)
        let viaPcgs = try Setting(generators: g.generators, degree: g.degree, seed: 1).pcgsDerivedLengthEvidence() != nil
        #expect(viaPcgs == pcgsPath, "\(name)")
        let c = try GroupCertificateBuilder.derivedLengthCertificate(generators: g.generators, degree: g.degree)
        #expect(c.claim == .derivedLength(length), "\(name)")
        #expect(try checkThroughJSON(c).hasSuffix("has derived length \(length)"))
    }
}

private func sylow2S32() throws -> Certificate {
    let g = try GroupCatalog.group(named: "Sylow2(S32)")
    return try GroupCertificateBuilder.derivedLengthCertificate(generators: g.generators, degree: g.degree)
}

/// The pcgs certificate of Sylow2(S32) is smaller than the closure path's, and each corruption
/// is rejected for what it breaks.
@Test func corruptedPcgsCertificatesAreRejected() throws {
    let good = try sylow2S32()
    #expect(good.claim == .derivedLength(5))
    let g = try GroupCatalog.group(named: "Sylow2(S32)")
    let closure = try GroupCertificateBuilder.derivedLengthCertificate(generators: g.generators, degree: g.degree, viaPcgs: false)
    #expect(try CertificateWriter.encode(good).count < CertificateWriter.encode(closure).count)

    // A conjugate pointing at another witness entry.
    var e = try evidence(good)
    let conjugates = e.series![1].conjugates
    let (a, b) = try #require(conjugates.indices.lazy.flatMap { a in conjugates[a].indices.map { (a, $0) } }
        .first { conjugates[$0.0][$0.1] != conjugates[0][0] })
    e.series![1].conjugates[a][b] = conjugates[0][0]
    var c = good
    c.evidence = .group(e)
    #expect(rejection(c)?.contains("does not match its witness entry") == true)

    // A commutator witness line with one exponent flipped.
    e = try evidence(good)
    let k = try #require(e.series![0].witnessProgram.firstIndex { $0.count >= 4 })
    e.series![0].witnessProgram[k][1] = -e.series![0].witnessProgram[k][1] + 3
    c.evidence = .group(e)
    #expect(rejection(c) != nil)

    // The last member dropped, the claim one shorter.
    e = try evidence(good)
    e.series!.removeLast()
    c.evidence = .group(e)
    c.claim = .derivedLength(4)
    #expect(rejection(c)?.contains("should be trivial") == true)

    // The lower bound one level too shallow: its left side.
    e = try evidence(good)
    guard case .bracket(let left, _) = e.lowerBound!.commutator else { Issue.record("lower bound is a leaf"); return }
    e.lowerBound!.commutator = left
    c = good
    c.evidence = .group(e)
    #expect(rejection(c)?.contains("has depth 3, the claim needs 4") == true)
}
