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
        return try? builder.build(gens.filter { !isIdentityTable($0) }, depth: 0)
    }

    private struct GaveUp: Error {}

    private struct Builder {
        let degree: Int
        let maxDepth: Int
        var rng: SplitMix64
        var budget = 400

        init(degree: Int, seed: UInt64) {
            self.degree = degree
            rng = SplitMix64(seed: seed)
            var k = 0, power = 1
            while power < max(degree, 2) { power *= 3; k += 1 }
            maxDepth = (5 * k) / 2 + 1
        }

        mutating func build(_ gens: [[Int32]], depth: Int) throws -> [Member] {
            if gens.isEmpty { return [Member(generators: [], chain: StabilizerChain(degree: degree))] }
            if depth > maxDepth { throw GaveUp() }
            budget -= 1
            if budget < 0 { throw GaveUp() }
            var seeds = randomCommutators(gens)
            while true {
                let lower = try build(seeds, depth: depth + 1)
                let n = lower[0].chain
                let missing = violations(of: n, generatedBy: seeds, in: gens)
                if missing.isEmpty {
                    let chain = n.copy()
                    for g in gens { NormalizingExtension.add(g, to: chain) }
                    return [Member(generators: gens, chain: chain)] + lower
                }
                budget -= 1
                if budget < 0 { throw GaveUp() }
                seeds += missing
            }
        }

        /// Commutators of a few seeded random elements: they usually generate G' outright.
        mutating func randomCommutators(_ gens: [[Int32]]) -> [[Int32]] {
            if gens.count == 1 { return [] }
            var random = ProductReplacement(generators: gens, seed: rng.next())
            var result: [[Int32]] = []
            for _ in 0..<3 {
                let c = commutatorTable(random.next(), random.next())
                if !isIdentityTable(c) { result.append(c) }
            }
            if result.isEmpty, let c = pairCommutators(gens).first { result.append(c) }
            return result
        }

        /// Elements that show N = <seeds> is not yet G': a commutator of generators outside N,
        /// or a conjugate of a seed by a generator outside N (a few at a time).
        func violations(of n: StabilizerChain, generatedBy seeds: [[Int32]], in gens: [[Int32]]) -> [[Int32]] {
            var missing: [[Int32]] = []
            for c in pairCommutators(gens) where !n.contains(c) {
                missing.append(c)
                if missing.count >= 2 { return missing }
            }
            for s in seeds {
                for g in gens {
                    let x = composeTables(composeTables(inverseTable(g), s), g)
                    if !n.contains(x) {
                        missing.append(x)
                        if missing.count >= 2 { return missing }
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
