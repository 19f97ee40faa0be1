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
    var wholeGroup: InducedPcgs { InducedPcgs.close(elements, in: self)! }

    func derivedSeries() -> [InducedPcgs] {
        descending { h in
            let gens = h.elements
            var seeds: [[Int32]] = []
            for i in 0..<gens.count { for j in (i + 1)..<gens.count { seeds.append(commutatorTable(gens[i], gens[j])) } }
            return InducedPcgs.close(seeds, conjugators: gens, in: self)!
        }
    }

    /// gamma_{i+1} is the normal closure of [y, g] for y among the essential seeds of gamma_i
    /// (gamma_i is their normal closure, and modulo the closure of the [y, g] they are central).
    func lowerCentralSeries(generators top: [[Int32]]) -> [InducedPcgs] {
        var seeds = top
        return descending { _ in
            var next: [[Int32]] = []
            for y in seeds { for g in top { next.append(commutatorTable(y, g)) } }
            let closure = InducedPcgs.normalClosure(next, conjugators: top, in: self)!
            seeds = closure.essential
            return closure.subgroup
        }
    }

    /// Seeds: the squares and pairwise commutators of H_i's induced pcgs (they generate H_i).
    func elementaryAbelian2Series(generators top: [[Int32]]) -> [InducedPcgs] {
        descending { h in
            let gens = h.elements
            var seeds = gens.map { composeTables($0, $0) }
            let inverses = gens.map(inverseTable)
            for i in 0..<gens.count {
                for j in (i + 1)..<gens.count {
                    if let c = nontrivialCommutator(gens[i], inverses[i], gens[j], inverses[j]) { seeds.append(c) }
                }
            }
            return InducedPcgs.normalClosure(seeds, conjugators: top, in: self)!.subgroup
        }
    }

    private func descending(_ next: (InducedPcgs) -> InducedPcgs) -> [InducedPcgs] {
        var series = [wholeGroup]
        while series.last!.order != .one {
            let n = next(series.last!)
            if n.order == series.last!.order { break }
            series.append(n)
        }
        return series
    }
}
