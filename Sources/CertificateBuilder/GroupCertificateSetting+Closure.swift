import Exact
import Groups

extension Setting {
    /// The normal closure in G of some nested commutators, as a short list of nested commutators
    /// of the same shapes (conjugating a commutator conjugates its leaves, so the depth or weight
    /// the checker reads off is kept), given the closure's order.
    ///
    /// Conjugates of the seeds are kept in one growing chain (`ClosureSpan`) until it reaches the
    /// order; the chain is never rebuilt. First the textbook closure: the seeds, then each kept
    /// element conjugated by each generator of G (one program line per leaf, once written out); random conjugates
    /// only if that ends short of the order. The order comes from `Groups` (the derived or lower
    /// central series of G, computed once); the chain's order never exceeds that of <kept>, which
    /// lies in the closure, so reaching it proves <kept> is the closure.
    func normalClosure(of seeds: [NestedCommutator], order: BigInt, salt: UInt64) throws -> [NestedCommutator] {
        let seeds = seeds.filter { !$0.value.isIdentity }
        if order == .one { return [] }
        guard !seeds.isEmpty else { throw BuilderError("internal: no non-trivial seed for a closure of order \(order)") }
        var span = ClosureSpan(degree: degree, seed: seed &+ 0x5851_F42D &* (salt + 1))
        for s in seeds where span.order < order { span.keepIfOutside(s.value) { s } }
        // The span's order changes only when an element is kept, so it is compared only then.
        var reached = span.order == order
        var next = 0
        while !reached && next < span.kept.count {
            let t = span.kept[next]
            for x in generators.indices where !reached {
                if span.keepIfOutside(t.value.conjugated(by: generators[x]), make: { t.conjugated(by: x, in: words) }) {
                    reached = span.order == order
                }
            }
            next += 1
        }
        if reached { return span.kept }
        var conjugators = RandomWords(program: words, generators: Array(generators.indices), seed: seed &+ 0x2545_F491 &* (salt + 1))
        var misses = 0
        while span.order < order {
            let s = seeds[span.index(below: seeds.count)]
            let u = conjugators.next()
            if span.keepIfOutside(s.value.conjugated(by: words.value(u)), make: { s.conjugated(by: u, in: words) }) {
                misses = 0
            } else {
                misses += 1
                guard misses <= 2000 else {
                    throw BuilderError("normal closure stalled at order \(span.order), expected \(order)")
                }
            }
        }
        guard span.order == order else { throw BuilderError("normal closure overshot: order \(span.order), expected \(order)") }
        return span.kept
    }

    /// A subset of `level`, a generating set of a nilpotent N, that still generates N, given
    /// generators of N' (`derived`): the elements of `level` outside <N', those kept>. They
    /// generate N modulo N', and N' lies in the Frattini subgroup of a nilpotent group, so they
    /// generate N (Sylow2(S256): the 107 generators of G^(4) become 50; its abelianization has
    /// rank 49, the minimum, and the chain's rare redundant keep costs one more).
    func fewerGenerators(_ level: [NestedCommutator], derived: [Permutation], salt: UInt64) -> [NestedCommutator] {
        var span = ClosureSpan(degree: degree, seed: seed &+ 0x7F4A_7C15 &* (salt + 1), including: derived)
        for t in level { span.keepIfOutside(t.value) { t } }
        return span.kept
    }
}
