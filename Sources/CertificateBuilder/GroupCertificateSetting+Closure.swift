import Exact
import Groups

extension Setting {
    /// The normal closure in G of some nested commutators, as a short list of nested commutators
    /// of the same shapes (conjugating a commutator conjugates its leaves, so the depth or weight
    /// the checker reads off is kept) and its order.
    ///
    /// One chain is grown as elements are kept (`ClosureSpan`), never rebuilt. Random conjugates
    /// of the seeds come first: a few of them usually generate the closure. Then the seeds and
    /// every kept element's conjugates by G's generators are sifted, keeping those outside; when
    /// all of them lie in <kept>, that subgroup is normal in G and contains the seeds, so it is
    /// the closure exactly. Its order is then taken from `Groups` (one chain per closure).
    func normalClosure(of seeds: [NestedCommutator], salt: UInt64) -> (generators: [NestedCommutator], order: BigInt) {
        let seeds = seeds.filter { !$0.value.isIdentity }
        if seeds.isEmpty { return ([], .one) }
        var span = ClosureSpan(degree: degree, seed: seed &+ 0x5851_F42D &* (salt + 1))
        var conjugators = RandomWords(program: words, generators: Array(generators.indices), seed: seed &+ 0x2545_F491 &* (salt + 1))
        var misses = 0
        while misses < ClosureSpan.confidence {
            let s = seeds[span.index(below: seeds.count)]
            let u = conjugators.next()
            misses = span.keepIfOutside(s.value.conjugated(by: words.value(u))) { s.conjugated(by: u, in: words) } ? 0 : misses + 1
        }
        for s in seeds { span.keepIfOutside(s.value) { s } }
        var i = 0
        while i < span.kept.count {
            let t = span.kept[i]
            for g in generators.indices where !generators[g].isIdentity {
                span.keepIfOutside(t.value.conjugated(by: generators[g])) { t.conjugated(by: g, in: words) }
            }
            i += 1
        }
        let values = span.kept.map(\.value)
        return (span.kept, PermutationGroup(generators: values, degree: degree).order)
    }
}
