import Exact

/// Normal closures, computed exactly: the closure of `seeds` under conjugation by `conjugators`
/// is grown until every conjugate of every generator by every conjugator is a member (checked
/// by sifting in an exact chain, or by parity for a recognized A_n/S_n). A few seeded random
/// conjugates are added up front because they usually generate the whole closure at once.
enum NormalClosure {
    /// `ambientOrder`, when given, is the order of a group known to contain the closure: a
    /// random chain reaching it is exact without the Schreier-generator check.
    static func closure(of seeds: [[Int32]], under conjugators: [[Int32]], degree n: Int,
                        seed: UInt64, ambientOrder: BigInt? = nil) -> PermutationGroup {
        var gens = seeds.filter { !isIdentityTable($0) }
        if gens.isEmpty { return PermutationGroup(tables: [], degree: n) }
        let conj = conjugators.filter { !isIdentityTable($0) }
        var rng = SplitMix64(seed: seed)
        if !conj.isEmpty {
            for _ in 0..<2 {
                var c = gens[rng.below(gens.count)]
                for _ in 0..<4 {
                    let h = conj[rng.below(conj.count)]
                    c = composeTables(composeTables(inverseTable(h), c), h)
                }
                if !isIdentityTable(c) { gens.append(c) }
            }
        }
        var previous: StabilizerChain? = nil
        while true {
            let group = candidate(gens, degree: n, seed: rng.next(), ambientOrder: ambientOrder, from: previous)
            var missing: [[Int32]] = []
            for g in gens {
                for h in conj {
                    let x = composeTables(composeTables(inverseTable(h), g), h)
                    if !group.structure.contains(x) && !missing.contains(x) { missing.append(x) }
                }
                if missing.count >= 4 { break }
            }
            if missing.isEmpty { return group }
            gens += missing
            if case .chain(let c) = group.structure.kind { previous = c }
        }
    }

    /// The exact group <gens>: a recognized giant, or a chain grown from the previous round's.
    private static func candidate(_ gens: [[Int32]], degree n: Int, seed: UInt64, ambientOrder: BigInt?,
                                  from previous: StabilizerChain?) -> PermutationGroup {
        if let giant = GiantRecognition.recognize(gens, degree: n, seed: seed) {
            return PermutationGroup(tables: gens, degree: n, hint: giant.isAlternating ? .alternating : .symmetric)
        }
        let chain = SchreierSims.randomized(gens, degree: n, seed: seed,
                                            knownOrder: ambientOrder.map { BigIntOrder(value: $0) },
                                            startingFrom: previous?.copy())
        return PermutationGroup(tables: gens, degree: n, hint: .chain(chain))
    }
}
