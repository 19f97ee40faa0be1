import Exact

/// Building stabilizer chains. Every chain returned here is exact: a random phase may propose
/// strong generators, but the chain is only accepted after a deterministic check (all Schreier
/// generators sift, or the order equals an order known by proof).
enum SchreierSims {
    /// A chain for <gens>, deterministic (Sims' algorithm with Schreier generators).
    static func deterministic(_ gens: [[Int32]], degree: Int) -> StabilizerChain {
        let chain = StabilizerChain(degree: degree)
        for g in gens { _ = insert(g, into: chain) }
        complete(chain)
        return chain
    }

    /// A chain for <gens>: random Schreier-Sims from seeded random elements, then either the
    /// known order confirms it or the deterministic Schreier-generator check completes it.
    /// `completing: false` leaves that check out: the chain may then lack strong generators (its
    /// order a lower bound), though an element that sifts through it is still in <gens>.
    static func randomized(_ gens: [[Int32]], degree: Int, seed: UInt64, knownOrder: BigIntOrder? = nil,
                           startingFrom start: StabilizerChain? = nil, completing: Bool = true) -> StabilizerChain {
        let chain = start ?? StabilizerChain(degree: degree)
        for g in gens { _ = insert(g, into: chain) }
        let nontrivial = gens.filter { !isIdentityTable($0) }
        if nontrivial.isEmpty { return chain }
        var random = ProductReplacement(generators: nontrivial, seed: seed)
        var misses = 0
        // The order (a BigInt product) is recomputed only when the chain grew.
        if let target = knownOrder, chain.order == target.value { return chain }
        // A uniform element misses a chain short of the group's order with probability at most
        // 1/2, but early product-replacement elements of many sparse generators are far from
        // uniform. When the order is known and the alternative is the Schreier-generator check
        // (whose cost grows with orbit lengths times strong generators), more random elements
        // are far cheaper: `S150 x A7`'s kernel stopped a factor 4 short after 24 misses.
        let patience = knownOrder != nil && completing ? 240 : 24
        while misses < patience {
            if insert(random.next(), into: chain) {
                misses = 0
                if let target = knownOrder, chain.order == target.value { return chain }
            } else {
                misses += 1
            }
        }
        if let target = knownOrder, chain.order == target.value { return chain }
        if completing { complete(chain) }
        return chain
    }

    /// A chain for <gens> from seeded random elements alone, returned only if its order reaches
    /// `target`, an upper bound on |<gens>| known by proof (then the chain is exact and <gens>
    /// has that order); nil after `patience` random elements in a row that do not grow it.
    static func randomPhase(_ gens: [[Int32]], degree: Int, seed: UInt64, reaching target: BigInt,
                            patience: Int = 24) -> StabilizerChain? {
        let chain = StabilizerChain(degree: degree)
        for g in gens { insert(g, into: chain) }
        if chain.order == target { return chain }
        let nontrivial = gens.filter { !isIdentityTable($0) }
        if nontrivial.isEmpty { return nil }
        var random = ProductReplacement(generators: nontrivial, seed: seed)
        var misses = 0
        while misses < patience {
            if insert(random.next(), into: chain) {
                misses = 0
                if chain.order == target { return chain }
            } else {
                misses += 1
            }
        }
        return nil
    }

    /// Sifts `g`; if it does not sift to the identity, adds its residue as a strong generator
    /// at the level where it fell out. Returns whether the chain grew.
    @discardableResult
    static func insert(_ g: [Int32], into chain: StabilizerChain) -> Bool {
        var h = g
        let level = chain.sift(&h)
        if level == chain.levels.count && isIdentityTable(h) { return false }
        chain.addGenerator(h, at: level)
        return true
    }

    /// Sims' completion: for each level from the bottom up, every Schreier generator
    /// u_beta * s * u_{beta s}^-1 must sift through the levels below; a residue is added as a
    /// new strong generator and checking resumes at its level. Pairs already found to sift stay
    /// valid (transversals never change and deeper groups only grow), so they are not rechecked.
    static func complete(_ chain: StabilizerChain) {
        var checked = [Set<Int>](repeating: [], count: chain.levels.count)
        var i = chain.levels.count - 1
        let n = chain.degree
        while i >= 0 {
            if checked.count < chain.levels.count {
                checked += [Set<Int>](repeating: [], count: chain.levels.count - checked.count)
            }
            var grewAt: Int? = nil
            let gens = chain.generatorIDs(from: i)
            scan: for k in 0..<chain.levels[i].orbit.count {
                let beta = Int(chain.levels[i].orbit[k])
                var u: [Int32] = []
                for gid in gens {
                    let key = gid &* n &+ beta
                    if checked[i].contains(key) { continue }
                    let s = chain.generators[gid]
                    let gamma = Int(s[beta])
                    // h = u_beta * s * u_gamma^-1 fixes the base point of level i.
                    if u.isEmpty { u = chain.transversal(level: i, index: k) }
                    let gammaSlot = Int(chain.levels[i].slot[gamma])
                    let back = chain.inverseTransversal(level: i, index: gammaSlot)
                    var h = [Int32](repeating: 0, count: n)
                    back.withUnsafeBufferPointer { bp in
                        for x in 0..<n { h[x] = bp[Int(s[Int(u[x])])] }
                    }
                    let level = chain.sift(&h, from: i + 1)
                    if level == chain.levels.count && isIdentityTable(h) {
                        checked[i].insert(key)
                        continue
                    }
                    chain.addGenerator(h, at: level)
                    grewAt = level
                    break scan
                }
            }
            if let j = grewAt {
                if checked.count < chain.levels.count {
                    checked += [Set<Int>](repeating: [], count: chain.levels.count - checked.count)
                }
                i = j
            } else {
                i -= 1
            }
        }
    }
}

/// An order known by proof (e.g. n! for a recognized symmetric group), used to stop the
/// random phase and to certify the chain without a Schreier-generator check.
struct BigIntOrder {
    let value: BigInt
}
