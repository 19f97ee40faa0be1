import Exact

/// The series of a solvable group computed in its pcgs: every member an induced pcgs.
///
/// - derived series: H' is the normal closure in H of the commutators of H's induced pcgs
///   (conjugators: that pcgs);
/// - lower central series: gamma_{i+1} = [gamma_i, G] is the normal closure in G of [y, g] for
///   y in gamma_i's induced pcgs and g a generator of G (modulo that closure the y are central);
/// - EA2 series: H_{i+1} = [H_i, H_i] H_i^2 is the normal closure of the squares and pairwise
///   commutators of H_i's induced pcgs; it is characteristic in H_i, hence normal in G, so the
///   closure is taken under G's generators (few) instead of H_i's.
/// Each series is listed until a member equals its successor, as `descendingSeries` does.
extension Pcgs {
    /// The whole group as an induced pcgs of itself.
    var wholeGroup: InducedPcgs { InducedPcgs(pcgs: self, containingTailFrom: 0) }

    func derivedSeries() -> [InducedPcgs] {
        descending { h, _ in
            let gens = h.elements
            var seeds: [[Int32]] = []
            for i in 0..<gens.count { for j in (i + 1)..<gens.count { seeds.append(commutatorTable(gens[i], gens[j])) } }
            return InducedPcgs.close(seeds, conjugators: gens, in: self)!
        }
    }

    /// gamma_{i+1} = [gamma_i, G] is the normal closure of [y, g] for g generating G and y
    /// generating gamma_i as a normal subgroup ([<Y>^G, G] = <[Y, G]>^G: modulo the right side
    /// Y is central). gamma_j contains G^(k) for 2^k >= j (G^(k) lies in gamma_(2^k)), a tail of
    /// the pcgs, so each closure starts from that tail: gamma_i = <E>^G G^(k) with E the
    /// seeds that enlarged the closure ("essential"). For the next member, [G^(k), G] lies in
    /// G^(k), inside the next tail when k stays; when the next tail is G^(k') with k' > k,
    /// G^(k) = <pcgs elements of the layers k..<k'> G^(k'), and those elements join E.
    func lowerCentralSeries(generators top: [[Int32]]) -> [InducedPcgs] {
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

    /// Seeds: the squares and pairwise commutators of H_i's induced pcgs (they generate H_i).
    /// H_i contains G^(i) (by induction, it contains [H_(i-1), H_(i-1)]).
    func elementaryAbelian2Series(generators top: [[Int32]]) -> [InducedPcgs] {
        descending { h, count in
            let gens = h.elements
            var seeds = gens.map { composeTables($0, $0) }
            let inverses = gens.map(inverseTable)
            for i in 0..<gens.count {
                for j in (i + 1)..<gens.count {
                    if let c = nontrivialCommutator(gens[i], inverses[i], gens[j], inverses[j]) { seeds.append(c) }
                }
            }
            return InducedPcgs.normalClosure(seeds, conjugators: top, containingTailFrom: derivedTail(count), in: self).subgroup
        }
    }

    /// The depth where G^(k) starts (the length when k is past the derived length).
    private func derivedTail(_ k: Int) -> Int { k < derivedStarts.count ? derivedStarts[k] : length }

    /// `next` gets the last member and the number of members so far.
    private func descending(_ next: (InducedPcgs, Int) -> InducedPcgs) -> [InducedPcgs] {
        var series = [wholeGroup]
        while series.last!.order != .one {
            let n = next(series.last!, series.count)
            if n.order == series.last!.order { break }
            series.append(n)
        }
        return series
    }
}
