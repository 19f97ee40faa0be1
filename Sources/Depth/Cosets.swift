/// The cosets of M in N (M normal in N, N/M abelian), as a small abelian group of coset numbers.
/// Built and checked by brute force; used only to decompose N/M into cyclic factors.
struct Cosets {
    /// `cosetOf[g]` for g in N; -1 outside N.
    let cosetOf: [Int]
    /// `representative[c]` is the first element of N (in index order) in coset c.
    let representative: [Int]
    let identity: Int
    private let group: IndexedGroup

    var count: Int { representative.count }

    init(group: IndexedGroup, top: ElementSet, bottom: ElementSet) throws {
        guard bottom.members.allSatisfy(top.contains) else {
            throw WitnessError.invalidSeries("a member of order \(bottom.count) is not contained in the previous member (order \(top.count))")
        }
        var cosetOf = [Int](repeating: -1, count: group.order)
        var representative: [Int] = []
        for g in top.members where cosetOf[g] < 0 {
            let c = representative.count
            representative.append(g)
            for m in bottom.members {
                let h = group.product(g, m)
                guard top.contains(h), cosetOf[h] < 0 else {
                    throw WitnessError.invalidSeries("the member of order \(bottom.count) is not a subgroup of the member of order \(top.count)")
                }
                cosetOf[h] = c
            }
        }
        self.group = group
        self.cosetOf = cosetOf
        self.representative = representative
        self.identity = cosetOf[group.identity]
        try checkNormal(bottom)
        try checkAbelian(top: top.count, bottom: bottom.count)
    }

    /// Coset of rep(a) * rep(b); well defined because M is normal.
    func sum(_ a: Int, _ b: Int) -> Int {
        cosetOf[group.product(representative[a], representative[b])]
    }

    /// Order of coset c in N/M.
    func order(_ c: Int) -> Int {
        var k = 1, y = c
        while y != identity { y = sum(y, c); k += 1 }
        return k
    }

    /// Conjugating M by the coset representatives is enough: conjugation by M itself fixes M.
    private func checkNormal(_ bottom: ElementSet) throws {
        for r in representative {
            for m in bottom.members {
                let conj = group.product(group.product(group.inverses[r], m), r)
                guard bottom.contains(conj) else {
                    throw WitnessError.invalidSeries("the member of order \(bottom.count) is not normal in the previous member")
                }
            }
        }
    }

    /// N/M is abelian iff a generating set of cosets commutes pairwise; the generating set is
    /// picked greedily so the check costs about |N/M| log |N/M| products, not |N/M|^2.
    private func checkAbelian(top: Int, bottom: Int) throws {
        var inH = [Bool](repeating: false, count: count)
        inH[identity] = true
        var generators: [Int] = []
        for c in 0..<count where !inH[c] {
            generators.append(c)
            var frontier = (0..<count).filter { inH[$0] }
            while let x = frontier.popLast() {
                for g in generators {
                    let y = sum(x, g)
                    if !inH[y] { inH[y] = true; frontier.append(y) }
                }
            }
        }
        for (i, a) in generators.enumerated() {
            for b in generators[..<i] where sum(a, b) != sum(b, a) {
                throw WitnessError.invalidSeries("the factor of order \(top / bottom) (member of order \(top) over member of order \(bottom)) is not abelian")
            }
        }
    }
}
