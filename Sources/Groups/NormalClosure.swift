import Exact

/// Normal closures, computed exactly: the closure of `seeds` under conjugation by `conjugators`
/// is grown until every seed and every conjugate of every generator by every conjugator is a
/// member (checked by sifting in an exact chain, or by parity for a recognized A_n/S_n). A few
/// seeded random conjugates are added up front because they usually generate the whole closure
/// at once. Past the first `seedGenerators` seeds, a seed becomes a generator only if it is not
/// yet a member (as GAP's `DerivedSubgroup` adds a commutator only when it is not in the group so
/// far): the 961 commutators of a kernel's 31 generators would otherwise all become generators,
/// and the next commutator subgroup would start from 961^2 of them (issue 19).
enum NormalClosure {
    /// How many seeds become generators up front.
    static let seedGenerators = 16

    /// `ambientOrder`, when given, is the order of a group known to contain the closure: a
    /// random chain reaching it is exact without the Schreier-generator check.
    static func closure(of seeds: [[Int32]], under conjugators: [[Int32]], degree n: Int,
                        seed: UInt64, ambientOrder: BigInt? = nil) -> PermutationGroup {
        let nontrivial = seeds.filter { !isIdentityTable($0) }
        if nontrivial.isEmpty { return PermutationGroup(tables: [], degree: n) }
        var gens = Array(nontrivial.prefix(seedGenerators))
        // Seeds not yet known to be members; the group only grows, so a member stays one.
        var pending = Array(nontrivial.dropFirst(seedGenerators))
        // [G, G] passes G's generators twice (as H's and as K's); each is needed once.
        var conj: [[Int32]] = []
        for c in conjugators where !isIdentityTable(c) && !conj.contains(c) { conj.append(c) }
        let conjInverses = conj.map(inverseTable)
        var rng = SplitMix64(seed: seed)
        if !conj.isEmpty {
            for _ in 0..<2 {
                var c = nontrivial[rng.below(nontrivial.count)]
                for _ in 0..<4 {
                    let h = conj[rng.below(conj.count)]
                    c = composeTables(composeTables(inverseTable(h), c), h)
                }
                if !isIdentityTable(c) { gens.append(c) }
            }
        }
        var previous: StabilizerChain? = nil
        // Random conjugates (below) draw from their own stream, so the rounds' seeds stay as they were.
        var extraRng = SplitMix64(seed: seed ^ 0x52C0_4A7E)
        var randomConjugators: ProductReplacement? = nil
        // gens[0..<verified] have every conjugate in the group of an earlier round; the group only
        // grows, so they need no second look.
        var verified = 0
        while true {
            let round = candidate(gens, degree: n, seed: rng.next(), ambientOrder: ambientOrder, from: previous)
            pending.removeAll { round.contains($0) }
            var missing = Array(pending.prefix(4))
            pending.removeFirst(missing.count)
            for gi in verified..<gens.count where missing.count < 4 {
                for (h, hInverse) in zip(conj, conjInverses) {
                    let x = conjugateTable(gens[gi], by: h, inverse: hInverse)
                    if !round.contains(x) && !missing.contains(x) { missing.append(x) }
                }
                if missing.isEmpty { verified = gi + 1 }
                if missing.count >= 4 { break }
            }
            if missing.isEmpty && pending.isEmpty {
                return fewerGenerators(round.exactGroup(gens, degree: n, seed: rng.next()), seed: rng.next())
            }
            // Not closed yet: also add conjugates of random members by random elements of
            // <conjugators>. The conjugates of generators by generators alone grow a closure
            // slowly where the members are sparse (the 3-cycles of [S150, S150] made A_k about
            // two points a round, 150 rounds); a random member moved by a random element
            // reaches new points everywhere, so the group roughly doubles its support a round.
            // Each is in the closure, so adding one is sound; closedness is still decided by the
            // exact check above.
            if !conj.isEmpty, let chain = round.chain {
                if randomConjugators == nil {
                    randomConjugators = ProductReplacement(generators: conj, seed: extraRng.next())
                }
                for _ in 0..<2 {
                    let g = randomConjugators!.next()
                    let x = conjugateTable(chain.randomElement(using: &extraRng), by: g, inverse: inverseTable(g))
                    if !round.contains(x) && !missing.contains(x) { missing.append(x) }
                }
            }
            gens += missing
            previous = round.chain
        }
    }

