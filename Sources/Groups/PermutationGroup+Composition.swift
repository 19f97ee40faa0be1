import Exact

extension PermutationGroup {
    /// The orders of the members of a composition series, G first, ending at 1.
    ///
    /// Built by refining the derived series: between G^(i) and G^(i+1) (abelian quotient, so
    /// every intermediate subgroup is normal) the generators of G^(i) are added one prime step at
    /// a time. The perfect residuum P is handled only when it is simple by proof: a recognized
    /// A_n with n >= 5. Otherwise (P is PSL(2,q), a Mathieu group, a product of simple groups,
    /// ...) the result is nil: a composition series of a general perfect group is not computed.
    /// The member orders depend on the chosen series; the multiset of factor orders does not.
    public var compositionSeriesOrders: [BigInt]? {
        let series = derivedSeries
        let residuum = series.last!
        var tail: [BigInt] = []
        if residuum.order != .one {
            guard residuum.structure.isAlternatingGiant, residuum.degree >= 5 else { return nil }
            tail = [.one]
        }
        var orders: [BigInt] = [order]
        for i in 0..<(series.count - 1) {
            let upper = series[i], lower = series[i + 1]
            let chain = lower.structure.chain(for: lower).copy()
            var steps: [BigInt] = []
            for g in upper.generatorTables {
                NormalizingExtension.add(g, to: chain) { steps.append($0.order) }
            }
            // steps ascend from |lower| * p to |upper|; the series lists them descending.
            orders += steps.reversed().dropFirst() + [lower.order]
        }
        return orders + tail
    }
}
