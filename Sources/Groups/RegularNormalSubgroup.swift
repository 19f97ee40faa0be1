import Exact

/// A regular normal subgroup M of a primitive group Q, and the action of Q on M by
/// conjugation, whose kernel is the centralizer C_Q(M). Two O'Nan–Scott types have one:
/// affine (M = (C_p)^k, abelian, C_Q(M) = M) and holomorph of a simple group (Q = T x T on
/// |T| points, both factors regular and normal, C_Q(T_1) = T_2). In both the conjugation image
/// is a proper quotient of Q, so the search for a simple quotient makes progress.
///
/// Search (seeded): for a random x in Q and a prime p dividing its order, y = x^(|x|/p) has
/// order p; it lies in M often (in the affine case whenever the image of x in Q/M has order
/// prime to p; in T x T whenever the T_2-part of x has order prime to p). A candidate must be
/// fixed-point-free (M is regular), and for an abelian M commute with its conjugates by the
/// generators; then its normal closure M is computed exactly and accepted only if |M| equals
/// the degree and M is transitive: a transitive subgroup of order m on m points is regular.
/// Failing to find one proves nothing.
enum RegularNormalSubgroup {
    /// The conjugation action of R (through `action`, whose image is Q) on the points of Q,
    /// identified with the elements of M (point b <-> the element of M taking 0 to b); nil if
    /// no regular normal subgroup was found. `prime`, when given, is the only prime tried;
    /// `abelian` restricts the search to abelian M.
    static func conjugationAction(_ action: GroupAction, prime: Int?, abelian: Bool, seed: UInt64,
                                  tries: Int = 200) -> GroupAction? {
        let q = action.image
        guard let m = find(in: q, prime: prime, abelian: abelian, seed: seed, tries: tries) else { return nil }
        let n = q.degree
        // element[b] is the element of M taking 0 to b (M is regular, so it is unique).
        var element = [[Int32]](repeating: [], count: n)
        for x in m.elements() { element[Int(x.table[0])] = x.table }
        if element.contains(where: \.isEmpty) { return nil }
        // g^-1 m_b g takes 0 to g(m_b(g^-1(0))): it is m_b' for that image b'.
        let images = action.images.map { g -> [Int32] in
            let start = Int(inverseTable(g)[0])
            return (0..<n).map { b in g[Int(element[b][start])] }
        }
        return GroupAction(degree: n, images: images)
    }

    /// A regular normal subgroup of q (abelian if asked), or nil.
    static func find(in q: PermutationGroup, prime: Int?, abelian: Bool, seed: UInt64, tries: Int) -> PermutationGroup? {
        let gens = q.generatorTables
        if gens.isEmpty { return nil }
        var test = CandidateTest(generators: gens, degree: q.degree, abelian: abelian, seed: seed)
        var random = ProductReplacement(generators: gens, seed: seed)
        for _ in 0..<tries where test.closures < maximumClosures {
            let x = random.next()
            let order = ElementPowers.orderFactorization(x)
            for p in order.keys.sorted() where prime == nil || p == prime {
                if let m = test.check(ElementPowers.primeOrderPower(x, order: order, prime: p)) { return m }
            }
        }
        return abelian ? fromCentralCommutators(q, test: &test, seed: seed &+ 3, tries: tries) : nil
    }

    /// Affine Q = N : Q_0 where few elements of Q_0 have the eigenvalue 1 (Q_0 = SL(2, p), p odd):
    /// random powers rarely land in N. But for z central in the point stabilizer Q_0 (it acts as
    /// a scalar) and any g in Q, [g, z] maps to [gN, zN] = 1 in Q/N = Q_0, so it lies in N.
    /// Central elements are found as prime-order powers of random elements of Q_0 that commute
    /// with Q_0's generators (exact check); a perfect Q_0 inside SL(2, p) contains -1.
    private static func fromCentralCommutators(_ q: PermutationGroup, test: inout CandidateTest, seed: UInt64,
                                               tries: Int) -> PermutationGroup? {
        let stabilizer = q.stabilizer(of: 0).generatorTables
        if stabilizer.isEmpty { return nil }
        var randomStabilizer = ProductReplacement(generators: stabilizer, seed: seed)
        var random = ProductReplacement(generators: q.generatorTables, seed: seed &+ 1)
        var central: Set<[Int32]> = []
        test.closures = 0
        for _ in 0..<tries where test.closures < maximumClosures {
            let h = randomStabilizer.next()
            let order = ElementPowers.orderFactorization(h)
            for r in order.keys.sorted() {
                let z = ElementPowers.primeOrderPower(h, order: order, prime: r)
                guard !central.contains(z), stabilizer.allSatisfy({ composeTables($0, z) == composeTables(z, $0) })
                else { continue }
                central.insert(z)
                for _ in 0..<4 {
                    if let m = test.check(commutatorTable(random.next(), z)) { return m }
                }
            }
        }
        return nil
    }

    /// Each rejected candidate costs an exact normal closure (often all of Q): a few dozen at
    /// most per kind of candidate.
    static let maximumClosures = 16

    /// Accepts a candidate y when its normal closure is a regular normal subgroup.
    private struct CandidateTest {
        let generators: [[Int32]]
        let degree: Int
        let abelian: Bool
        let seed: UInt64
        var rejected: Set<[Int32]> = []
        var closures = 0

        init(generators: [[Int32]], degree: Int, abelian: Bool, seed: UInt64) {
            self.generators = generators
            self.degree = degree
            self.abelian = abelian
            self.seed = seed
        }

        mutating func check(_ y: [Int32]) -> PermutationGroup? {
            guard !isIdentityTable(y), !hasFixedPoint(y), !rejected.contains(y) else { return nil }
            if abelian && !commutesWithConjugates(y, generators) { return nil }
            closures += 1
            let closure = NormalClosure.closure(of: [y], under: generators, degree: degree, seed: seed &+ 7)
            if closure.order == BigInt(degree), closure.orbit(of: 0).count == degree, !abelian || closure.isAbelian {
                return closure
            }
            rejected.insert(y)
            return nil
        }
    }

    private static func hasFixedPoint(_ g: [Int32]) -> Bool {
        for i in 0..<g.count where g[i] == Int32(i) { return true }
        return false
    }

    private static func commutesWithConjugates(_ y: [Int32], _ gens: [[Int32]]) -> Bool {
        gens.allSatisfy { g in
            let c = conjugateTable(y, by: g, inverse: inverseTable(g))
            return composeTables(c, y) == composeTables(y, c)
        }
    }
}
