import Certificates
import Exact
import Groups
import Testing
@testable import CertificateBuilder

/// The incremental normal closure (`Setting.normalClosure`, `ClosureSpan`) and the Sylow
/// 2-subgroups it was written for.

private func catalog(_ name: String) throws -> PermutationGroup {
    try GroupCatalog.group(named: name)
}

@Test(arguments: [(16, 4), (32, 5)])
func sylow2CertificateVerifiesWithItsDerivedLength(_ n: Int, _ length: Int) throws {
    let g = try catalog("Sylow2(S\(n))")
    let c = try GroupCertificateBuilder.derivedLengthCertificate(generators: g.generators, degree: g.degree)
    #expect(c.claim == .derivedLength(length))
    #expect(try checkThroughJSON(c).hasSuffix("has derived length \(length)"))
}

@Test(arguments: ["Sylow2(S16)", "S4 wr S4", "M11", "Rubik"])
func closureOfACommutatorIsGroupsNormalClosure(_ name: String) throws {
    let g = try catalog(name)
    let setting = Setting(generators: g.generators, degree: g.degree, seed: 5)
    let seed = NestedCommutator.bracket(setting.leaves[0], setting.leaves[1])
    let expected = PermutationGroup(generators: [seed.value], degree: g.degree).normalClosure(in: g)
    let kept = try setting.normalClosure(of: [seed], order: expected.order, salt: 0)
    let span = PermutationGroup(generators: kept.map(\.value), degree: g.degree)
    #expect(span.order == expected.order)
    #expect(span.isSubgroup(of: expected))
}

@Test func closureKeepsTheSeedsCommutatorShape() throws {
    let g = try catalog("Sylow2(S16)")
    let setting = Setting(generators: g.generators, degree: g.degree, seed: 3)
    let seed = NestedCommutator.bracket(setting.leaves[0], setting.leaves[1])
    let order = PermutationGroup(generators: [seed.value], degree: g.degree).normalClosure(in: g).order
    for t in try setting.normalClosure(of: [seed], order: order, salt: 0) {
        let written = t.written(in: setting.words)
        guard case .bracket(.leaf(let a), .leaf(let b)) = written else {
            Issue.record("kept element is not a commutator of two leaves: \(written)")
            continue
        }
        #expect(setting.words.value(a).commutator(with: setting.words.value(b)) == t.value)
    }
}

@Test func closureWithATooLargeOrderThrowsInsteadOfLooping() throws {
    let g = try catalog("S4")
    let setting = Setting(generators: g.generators, degree: g.degree, seed: 1)
    let seed = NestedCommutator.bracket(setting.leaves[0], setting.leaves[1])
    // The closure of a commutator of S4 is A4 (order 12), never 24.
    #expect(throws: BuilderError.self) { try setting.normalClosure(of: [seed], order: BigInt(24), salt: 0) }
}

@Test func closureSpanKeepsNoElementOfTheSubgroupItAlreadySpans() throws {
    let g = try catalog("Sylow2(S16)")
    let words = TrackedProgram(inputs: g.generators, degree: g.degree)
    var span = ClosureSpan(degree: g.degree, seed: 9)
    for e in g.generators.indices { span.keepIfOutside(words.value(e)) { .leaf(e, in: words) } }
    // Sylow2(S16) needs all four of its generators (its Frattini quotient has rank 4).
    #expect(span.kept.count == 4)
    // Every product of two generators now lies in the span, so none is kept.
    let before = span.kept.count
    for a in g.generators {
        for b in g.generators {
            #expect(!span.keepIfOutside(a * b) { .leaf(0, in: words) })
        }
    }
    #expect(span.kept.count == before)
}

@Test func closureSpanOfAGroupOfOrder2ToTheKKeepsAtMostKElements() throws {
    let g = try catalog("Sylow2(S16)")
    let words = TrackedProgram(inputs: g.generators, degree: g.degree)
    var walk = RandomWords(program: words, generators: Array(g.generators.indices), seed: 4)
    var span = ClosureSpan(degree: g.degree, seed: 2)
    while span.order < g.order {
        let u = walk.next()
        span.keepIfOutside(words.value(u)) { .leaf(u, in: words) }
    }
    #expect(span.order == g.order)
    #expect(span.kept.count <= 15) // |Sylow2(S16)| = 2^15
}

@Test func nilpotentGroupsSeriesMembersHaveAsFewGeneratorsAsTheirAbelianizationsRank() throws {
    let g = try catalog("Sylow2(S32)")
    let c = try GroupCertificateBuilder.derivedLengthCertificate(generators: g.generators, degree: g.degree)
    guard case .group(let evidence) = c.evidence, let series = evidence.series else {
        Issue.record("no series in the certificate")
        return
    }
    // Member k is G^(k); in a 2-group whose derived factors are elementary abelian, the rank of
    // G^(k)/G^(k+1) is the least number of generators of G^(k).
    let ranks = g.derivedFactorInvariants.map(\.count)
    for (k, member) in series.enumerated().dropLast() {
        #expect(member.generators.count == ranks[k + 1], "member \(k + 1)")
    }
}
