/// A homomorphism from a perfect group R onto a group proven simple, found among R's actions:
/// on each non-trivial orbit, then on the blocks of a block system, repeated until the image is
/// primitive (an action on a maximal block system); a primitive image is then judged by
/// `PrimitiveSimplicity`. If only the affine or the holomorph type is left open, R acts next by conjugation on
/// a regular normal subgroup of the image (`RegularNormalSubgroup`), a smaller quotient, and the search goes
/// on from there; otherwise, if some normal closure in the image is a proper subgroup of small
/// index, R acts on its cosets (`CosetAction`). Every image of a perfect group is perfect, so each primitive image is too.
enum SimpleQuotient {
    struct Found {
        /// R -> Q with Q simple.
        let action: GroupAction
        /// Why Q is simple, in words.
        let proof: String
    }

    static func find(for r: PermutationGroup, seed: UInt64,
                     limits: CompositionSearchLimits = .standard) throws(CompositionSeriesFailure) -> Found {
        var reasons: [String] = []
        if let found = search(.natural(r), seed: seed, limits: limits, reasons: &reasons) { return found }
        let why = reasons.isEmpty ? "no action with a non-trivial image" : reasons.joined(separator: "; ")
        throw CompositionSeriesFailure(reason: "perfect section of order \(r.order) on \(r.degree) points: \(why)")
    }

    private static func search(_ action: GroupAction, seed: UInt64, limits: CompositionSearchLimits,
                               reasons: inout [String]) -> Found? {
        let orbits = action.nontrivialOrbits
        if orbits.isEmpty { return nil }
        if orbits.count > 1 || orbits[0].count < action.degree {
            for orbit in orbits {
                if let found = search(action.restricted(to: orbit), seed: seed, limits: limits, reasons: &reasons) { return found }
            }
            return nil
        }
        // A recognized A_m (Jordan's theorem, which includes primitivity) needs no block search.
        if action.image.structure.isAlternatingGiant {
            return Found(action: action, proof: "A\(action.degree) (recognized by Jordan's theorem)")
        }
        // Large degrees: one block closure per suborbit instead of one per point.
        let stabilizer = action.degree > 256 ? action.image.stabilizer(of: 0).generatorTables : nil
        if let blocks = BlockSystem.nontrivial(generators: action.images, degree: action.degree,
                                               stabilizerOfZero: stabilizer) {
            return search(action.onBlocks(blocks), seed: seed, limits: limits, reasons: &reasons)
        }
        switch PrimitiveSimplicity.verdict(for: action.image) {
        case .simple(let proof):
            return Found(action: action, proof: proof)
        case .affinePossible(let p, let k):
            if limits.regularNormalSubgroups,
               let next = RegularNormalSubgroup.conjugationAction(action, prime: p, abelian: true, seed: seed) {
                return search(next, seed: seed &+ 1, limits: limits, reasons: &reasons)
            }
            return viaCosets(action, seed: seed, limits: limits, reasons: &reasons,
                             why: "primitive image of degree \(p)^\(k) with a perfect point stabilizer may be affine")
        case .holomorphPossible:
            if limits.regularNormalSubgroups,
               let next = RegularNormalSubgroup.conjugationAction(action, prime: nil, abelian: false, seed: seed) {
                return search(next, seed: seed &+ 1, limits: limits, reasons: &reasons)
            }
            return viaCosets(action, seed: seed, limits: limits, reasons: &reasons,
                             why: "primitive image of degree \(action.degree) and order \(action.degree)^2 may be T x T")
        case .undecided(let why):
            return viaCosets(action, seed: seed, limits: limits, reasons: &reasons, why: why)
        }
    }

    /// The image is not proven simple: if a normal closure in it is a proper subgroup M of
    /// small index, R acts next on the cosets of M (image Q/M, smaller than Q).
    private static func viaCosets(_ action: GroupAction, seed: UInt64, limits: CompositionSearchLimits,
                                  reasons: inout [String], why: String) -> Found? {
        let limit = limits.cosetIndex
        if let m = ProperNormalSubgroup.find(in: action.image, maximumIndex: limit, seed: seed &+ 5),
           let next = CosetAction.onCosets(of: m, action: action, limit: limit) {
            return search(next, seed: seed &+ 1, limits: limits, reasons: &reasons)
        }
        reasons.append(why + ", and no normal subgroup of index <= \(limit) was found")
        return nil
    }
}

/// How far `SimpleQuotient` may search. The standard limits are the ones every public entry
/// point uses; tests narrow them to reach the failure path on small groups.
struct CompositionSearchLimits: Sendable {
    /// The largest index of a normal subgroup whose cosets R may act on.
    var cosetIndex: Int
    /// Whether an affine or holomorph image is replaced by the action on a regular normal subgroup.
    var regularNormalSubgroups: Bool

    static let standard = CompositionSearchLimits(cosetIndex: 100_000, regularNormalSubgroups: true)
}
