import Certificates
import Groups
import Testing
@testable import CertificateBuilder

/// Nilpotency-class certificates of p-groups from the levelled lower central series
/// (`Setting.levelledNilpotencyEvidence`), against GAP's classes and the member-by-member path.

private let fixtures = FixtureGroup.smallSample

/// Every non-trivial p-group among the fixtures takes the levelled path, no other group does;
/// each certificate verifies with GAP's class, and the member-by-member path claims the same.
@Test func levelledCertificatesOfFixturePGroupsVerifyAndAgreeWithTheMemberPath() throws {
    #expect(fixtures.count == 310)
    var levelled = 0
    for g in fixtures {
        let generators = try g.generators.map { try Permutation(cycles: $0, degree: g.degree) }
        let setting = Setting(generators: generators, degree: g.degree, seed: 1)
        let primes = Set(setting.group.pcgsRelativeOrders ?? [])
        let built = try setting.levelledNilpotencyEvidence()
        #expect((built != nil) == (primes.count == 1), "\(g.id): relative orders \(primes.sorted())")
        guard let (c, e) = built else { continue }
        levelled += 1
        #expect(c == g.nilpotencyClass, "\(g.id)")
        let certificate = Certificate(object: setting.object, claim: .nilpotencyClass(c), evidence: .group(e))
        #expect(try checkThroughJSON(certificate).hasSuffix("is nilpotent of class \(c)"), "\(g.id)")
        let members = try GroupCertificateBuilder.nilpotencyCertificate(generators: generators, degree: g.degree, viaPcgs: false)
        #expect(members.claim == certificate.claim, "\(g.id)")
        #expect(try evidence(members).levelledSeries == nil)
    }
    #expect(levelled == 130)
}

/// The iterated wreath products of GAP's Sylow fixtures (classes up to 64): the levelled
/// certificate verifies with GAP's class, and its table has m x |gens| entries.
@Test func levelledCertificatesOfSylowSubgroupsVerifyWithGAPsClass() throws {
    let sylow = (FixtureGroup.load("sylow_series.jsonl") + FixtureGroup.load("sylow_large.jsonl"))
        .filter { $0.degree <= 128 && $0.nilpotencyClass != nil }
    #expect(sylow.count == 8)
    for g in sylow {
        let generators = try g.generators.map { try Permutation(cycles: $0, degree: g.degree) }
        let c = try GroupCertificateBuilder.nilpotencyCertificate(generators: generators, degree: g.degree)
        #expect(c.claim == .nilpotencyClass(g.nilpotencyClass!), "\(g.id)")
        let s = try #require(try evidence(c).levelledSeries, "\(g.id)")
        #expect(s.commutators.count == s.elements.count && s.commutators.allSatisfy { $0.count == generators.count })
        #expect(try evidence(c).lowerBound?.leftNormed?.count == g.nilpotencyClass, "\(g.id)")
        #expect(try checkThroughJSON(c).hasSuffix("is nilpotent of class \(g.nilpotencyClass!)"), "\(g.id)")
    }
}

/// Each corruption of a levelled certificate is rejected for what it breaks.
@Test func corruptedLevelledCertificatesAreRejected() throws {
    let g = try GroupCatalog.group(named: "Sylow2(S16)")
    let good = try GroupCertificateBuilder.nilpotencyCertificate(generators: g.generators, degree: g.degree)
    #expect(good.claim == .nilpotencyClass(8))
    #expect(rejection(good) == nil)
    let s = try #require(try evidence(good).levelledSeries)

    // A level raised where a commutator's witness sits exactly one level above it.
    var c = good
    var e = try evidence(good)
    var wordLevel = s.levels
    for line in s.wordProgram { wordLevel.append(stride(from: 0, to: line.count, by: 2).map { wordLevel[line[$0]] }.min() ?? Int.max) }
    let j = try #require(s.levels.indices.first { j in s.commutators[j].contains { wordLevel[$0] == s.levels[j] + 1 } })
    e.levelledSeries!.levels[j] += 1
    c.evidence = .group(e)
    #expect(rejection(c)?.contains("not above the element's level") == true, "\(rejection(c) ?? "accepted")")

    // Every level 0: a non-abelian group's commutators cannot sit above it.
    e = try evidence(good)
    e.levelledSeries!.levels = s.levels.map { _ in 0 }
    c.evidence = .group(e)
    #expect(rejection(c)?.contains("not above the element's level 0") == true)

    // A class one smaller than the levels.
    c = good
    c.claim = .nilpotencyClass(7)
    #expect(rejection(c)?.contains("is outside 0..<7") == true)

    // A commutator witness swapped for another entry.
    e = try evidence(good)
    let (a, b) = try #require(s.commutators.indices.lazy.compactMap { a in
        s.commutators[a].indices.first { s.commutators[a][$0] != s.commutators[a][0] }.map { (a, $0) }
    }.first)
    e.levelledSeries!.commutators[a][b] = s.commutators[a][0]
    c = good
    c.evidence = .group(e)
    #expect(rejection(c)?.contains("does not match its witness entry") == true)

    // A generator's word pointing at another entry.
    e = try evidence(good)
    e.levelledSeries!.generators[0] = s.generators[1]
    c.evidence = .group(e)
    #expect(rejection(c)?.contains("the word for generator 1 of G") == true)

    // The left-normed lower bound one argument short.
    e = try evidence(good)
    e.lowerBound!.leftNormed!.removeLast()
    c.evidence = .group(e)
    #expect(rejection(c)?.contains("has weight 7, the claim needs 8") == true)

    // Both a member-by-member series and a levelled one.
    let members = try GroupCertificateBuilder.nilpotencyCertificate(generators: g.generators, degree: g.degree, viaPcgs: false)
    e = try evidence(good)
    e.series = try evidence(members).series
    c.evidence = .group(e)
    #expect(rejection(c)?.contains("both a series and a levelled_series") == true)

    // A left-normed commutator proves nothing about the derived length.
    var derived = try GroupCertificateBuilder.derivedLengthCertificate(generators: g.generators, degree: g.degree)
    var de = try evidence(derived)
    de.lowerBound = try evidence(good).lowerBound
    derived.evidence = .group(de)
    #expect(rejection(derived)?.contains("bounds a nilpotency class, not a derived length") == true)
}

/// A commutator tree nested past what JSON readers accept is refused in one line naming the
/// depth, not with the encoder's dump of the whole certificate.
@Test func aCertificateNestedPastTheJSONLimitIsRefusedInOneLine() throws {
    var tree = CommutatorTree.leaf(0)
    for _ in 0..<600 { tree = .bracket(tree, .leaf(0)) }
    let c = Certificate(object: .permutationGroup(degree: 2, generators: ["(1,2)"]), claim: .nilpotencyClass(601),
                        evidence: .group(GroupEvidence(lowerBound: CommutatorEvidence(program: [], commutator: tree))))
    do {
        _ = try CertificateWriter.encode(c)
        Issue.record("encoded a certificate nested 604 levels deep")
    } catch let e as BuilderError {
        #expect(e.message == "the certificate cannot be written as JSON: its evidence nests 604 levels deep, more than the 512 JSON readers accept")
    }
}
