import Exact
import Groups

/// Collects candidates (each known to lie in a target subgroup) until they generate it,
/// skipping any that lie in the span of those already kept: series members in a certificate
/// then have a handful of generators, which keeps the conjugate and commutator tables small.
enum SmallGeneratingSet {
    static func collect<T>(target order: BigInt, degree: Int, maximumTries: Int = 400,
                           value: (T) -> Permutation, next: () -> T) throws -> [T] {
        var kept: [T] = []
        var group = PermutationGroup(generators: [], degree: degree)
        var tries = 0
        while group.order < order {
            tries += 1
            guard tries <= maximumTries else {
                throw BuilderError("no generating set of order \(order) found after \(maximumTries) candidates (reached \(group.order))")
            }
            let candidate = next()
            let v = value(candidate)
            if v.isIdentity || group.contains(v) { continue }
            kept.append(candidate)
            group = PermutationGroup(generators: kept.map(value), degree: degree)
        }
        return kept
    }
}
