import Exact

extension PermutationGroup {
    /// The normal closure of `self` in `g`: the smallest normal subgroup of <self, g> containing
    /// self (GAP's NormalClosure(g, self)).
    public func normalClosure(in g: PermutationGroup) -> PermutationGroup {
        let n = max(degree, g.degree)
        return NormalClosure.closure(of: generators.map { $0.extended(to: n).table },
                                     under: g.generators.map { $0.extended(to: n).table } + generators.map {
                                         $0.extended(to: n).table
                                     }, degree: n, seed: 0xC105)
    }

    /// [H, K] = <[h, k] : h in H, k in K>; it is normal in <H, K>, so it is the normal closure
    /// there of the commutators of generators.
    public func commutatorSubgroup(_ other: PermutationGroup) -> PermutationGroup {
        commutatorSubgroup(other, knownToLieIn: other === self ? self : nil)
    }

    /// [H, K], where `container` (if given) is known to contain it, e.g. H itself when K
    /// normalizes H; its order lets the random chain stop early with an exact answer.
    func commutatorSubgroup(_ other: PermutationGroup, knownToLieIn container: PermutationGroup?) -> PermutationGroup {
        if other === self, structure.isGiant { return giantDerivedSubgroup() }
        if degree == other.degree, degree >= 5, structure.isGiant, other.structure.isGiant {
            return PermutationGroup.alternating(degree: degree)
        }
        let n = max(degree, other.degree)
        let h = generators.map { $0.extended(to: n).table }
        let k = other.generators.map { $0.extended(to: n).table }
        if let product = DisjointFactors.commutatorSubgroup(h, k, same: other === self, degree: n) {
            // Its order is known without a chain: the container (with its structure) when equal.
            if let container, product.order == container.order { return container }
            return product
        }
        var seeds: [[Int32]] = []
        for a in h { for b in k { seeds.append(commutatorTable(a, b)) } }
        let result = NormalClosure.closure(of: seeds, under: h + k, degree: n, seed: 0xD3A1,
                                           ambientOrder: container.map(\.evenPartOrder))
        // Equal to its container: hand back the container, which has fewer generators and a chain.
        if let container, result.order == container.order { return container }
        return result
    }

    /// The order of the even permutations in the group: commutators are even, so any [H, K]
    /// inside this group lies in this (index 1 or 2) subgroup. A random chain reaching it is exact.
    var evenPartOrder: BigInt {
        generatorTables.contains { tableSign($0) == -1 } ? order / BigInt(2) : order
    }

    /// [G, G]; for a recognized S_n or A_n (n >= 5) it is A_n, known without computation.
    public var derivedSubgroup: PermutationGroup { commutatorSubgroup(self) }

    private func giantDerivedSubgroup() -> PermutationGroup {
        if structure.isAlternatingGiant { return self }
        return PermutationGroup.alternating(degree: degree)
    }

    /// A_n on n points, from the standard generators (1,2,3) and an (n-1)- or n-cycle.
    static func alternating(degree n: Int) -> PermutationGroup {
        guard n >= 3 else { return PermutationGroup(tables: [], degree: n) }
        var three = (0..<Int32(n)).map { $0 }
        three[0] = 1; three[1] = 2; three[2] = 0
        var long = (0..<Int32(n)).map { $0 }
        let start = n % 2 == 1 ? 0 : 1
        for i in start..<n { long[i] = Int32(i + 1 == n ? start : i + 1) }
        return PermutationGroup(tables: [three, long], degree: n, hint: n >= 5 ? .alternating : nil)
    }
}
