import Exact

/// A member of a series computed in the pcgs: its induced pcgs (elements by increasing depth)
/// and its order.
struct PcgsSeriesMember {
    let elements: [[Int32]]
    let order: BigInt
}

/// The series of a solvable group computed in its pcgs.
///
/// - derived series: H' is the normal closure in H of the commutators of H's induced pcgs
///   (conjugators: that pcgs); its members are also the tails at `derivedStarts`;
/// - lower central series of a p-group: one `LevelledPcgs` (gamma_(l+1) = M_l) with the rule
///   t^p in M_l and [t, g] in M_(l+1) for g generating G; the members are never built one by
///   one. The pcgs elements of derived layer j start at level 2^j - 1 (G^(j) <= gamma_(2^j)),
///   and for 2-groups the radical filtration of each layer (`radicalLevels`) says at which
///   level each depth is expected, so that elements wait instead of being placed too high
///   (Sylow2(S1024): lower central series 103 s -> 1-2 s). Other groups: member by member, gamma_(i+1) = [gamma_i, G] the normal closure in G
///   of [y, g] for y generating gamma_i modulo gamma_(i+1) (`lowerCentralSeriesByClosures`);
/// - EA2 series of a 2-group: one `LevelledPcgs` (H_l = M_l) with the rule t^2 and [t, u] for
///   u of the same level in M_(l+1), [t, g] in M_l. Other groups: nil (the chain path answers).
/// Each series is listed until a member equals its successor, as `descendingSeries` does.
extension Pcgs {
    /// The whole group as an induced pcgs of itself.
    var wholeGroup: InducedPcgs { InducedPcgs(pcgs: self, containingTailFrom: 0) }

    /// Whether every relative order is the same prime (a p-group), and which.
    var prime: Int? {
        guard let p = relativeOrders.first, relativeOrders.allSatisfy({ $0 == p }) else { return nil }
        return p
    }

    func derivedSeries() -> [PcgsSeriesMember] {
        descending { h, _ in
            let gens = h.elements
            var seeds: [[Int32]] = []
            for i in 0..<gens.count { for j in (i + 1)..<gens.count { seeds.append(commutatorTable(gens[i], gens[j])) } }
            return InducedPcgs.close(seeds, conjugators: gens, in: self)!
        }
    }

    /// The series built member by member from G: `next` gets the last member and the number of
    /// members so far; listed until a member equals its successor (or is trivial).
    private func descending(_ next: (InducedPcgs, Int) -> InducedPcgs) -> [PcgsSeriesMember] {
        var series = [wholeGroup]
        while series.last!.order != .one {
            let n = next(series.last!, series.count)
            if n.order == series.last!.order { break }
            series.append(n)
        }
        return series.map { PcgsSeriesMember(elements: $0.elements, order: $0.order) }
    }

    /// Generators of G for the levelled series: in a p-group, the pcgs elements of the top
    /// derived layer (they generate G modulo G', hence G: Burnside's basis theorem), when they
    /// are fewer than the given generators.
    private func fewGenerators(_ top: [[Int32]]) -> [[Int32]] {
        let layer = derivedStarts.count > 1 ? Array(elements[0..<derivedStarts[1]]) : []
        return layer.count < top.count ? layer : top
    }

    /// `guess`: expected levels per depth (`LevelledPcgs.expectedLevels`); by default the
    /// radical levels of the derived layers (`radicalLevels`). It orders the work only.
    func lowerCentralSeries(generators top: [[Int32]], guess: [Int]?? = .none) -> [PcgsSeriesMember] {
        guard let series = levelledLowerCentralSeries(generators: top, guess: guess) else {
            return lowerCentralSeriesByClosures(generators: top)
        }
        return members(of: series)
    }

    /// The lower central series of a p-group as one `LevelledPcgs` (gamma_(l+1) = M_l), nil for
    /// other groups.
    func levelledLowerCentralSeries(generators top: [[Int32]], guess: [Int]?? = .none) -> LevelledPcgs? {
        guard let p = prime else { return nil }
        let gens = fewGenerators(top)
        let inverses = gens.map(inverseTable)
        let layer = layerOfDepth
        var series = LevelledPcgs(pcgs: self, levelBound: length) { t, d, l, table in
            // t^p and [t, g] lie in G^(j) (j: t's derived layer): nothing to do where M_l, or
            // M_(l+1), already holds that tail.
            let tail = derivedStarts[layer[d]]
            if table.holdsTail(from: tail, atLevel: l + 1) { return [] }
            let tInverse = inverseTable(t)
            var out: [([Int32], Int)] = []
            if !table.holdsTail(from: tail, atLevel: l) {
                let power = smallPower(t, p)
                if !isIdentityTable(power) { out.append((power, l)) }
            }
            for (g, gInverse) in zip(gens, inverses) {
                if let c = nontrivialCommutator(t, tInverse, g, gInverse) { out.append((c, l + 1)) }
            }
            return out
        }
        // G^(j) lies in gamma_(2^j) = M_(2^j - 1) ([gamma_a, gamma_b] <= gamma_(a+b)): the pcgs
        // elements of each derived layer start at that level instead of being found from the top.
        var seeds = gens.map { ($0, 0) }
        for j in 1..<max(1, derivedStarts.count - 1) where (1 << j) - 1 <= length {
            for d in derivedStarts[j]..<derivedStarts[j + 1] { seeds.append((elements[d], (1 << j) - 1)) }
        }
        series.expectedLevels = guess ?? radicalLevels(generators: gens)
        // A p-group of pcgs length m has class below m: the bound is never reached.
        guard series.close(seeds) else { preconditionFailure("lower central series of a p-group past its length") }
        return series
    }

