import Certificates
import Exact
import Groups

/// Produces certificates for permutation groups: derived length (or not solvable) and
/// nilpotency class (or not nilpotent). It uses `Groups` for the series and their orders and
/// its own word-tracking stabilizer chains (`WordStabilizerChain`) to write every membership
/// as a straight-line program. See `docs/certificates.md` for what the evidence means.
public enum GroupCertificateBuilder {
    /// A certificate of "derived length exactly d" or, for a non-solvable group, "not solvable".
    public static func derivedLengthCertificate(generators: [Permutation], degree: Int = 0, seed: UInt64 = 1) throws -> Certificate {
        let setting = Setting(generators: generators, degree: degree, seed: seed)
        let series = setting.group.derivedSeries
        // levels[k] generates G^(k) and consists of nested commutators of depth k.
        var levels = [setting.leaves]
        for k in series.indices.dropFirst() {
            let previous = levels[k - 1]
            levels.append(try setting.commutatorGenerators(of: series[k]) {
                let a = previous[setting.random.index(below: previous.count)].conjugated(by: setting.random.next(), in: setting.words)
                let b = previous[setting.random.index(below: previous.count)].conjugated(by: setting.random.next(), in: setting.words)
                return .bracket(a, b)
            })
        }
        guard series.last!.order == .one else {
            let h = levels[levels.count - 1].map(\.value)
            let evidence = try setting.perfectSubgroupEvidence(h, order: series.last!.order, isWholeGroup: series.count == 1)
            return Certificate(object: setting.object, claim: .notSolvable, evidence: .group(GroupEvidence(subgroup: evidence)))
        }
        let d = series.count - 1
        let members = try setting.seriesMembers(levels.map { $0.map(\.value) }, orders: series.map(\.order), central: false)
        let lowerBound = d == 0 ? nil : levels[d - 1].first { !$0.value.isIdentity }!.evidence(in: setting.words)
        return Certificate(object: setting.object, claim: .derivedLength(d),
                           evidence: .group(GroupEvidence(series: members, lowerBound: lowerBound)))
    }

    /// A certificate of "nilpotent of class exactly c" or "not nilpotent".
    public static func nilpotencyCertificate(generators: [Permutation], degree: Int = 0, seed: UInt64 = 1) throws -> Certificate {
        let setting = Setting(generators: generators, degree: degree, seed: seed)
        let series = setting.group.lowerCentralSeries
        // levels[k] generates gamma_(k+1) and consists of commutators of weight k + 1.
        var levels = [setting.leaves]
        for k in series.indices.dropFirst() {
            let previous = levels[k - 1]
            levels.append(try setting.commutatorGenerators(of: series[k]) {
                let t = previous[setting.random.index(below: previous.count)].conjugated(by: setting.random.next(), in: setting.words)
                return .bracket(t, .leaf(setting.random.next(), in: setting.words))
            })
        }
        guard series.last!.order == .one else {
            let n = levels[levels.count - 1].map(\.value)
            let evidence = try setting.absorbedSubgroupEvidence(n, order: series.last!.order, isWholeGroup: series.count == 1)
            return Certificate(object: setting.object, claim: .notNilpotent, evidence: .group(GroupEvidence(subgroup: evidence)))
        }
        let c = series.count - 1
        let members = try setting.seriesMembers(levels.map { $0.map(\.value) }, orders: series.map(\.order), central: true)
        let lowerBound = c == 0 ? nil : levels[c - 1].first { !$0.value.isIdentity }!.evidence(in: setting.words)
        return Certificate(object: setting.object, claim: .nilpotencyClass(c),
                           evidence: .group(GroupEvidence(series: members, lowerBound: lowerBound)))
    }
}
