import Certificates
import Exact
import Groups

/// Produces certificates for permutation groups: derived length (or not solvable) and
/// nilpotency class (or not nilpotent). It computes the series itself, as normal closures of
/// nested commutators grown in one chain each (so the lower bound comes for free), uses
/// `Groups` only for the orders of the series' members and of G's subgroups, and its own
/// word-tracking stabilizer chains (`WordStabilizerChain`) to write every membership as a
/// straight-line program. See `docs/certificates.md` for what the evidence means.
public enum GroupCertificateBuilder {
    /// A certificate of "derived length exactly d" or, for a non-solvable group, "not solvable".
    /// `viaPcgs`: a group with a pcgs takes the pcgs path (`Setting.pcgsDerivedLengthEvidence`);
    /// false forces the normal-closure path below (the tests' cross-check).
    /// `group`: the group the generators generate, when the caller has it (shared work).
    public static func derivedLengthCertificate(generators: [Permutation], degree: Int = 0, seed: UInt64 = 1,
                                                viaPcgs: Bool = true, group: PermutationGroup? = nil) throws -> Certificate {
        let setting = Setting(generators: generators, degree: degree, seed: seed, group: group)
        if viaPcgs, let (d, evidence) = try setting.pcgsDerivedLengthEvidence() {
            return Certificate(object: setting.object, claim: .derivedLength(d), evidence: .group(evidence))
        }
        // levels[k] generates G^(k) and consists of nested commutators of depth k; G^(k+1) is
        // the normal closure of the commutators of G^(k)'s generators.
        var series = try descendingSeries(in: setting, orders: setting.group.derivedSeries.map(\.order)) { previous in
            previous.indices.flatMap { a in previous.indices.dropFirst(a + 1).map { NestedCommutator.bracket(previous[a], previous[$0]) } }
        }
        if series.stalled {
            let evidence = try setting.perfectSubgroupEvidence(series.last.map(\.value), order: series.lastOrder, isWholeGroup: series.levels.count == 1)
            return Certificate(object: setting.object, claim: .notSolvable, evidence: .group(GroupEvidence(subgroup: evidence)))
        }
        // The tables of a member grow with the square of the generator counts: in a nilpotent
        // group each member needs only as many as its abelianization's rank.
        if setting.group.isNilpotent {
            let values = series.levels.map { $0.map(\.value) }
            series.keepGeneratorsIndependent(in: setting, saltBase: 0) { values[$0 + 1] }
        }
        let evidence = try series.evidence(in: setting, central: false)
        return Certificate(object: setting.object, claim: .derivedLength(series.length), evidence: .group(evidence))
    }

    /// A certificate of "nilpotent of class exactly c" or "not nilpotent".
    /// `viaPcgs`: a p-group with a pcgs takes the levelled path (`Setting.levelledNilpotencyEvidence`,
    /// one levelled sequence for the whole central series); false forces the member-by-member
    /// path below (the tests' cross-check).
    public static func nilpotencyCertificate(generators: [Permutation], degree: Int = 0, seed: UInt64 = 1,
                                             viaPcgs: Bool = true) throws -> Certificate {
        let setting = Setting(generators: generators, degree: degree, seed: seed)
        if viaPcgs, let (c, evidence) = try setting.levelledNilpotencyEvidence() {
            return Certificate(object: setting.object, claim: .nilpotencyClass(c), evidence: .group(evidence))
        }
        // levels[k] generates gamma_(k+1) and consists of left-normed commutators of weight
        // k + 1; gamma_(k+2) is the normal closure of [t, g], t in levels[k], g a generator of G.
        let lowerCentral = setting.group.lowerCentralSeries
        var series = try descendingSeries(in: setting, orders: lowerCentral.map(\.order)) { previous in
            previous.flatMap { t in setting.leaves.map { NestedCommutator.bracket(t, $0) } }
        }
        if series.stalled {
            let evidence = try setting.absorbedSubgroupEvidence(series.last.map(\.value), order: series.lastOrder, isWholeGroup: series.levels.count == 1)
            return Certificate(object: setting.object, claim: .notNilpotent, evidence: .group(GroupEvidence(subgroup: evidence)))
        }
        // levels[k] generates gamma_(k+1), whose derived subgroup Groups has already built.
        series.keepGeneratorsIndependent(in: setting, saltBase: 1000) { k in
            lowerCentral[k].derivedSeries.dropFirst().first?.generators ?? []
        }
        let evidence = try series.evidence(in: setting, central: true)
        return Certificate(object: setting.object, claim: .nilpotencyClass(series.length), evidence: .group(evidence))
    }

    /// A series G = levels[0] > levels[1] > ... where levels[k+1] is the normal closure of
    /// `nextSeeds(levels[k])`, followed until it reaches 1 or stalls (a member equals its successor).
    private struct DescendingSeries {
        var levels: [[NestedCommutator]]
        var orders: [BigInt]
        var stalled: Bool

        var last: [NestedCommutator] { levels[levels.count - 1] }
        var lastOrder: BigInt { orders[orders.count - 1] }
        /// Number of steps down to the trivial group (meaningful when not stalled).
        var length: Int { levels.count - 1 }

        /// In a nilpotent group: each member other than G and 1 keeps only the generators
        /// independent modulo `derived(k)`, generators of its derived subgroup (`Setting.fewerGenerators`).
        mutating func keepGeneratorsIndependent(in setting: Setting, saltBase: UInt64, derived: (Int) -> [Permutation]) {
            for k in levels.indices.dropFirst().dropLast() {
                levels[k] = setting.fewerGenerators(levels[k], derived: derived(k), salt: saltBase + UInt64(k))
            }
        }

        /// Series members with their membership programs, and a non-identity element of the last
        /// non-trivial member as the lower bound.
        func evidence(in setting: Setting, central: Bool) throws -> GroupEvidence {
            let members = try setting.seriesMembers(levels.map { $0.map(\.value) }, orders: orders, central: central)
            let lowerBound = length == 0 ? nil : levels[length - 1].first { !$0.value.isIdentity }!.evidence(in: setting.words)
            return GroupEvidence(series: members, lowerBound: lowerBound)
        }
    }

    /// `orders`: the orders of the series' members from `Groups` (G first), listed until the
    /// first member equal to its successor.
    private static func descendingSeries(in setting: Setting, orders: [BigInt],
                                         nextSeeds: ([NestedCommutator]) -> [NestedCommutator]) throws -> DescendingSeries {
        var series = DescendingSeries(levels: [setting.leaves], orders: [orders[0]], stalled: false)
        while series.lastOrder != .one {
            let k = series.levels.count
            guard k < orders.count else {
                series.stalled = true
                return series
            }
            series.levels.append(try setting.normalClosure(of: nextSeeds(series.last), order: orders[k], salt: UInt64(k)))
            series.orders.append(orders[k])
        }
        return series
    }
}