    /// The EA2 series of a 2-group, nil for other groups.
    func elementaryAbelian2Series(generators top: [[Int32]]) -> [PcgsSeriesMember]? {
        guard prime == 2 else { return length == 0 ? [PcgsSeriesMember(elements: [], order: .one)] : nil }
        let gens = fewGenerators(top)
        let inverses = gens.map(inverseTable)
        let layer = layerOfDepth
        var series = LevelledPcgs(pcgs: self, levelBound: length) { t, d, l, table in
            // Outputs inside a derived member that the member of their level already holds are
            // skipped: t^2 and [t, g] lie in G^(j) (j: t's layer), [t, u] in G^(i+1) when t and
            // u lie in G^(i).
            let tail = derivedStarts[layer[d]]
            let tInverse = inverseTable(t)
            var out: [([Int32], Int)] = []
            if !table.holdsTail(from: tail, atLevel: l + 1) {
                let square = composeTables(t, t)
                if !isIdentityTable(square) { out.append((square, l + 1)) }
            }
            if !table.holdsTail(from: tail, atLevel: l) {
                for (g, gInverse) in zip(gens, inverses) {
                    if let c = nontrivialCommutator(t, tInverse, g, gInverse) { out.append((c, l)) }
                }
            }
            for e in table.depths(atLevel: l) where e != d {
                let i = min(layer[d], layer[e])
                if table.holdsTail(from: derivedStarts[i + 1], atLevel: l + 1) { continue }
                let u = table.table[e]!
                if let c = nontrivialCommutator(t, tInverse, u, inverseTable(u)) { out.append((c, l + 1)) }
            }
            return out
        }
        // G^(j) lies in the j-th member (by induction: H_(j+1) >= [H_j, H_j] >= G^(j+1)), and
        // where the series is the derived series (iterated wreath products of C_2) each depth
        // stays at its layer: the guess.
        var seeds = gens.map { ($0, 0) }
        for j in 1..<max(1, derivedStarts.count - 1) {
            for d in derivedStarts[j]..<derivedStarts[j + 1] { seeds.append((elements[d], j)) }
        }
        series.expectedLevels = layer
        guard series.close(seeds) else { preconditionFailure("EA2 series of a 2-group past its length") }
        return members(of: series)
    }

    /// M_0, M_1, ... until a member equals its successor.
    private func members(of series: LevelledPcgs) -> [PcgsSeriesMember] {
        var result: [PcgsSeriesMember] = []
        for j in 0..<series.memberCount {
            let member = PcgsSeriesMember(elements: series.elements(ofMember: j), order: series.order(ofMember: j))
            if let last = result.last, last.order == member.order { break }
            result.append(member)
        }
        return result
    }

    /// gamma_{i+1} = [gamma_i, G] is the normal closure of [y, g] for g generating G and y
    /// generating gamma_i as a normal subgroup ([<Y>^G, G] = <[Y, G]>^G: modulo the right side
    /// Y is central). gamma_j contains G^(k) for 2^k >= j (G^(k) lies in gamma_(2^k)), a tail of
    /// the pcgs, so each closure starts from that tail: gamma_i = <E>^G G^(k) with E the
    /// seeds that enlarged the closure ("essential"). For the next member, [G^(k), G] lies in
    /// G^(k), inside the next tail when k stays; when the next tail is G^(k') with k' > k,
    /// G^(k) = <pcgs elements of the layers k..<k'> G^(k'), and those elements join E.
    func lowerCentralSeriesByClosures(generators top: [[Int32]]) -> [PcgsSeriesMember] {
        var normalGenerators: [[Int32]] = []
        var tail = 0
        return descending { _, count in
            var k = 0
            while (1 << k) < count + 1 { k += 1 }
            k = min(k, derivedStarts.count - 1)
            if k > tail { normalGenerators += elements[derivedStarts[tail]..<derivedStarts[k]] }
            var seeds: [[Int32]] = []
            for y in normalGenerators { for g in top { seeds.append(commutatorTable(y, g)) } }
            let closure = InducedPcgs.normalClosure(seeds, conjugators: top, containingTailFrom: derivedStarts[k], in: self)
            normalGenerators = closure.essential
            tail = k
            return closure.subgroup
        }
    }
}
