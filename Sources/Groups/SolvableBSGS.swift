/// Exact chains and derived series of solvable groups without Schreier generators, after
/// Sims' method ("solvable BSGS"): the derived subgroup is built first (recursively), then
/// the generators are added on top of it one prime-index step at a time
/// (`NormalizingExtension`), which is exact because G/G' is abelian.
///
/// The derived subgroup N = G' is obtained from a few seeded random commutators D and accepted
/// only after a deterministic check: every commutator of two generators lies in N and every
/// generator of N conjugated by every generator of G lies in N. Then N is normal, contains
/// the commutators of generators, and so contains G'; it lies in G' by construction.
/// A group that is not solvable never passes (its derived series never reaches 1), so the
/// recursion gives up at a depth bound (Dixon: a solvable group of degree n has derived length
/// at most 5/2 log_3 n) or when the work budget runs out; the caller then uses the general
/// method. Giving up proves nothing; it only means "use Schreier-Sims".
enum SolvableBSGS {
    struct Member {
        let generators: [[Int32]]
        let chain: StabilizerChain
    }

    /// The derived series of <gens> (G first, trivial group last), or nil when the method gives up.
    static func derivedSeries(of gens: [[Int32]], degree: Int, seed: UInt64) -> [Member]? {
        var builder = Builder(degree: degree, seed: seed)
        let root = Layer(degree: degree)
        do { try builder.extend(root, by: gens.filter { !isIdentityTable($0) }, depth: 0) } catch { return nil }
        var members: [Member] = []
        var layer: Layer? = root
        while let l = layer {
            members.append(Member(generators: l.generators, chain: l.chain))
            layer = l.generators.isEmpty ? nil : l.next
        }
        if !members.last!.generators.isEmpty { members.append(Member(generators: [], chain: StabilizerChain(degree: degree))) }
        return members
    }

    private struct GaveUp: Error {}

    /// One member of the derived series under construction: `chain` is exact for <generators>,
    /// and `next` holds <generators>' once `extend` returns.
    private final class Layer {
        var generators: [[Int32]] = []
        var chain: StabilizerChain
        var next: Layer?
        /// Pairs (index in next.generators, index in generators) whose conjugate is known to lie
        /// in next; it stays true as next only grows.
        var checkedConjugates = Set<Int>()

        init(degree: Int) { chain = StabilizerChain(degree: degree) }
    }

    private struct Builder {
        let degree: Int
        let maxDepth: Int
        var rng: SplitMix64
        var budget = 1_000_000

        init(degree: Int, seed: UInt64) {
            self.degree = degree
            rng = SplitMix64(seed: seed)
            var k = 0, power = 1
            while power < max(degree, 2) { power *= 3; k += 1 }
            maxDepth = (5 * k) / 2 + 2
        }

        /// Adds `elements` to the layer's generators and restores the invariant: next is the
        /// derived subgroup of the enlarged group, and the chain is exact.
        /// Elements are added one at a time, skipping members, so that the generating sets stay
        /// small (commutators of all pairs of generators are taken at the next layer).
        mutating func extend(_ layer: Layer, by elements: [[Int32]], depth: Int) throws {
            for x in elements where !layer.chain.contains(x) {
                try extend(layer, byNonMember: x, depth: depth)
            }
        }

        private mutating func extend(_ layer: Layer, byNonMember x: [Int32], depth: Int) throws {
            let fresh = [x]
            if depth > maxDepth { throw GaveUp() }
            budget -= 1
            if budget < 0 { throw GaveUp() }
            let oldCount = layer.generators.count
            layer.generators += fresh
            let next = layer.next ?? Layer(degree: degree)
            layer.next = next
            let gens = layer.generators
            // Commutators of each new generator with every generator, plus a few random
            // commutators, which usually generate the rest of the derived subgroup at once.
            var pending: [[Int32]] = []
            for i in oldCount..<gens.count {
                for j in 0..<i {
                    let c = commutatorTable(gens[i], gens[j])
                    if !isIdentityTable(c) { pending.append(c) }
                }
            }
            if gens.count > 1 {
                var random = ProductReplacement(generators: gens, seed: rng.next())
                for _ in 0..<2 { pending.append(commutatorTable(random.next(), random.next())) }
            }
            while !pending.isEmpty {
                try extend(next, by: pending, depth: depth + 1)
                pending = conjugateViolations(layer)
            }
            let chain = next.chain.copy()
            for g in gens { NormalizingExtension.add(g, to: chain) }
            layer.chain = chain
        }

        /// Conjugates of next's generators by the layer's generators that are not in next.
        func conjugateViolations(_ layer: Layer) -> [[Int32]] {
            guard let next = layer.next else { return [] }
            var missing: [[Int32]] = []
            for (yi, y) in next.generators.enumerated() {
                for (gi, g) in layer.generators.enumerated() {
                    let key = yi &* 1_000_003 &+ gi
                    if layer.checkedConjugates.contains(key) { continue }
                    let x = composeTables(composeTables(inverseTable(g), y), g)
                    if next.chain.contains(x) {
                        layer.checkedConjugates.insert(key)
                    } else {
                        missing.append(x)
                    }
                }
            }
            return missing
        }
    }
}

func pairCommutators(_ gens: [[Int32]]) -> [[Int32]] {
    var result: [[Int32]] = []
    for i in 0..<gens.count {
        for j in (i + 1)..<max(i + 1, gens.count) {
            let c = commutatorTable(gens[i], gens[j])
            if !isIdentityTable(c) { result.append(c) }
        }
    }
    return result
}

