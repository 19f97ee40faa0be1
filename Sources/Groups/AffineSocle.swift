import Exact

/// The regular normal elementary abelian subgroup N = (C_p)^k of a primitive group Q of degree
/// p^k (affine type), and the action of Q on N by conjugation, whose kernel is C_Q(N) = N.
///
/// Search (seeded): for a random x in Q whose order is divisible by p, y = x^(|x|/p) has order
/// p; in an affine group y lies in N whenever the image of x in Q/N has order prime to p, which
/// is common. A candidate y must be fixed-point-free and commute with its conjugates by the
/// generators (N is abelian and regular); then its normal closure M is computed exactly. M is
/// accepted only if |M| = p^k and M is abelian and transitive: a normal subgroup of order m that
/// is transitive on m points is regular. Failing to find one proves nothing.
enum AffineSocle {
    /// The conjugation action of R (through `action`, whose image is Q) on the points of Q,
    /// identified with the elements of N (point b <-> the element of N taking 0 to b).
    /// nil if no regular normal (C_p)^k was found.
    static func conjugationAction(_ action: GroupAction, image q: PermutationGroup, prime p: Int,
                                  seed: UInt64, tries: Int = 200) -> GroupAction? {
        guard let socle = find(in: q, prime: p, seed: seed, tries: tries) else { return nil }
        let m = q.degree
        // element[b] is the element of N taking 0 to b (N is regular, so it is unique).
        var element = [[Int32]](repeating: [], count: m)
        for n in socle.elements() { element[Int(n.table[0])] = n.table }
        if element.contains(where: \.isEmpty) { return nil }
        // g^-1 n_b g takes 0 to g(n_b(g^-1(0))), i.e. it is n_{b'} for that image b'.
        let images = action.images.map { g -> [Int32] in
            let start = Int(inverseTable(g)[0])
            return (0..<m).map { b in g[Int(element[b][start])] }
        }
        return GroupAction(degree: m, images: images)
    }

    /// A regular normal elementary abelian p-subgroup of q, or nil.
    static func find(in q: PermutationGroup, prime p: Int, seed: UInt64, tries: Int) -> PermutationGroup? {
        let m = q.degree
        let gens = q.generatorTables
        if gens.isEmpty { return nil }
        var random = ProductReplacement(generators: gens, seed: seed)
        var rejected: [[Int32]] = []
        for _ in 0..<tries {
            let x = random.next()
            var order = ElementPowers.orderFactorization(x)
            guard let e = order[p] else { continue }
            order[p] = e - 1
            let y = ElementPowers.power(x, exponent: order)
            guard firstFixedPoint(y) == nil, commutesWithConjugates(y, gens), !rejected.contains(y) else { continue }
            let closure = NormalClosure.closure(of: [y], under: gens, degree: m, seed: seed &+ 7)
            if closure.order == BigInt(m), closure.isAbelian, closure.orbit(of: 0).count == m { return closure }
            rejected.append(y)
        }
        return nil
    }

    private static func firstFixedPoint(_ g: [Int32]) -> Int? {
        for i in 0..<g.count where g[i] == Int32(i) { return i }
        return nil
    }

    private static func commutesWithConjugates(_ y: [Int32], _ gens: [[Int32]]) -> Bool {
        gens.allSatisfy { g in
            let c = composeTables(composeTables(inverseTable(g), y), g)
            return composeTables(c, y) == composeTables(y, c)
        }
    }
}
