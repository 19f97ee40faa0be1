import Exact

/// The lower central and elementary-abelian-2 series of a solvable group, each member built
/// by `SolvableBSGS.normalClosure` from the member above it.
///
/// Both series consist of subgroups normal in G (gamma_{i+1} = [gamma_i, G] directly; the
/// verbal subgroup [H, H] H^2 is characteristic in H, and H is normal in G by induction), so
/// each member is the normal closure in G of a few seeds: [y, g] for generators y of the member
/// above and g of G, or the squares and pairwise commutators of the member above's generators.
/// Conjugating by G's few generators instead of the member's (often hundreds of) generators, and
/// building the chain from the closure's own derived series (no Schreier generators), is what
/// makes the class-128 lower central series of the Sylow 2-subgroup of S_256 take seconds.
extension PermutationGroup {
    /// The lower central series by solvable normal closures, or nil when the method gives up.
    func solvableLowerCentralSeries() -> [PermutationGroup]? {
        solvableSeries(seed: 0x1C5) { current, top, series in
            if series.count == 1 {
                // gamma_2 = G', already built with the derived series.
                return (nil, derivedSeries.count > 1 ? derivedSeries[1] : nil)
            }
            // [gamma_i, G] is the normal closure of [y, g] for y generating gamma_i modulo
            // gamma_i' (`generatorsModuloDerived`): modulo that closure M the y are central,
            // so gamma_i' = [gamma_i, gamma_i] lies in gamma_i'' M, hence (gamma_i solvable) in
            // M, and then gamma_i / M is central: [gamma_i, G] <= M.
            var seeds: [[Int32]] = []
            for y in generatorsModuloDerived(current) {
                for g in top {
                    let c = commutatorTable(y, g)
                    if !isIdentityTable(c) { seeds.append(c) }
                }
            }
            return (seeds, nil)
        }
    }

    /// The series G_{i+1} = [G_i, G_i] G_i^2 by solvable normal closures, or nil when the
    /// method gives up.
    func solvableElementaryAbelian2Series() -> [PermutationGroup]? {
        solvableSeries(seed: 0xEA25) { current, _, _ in
            // In a 2-group, elements generating H modulo H' (inside the Frattini subgroup
            // H'H^2) generate H (Burnside's basis theorem), and their squares and commutators
            // generate H'H^2 as a normal subgroup of H. Otherwise every generator is used.
            let gens = current.order.isPowerOfTwo ? generatorsModuloDerived(current) : current.generatorTables
            var seeds = gens.map { composeTables($0, $0) }
            let inverses = gens.map(inverseTable)
            for i in 0..<gens.count {
                for j in (i + 1)..<max(i + 1, gens.count) {
                    if let c = nontrivialCommutator(gens[i], inverses[i], gens[j], inverses[j]) { seeds.append(c) }
                }
            }
            return (seeds, nil)
        }
    }

    /// Generators of `h` modulo its derived subgroup h', without a membership test: when h's
    /// derived series is already known (the solvable builder records it) and h's generator list
    /// ends with the generators of h' (the builder lists X_0, then the generators of h', with
    /// h = <X_0, h'>), the leading X_0; otherwise all of h's generators.
    private func generatorsModuloDerived(_ h: PermutationGroup) -> [[Int32]] {
        let all = h.generatorTables
        guard let series = h.cache.peek(\.derivedSeriesBelow), let next = series.first else { return all }
        let below = next.generatorTables
        guard below.count < all.count, all.suffix(below.count).elementsEqual(below) else { return all }
        return Array(all.prefix(all.count - below.count))
    }

    /// Applies `step` (seeds for the next member, or the next member itself) until a member
    /// equals its successor, as `descendingSeries` does.
    private func solvableSeries(
        seed: UInt64,
        step: (PermutationGroup, [[Int32]], [PermutationGroup]) -> ([[Int32]]?, PermutationGroup?)
    ) -> [PermutationGroup]? {
        let top = generatorTables
        var series: [PermutationGroup] = [self]
        while true {
            let current = series.last!
            if current.order == .one { break }
            let next: PermutationGroup
            switch step(current, top, series) {
            case (_, let known?):
                next = known
            case (let seeds?, nil):
                guard let members = SolvableBSGS.normalClosure(of: seeds, under: top, degree: degree,
                                                               seed: seed &+ UInt64(series.count)) else { return nil }
                next = PermutationGroup(tables: members[0].generators, degree: degree, hint: .chain(members[0].chain))
                next.recordDerivedSeries(members)
            case (nil, nil):
                return nil
            }
            if next.order == current.order { break }
            series.append(next)
        }
        return series
    }
}
