import Certificates
import Exact
import Groups

/// Produces certificates for permutation groups: derived length (or not solvable) and
/// nilpotency class (or not nilpotent). It computes the series itself, as normal closures of
/// nested commutators (so the lower bound comes for free), uses `Groups` only for membership
/// and orders of the subgroups those generate, and its own word-tracking stabilizer chains (`WordStabilizerChain`) to write every membership
/// as a straight-line program. See `docs/certificates.md` for what the evidence means.
public enum GroupCertificateBuilder {
    /// A certificate of "derived length exactly d" or, for a non-solvable group, "not solvable".
    public static func derivedLengthCertificate(generators: [Permutation], degree: Int = 0, seed: UInt64 = 1) throws -> Certificate {
        let setting = Setting(generators: generators, degree: degree, seed: seed)
        // levels[k] generates G^(k) and consists of nested commutators of depth k; G^(k+1) is
        // the normal closure of the commutators of G^(k)'s generators.
        var levels = [setting.leaves]
        var orders = [setting.group.order]
        while orders[orders.count - 1] != .one {
            let previous = levels[levels.count - 1]
            let seeds = previous.indices.flatMap { a in previous.indices.dropFirst(a + 1).map { NestedCommutator.bracket(previous[a], previous[$0]) } }
            let (next, order) = setting.normalClosure(of: seeds)
            if order == orders[orders.count - 1] {
                let evidence = try setting.perfectSubgroupEvidence(previous.map(\.value), order: order, isWholeGroup: levels.count == 1)
                return Certificate(object: setting.object, claim: .notSolvable, evidence: .group(GroupEvidence(subgroup: evidence)))
            }
            levels.append(next)
            orders.append(order)
        }
        let d = levels.count - 1
        let members = try setting.seriesMembers(levels.map { $0.map(\.value) }, orders: orders, central: false)
        let lowerBound = d == 0 ? nil : levels[d - 1].first { !$0.value.isIdentity }!.evidence(in: setting.words)
        return Certificate(object: setting.object, claim: .derivedLength(d),
                           evidence: .group(GroupEvidence(series: members, lowerBound: lowerBound)))
    }

    /// A certificate of "nilpotent of class exactly c" or "not nilpotent".
    public static func nilpotencyCertificate(generators: [Permutation], degree: Int = 0, seed: UInt64 = 1) throws -> Certificate {
        let setting = Setting(generators: generators, degree: degree, seed: seed)
        // levels[k] generates gamma_(k+1) and consists of left-normed commutators of weight
        // k + 1; gamma_(k+2) is the normal closure of [t, g], t in levels[k], g a generator of G.
        var levels = [setting.leaves]
        var orders = [setting.group.order]
        while orders[orders.count - 1] != .one {
            let previous = levels[levels.count - 1]
            let seeds = previous.flatMap { t in setting.leaves.map { NestedCommutator.bracket(t, $0) } }
            let (next, order) = setting.normalClosure(of: seeds)
            if order == orders[orders.count - 1] {
                let evidence = try setting.absorbedSubgroupEvidence(previous.map(\.value), order: order, isWholeGroup: levels.count == 1)
                return Certificate(object: setting.object, claim: .notNilpotent, evidence: .group(GroupEvidence(subgroup: evidence)))
            }
            levels.append(next)
            orders.append(order)
        }
        let c = levels.count - 1
        let members = try setting.seriesMembers(levels.map { $0.map(\.value) }, orders: orders, central: true)
        let lowerBound = c == 0 ? nil : levels[c - 1].first { !$0.value.isIdentity }!.evidence(in: setting.words)
        return Certificate(object: setting.object, claim: .nilpotencyClass(c),
                           evidence: .group(GroupEvidence(series: members, lowerBound: lowerBound)))
    }
}
