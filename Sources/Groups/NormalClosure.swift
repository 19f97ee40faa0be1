/// Normal closures, computed exactly: the closure of `seeds` under conjugation by `conjugators`
/// is grown until every conjugate of every generator by every conjugator is a member (checked
/// by sifting in an exact chain). A few seeded random conjugates are added up front because
/// they usually generate the whole closure at once and save rebuilding rounds.
enum NormalClosure {
    static func closure(of seeds: [[Int32]], under conjugators: [[Int32]], degree n: Int,
                        seed: UInt64) -> PermutationGroup {
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
                gens.append(c)
            }
        }
        var group = PermutationGroup(tables: gens, degree: n)
        while true {
            var missing: [[Int32]] = []
            for g in gens {
                for h in conj {
                    let x = composeTables(composeTables(inverseTable(h), g), h)
                    if !group.structure.contains(x) && !missing.contains(x) { missing.append(x) }
                }
            }
            if missing.isEmpty { return group }
            gens += missing
            group = PermutationGroup(tables: gens, degree: n)
        }
    }
}