    /// <gens> in one round. Exact: a recognized giant, or a chain that reached a known order.
    /// Partial: a random chain not yet checked by Schreier generators (its order a lower bound).
    /// An element that sifts through a partial chain is still in <gens>, so a round's membership
    /// checks are proofs either way, and a non-member found by a partial chain is only a
    /// generator added early (it lies in the closure: a seed or a conjugate of a member). The
    /// Schreier-generator check runs once, on the last round's chain (GAP's normal closure also
    /// grows the group by random methods and verifies at the end).
    private enum Round {
        case exact(PermutationGroup)
        case partial(StabilizerChain)

        func contains(_ x: [Int32]) -> Bool {
            switch self {
            case .exact(let g): g.structure.contains(x)
            case .partial(let c): c.contains(x)
            }
        }

        var chain: StabilizerChain? {
            switch self {
            case .exact(let g): if case .chain(let c) = g.structure.kind { c } else { nil }
            case .partial(let c): c
            }
        }

        /// The last round's group, exact: a partial chain is grown on to the order that generators
        /// on disjoint supports prove (`DisjointFactors`, once per closure: per round it rebuilt
        /// every factor's chain), else completed by the Schreier-generator check.
        func exactGroup(_ gens: [[Int32]], degree n: Int, seed: UInt64) -> PermutationGroup {
            switch self {
            case .exact(let g): return g
            case .partial(let c):
                let known = DisjointFactors.order(gens, degree: n).map { BigIntOrder(value: $0) }
                let chain = SchreierSims.randomized(gens, degree: n, seed: seed, knownOrder: known, startingFrom: c)
                return PermutationGroup(tables: gens, degree: n, hint: .chain(chain))
            }
        }
    }

    /// <gens>: a recognized giant, or a random chain grown from the previous round's.
    private static func candidate(_ gens: [[Int32]], degree n: Int, seed: UInt64, ambientOrder: BigInt?,
                                  from previous: StabilizerChain?) -> Round {
        if let giant = GiantRecognition.recognize(gens, degree: n, seed: seed) {
            return .exact(PermutationGroup(tables: gens, degree: n, hint: giant.isAlternating ? .alternating : .symmetric))
        }
        // The containing group's order confirms the chain only when the closure is all of it.
        let chain = SchreierSims.randomized(gens, degree: n, seed: seed,
                                            knownOrder: ambientOrder.map { BigIntOrder(value: $0) },
                                            startingFrom: previous?.copy(), completing: false)
        if let ambientOrder, chain.order == ambientOrder {
            return .exact(PermutationGroup(tables: gens, degree: n, hint: .chain(chain)))
        }
        return .partial(chain)
    }

    /// The same group on a few seeded random generators when the closure's generating set is
    /// large (it feeds the next commutator computation, which is quadratic in it). First two,
    /// then three random elements are tried: a random chain of the subgroup they generate that
    /// reaches the group's exact order proves that they generate it (the product of the orbit
    /// lengths of a partial chain never exceeds the order of the group its generators generate).
    /// Otherwise the strong generators met while reaching the order are used.
    private static func fewerGenerators(_ group: PermutationGroup, seed: UInt64) -> PermutationGroup {
        guard group.generators.count > 3, case .chain = group.structure.kind else { return group }
        let target = group.order
        var random = ProductReplacement(generators: group.generatorTables, seed: seed)
        for size in 2...3 {
            let candidates = (0..<size).map { _ in random.next() }
            if let chain = SchreierSims.randomPhase(candidates, degree: group.degree, seed: seed &+ UInt64(size),
                                                    reaching: target) {
                return PermutationGroup(tables: candidates, degree: group.degree, hint: .chain(chain))
            }
        }
        let chain = StabilizerChain(degree: group.degree)
        var chosen: [[Int32]] = []
        var reached = false
        for _ in 0..<200 where !reached {
            let x = random.next()
            // The order (a BigInt product) is recomputed only when the chain grew.
            if SchreierSims.insert(x, into: chain) {
                chosen.append(x)
                reached = chain.order == target
            }
        }
        guard reached, chosen.count < group.generators.count else { return group }
        return PermutationGroup(tables: chosen, degree: group.degree, hint: .chain(chain))
    }
}
