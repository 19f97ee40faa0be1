import Exact

/// Deciding, by proof, whether a perfect primitive permutation group is simple.
///
/// The O'Nan–Scott theorem (in the form of Liebeck, Praeger and Saxl, "On the O'Nan-Scott
/// theorem for finite primitive permutation groups", J. Austral. Math. Soc. 44 (1988); see also
/// Dixon and Mortimer, "Permutation Groups", ch. 4) sorts a primitive group Q of degree m, with
/// socle N, into eight types. Let Q be perfect, Q_a a point stabilizer, T a non-abelian simple
/// group. The image of Q in any symmetric group is perfect, and a transitive perfect subgroup
/// of S_k exists only for k = 1 or k >= 5; this bounds the number k of simple factors of N
/// that Q permutes transitively.
/// - AS, almost simple: T <= Q <= Aut(T). Q/T embeds in Out(T), which is solvable (Schreier's
///   conjecture, a consequence of the classification), so a perfect Q equals T: Q is simple.
/// - HA, affine: N = (C_p)^k regular, m = p^k, Q_a isomorphic to Q/N inside GL(k, p). Q perfect
///   forces Q_a perfect, k >= 2 (GL(1, p) is abelian), and |Q_a| divides |GL(k, p)|.
/// - HS, holomorph of T: N = T x T, m = |T|; Q/N embeds in Out(T), so a perfect Q is T x T:
///   |Q| = m^2, Q_a = diagonal T is perfect.
/// - SD, CD, HC, TW (diagonal, compound, twisted wreath): Q permutes k >= 2 factors of N
///   transitively, so k >= 5, and m >= |T|^4 >= 60^4.
/// - PA, product action: Q <= H wr S_k on m = a^k points, H almost simple primitive of degree
///   a >= 5, and Q transitive on the k >= 2 factors: k >= 5, so m = a^k with a, k >= 5.
/// In HS, SD, CD, HC and TW, m is a power of |T|: 4 divides it (a non-abelian simple group has
/// order divisible by 4: even by Feit–Thompson, and a cyclic Sylow 2-subgroup would give a
/// normal 2-complement) and it has at least 3 prime divisors (Burnside's p^a q^b theorem); and
/// N_a is a product of diagonal copies of T with Q_a / N_a isomorphic to Q/N, so Q_a is perfect.
/// Hence Q is simple as soon as the degree, |Q| and Q_a exclude every type but AS. A natural
/// A_m (order m!/2 inside S_m, or recognized by Jordan's theorem) is simple for m >= 5.
enum PrimitiveSimplicity {
    enum Verdict {
        /// Simple, with the argument in words.
        case simple(String)
        /// Only the affine type is not excluded: look for a regular normal (C_p)^k.
        case affinePossible(prime: Int, exponent: Int)
        /// Only the holomorph type T x T (on |T| points) is not excluded: look for a regular
        /// normal T.
        case holomorphPossible
        /// Neither simple by these arguments nor of a type with a regular normal subgroup.
        case undecided(String)
    }

    /// `q` must be perfect, non-trivial and primitive on all its `degree` points.
    static func verdict(for q: PermutationGroup) -> Verdict {
        let m = q.degree
        if q.structure.isAlternatingGiant { return .simple("A\(m) (recognized by Jordan's theorem)") }
        if m >= 5, isHalfFactorial(q.order, m) { return .simple("A\(m) (order \(m)!/2)") }
        let primes = NumberTheory.factorize(m)
        let productAction = isHighPower(m)
        let affine: (prime: Int, exponent: Int)? = primes.count == 1 && primes.first!.value >= 2
            ? (primes.first!.key, primes.first!.value) : nil
        let simpleOrderPower = m % 4 == 0 && primes.count >= 3
        let holomorph = simpleOrderPower && q.order == BigInt(m) * BigInt(m)
        let largeDiagonal = simpleOrderPower && m >= 60 * 60 * 60 * 60
        if !productAction && affine == nil && !holomorph && !largeDiagonal {
            return .simple("primitive of degree \(m) and order \(q.order) (O'Nan-Scott: only the almost simple"
                           + " type fits): perfect and almost simple")
        }
        if productAction {
            return .undecided("primitive of degree \(m) = a^k with a, k >= 5: product action not excluded")
        }
        let stabilizer = q.stabilizer(of: 0)
        let stabilizerIsPerfect = stabilizer.isTrivial || stabilizer.derivedSubgroup.order == stabilizer.order
        if !stabilizerIsPerfect {
            return .simple("primitive of degree \(m) with a non-perfect point stabilizer (O'Nan-Scott: only the"
                           + " almost simple type fits): perfect and almost simple")
        }
        if let (p, k) = affine {
            if generalLinearOrder(k, p) % stabilizer.order == .zero { return .affinePossible(prime: p, exponent: k) }
            return .simple("primitive of degree \(p)^\(k) whose point stabilizer order does not divide"
                           + " |GL(\(k),\(p))| (O'Nan-Scott): perfect and almost simple")
        }
        if holomorph { return .holomorphPossible }
        return .undecided("primitive of degree \(m) >= 60^4 with a perfect point stabilizer: diagonal or"
                          + " twisted wreath type not excluded")
    }

    /// Whether order = m!/2, multiplying up only while the product stays below 2 order (a
    /// primitive group of large degree is usually far smaller than A_m; m! itself is never built).
    static func isHalfFactorial(_ order: BigInt, _ m: Int) -> Bool {
        let target = order * BigInt(2)
        var product = BigInt.one
        for k in 2...max(2, m) {
            product *= BigInt(k)
            if product > target { return false }
        }
        return product == target
    }

    /// Whether m = a^k for some a >= 5, k >= 5.
    static func isHighPower(_ m: Int) -> Bool {
        var k = 5
        while true {
            let a = integerRoot(m, k)
            if a < 5 { return false }
            if power(a, k) == m { return true }
            k += 1
        }
    }

    /// |GL(k, p)| = (p^k - 1)(p^k - p) ... (p^k - p^(k-1)).
    static func generalLinearOrder(_ k: Int, _ p: Int) -> BigInt {
        let q = BigInt(p)
        let pk = q.power(k)
        var result = BigInt.one
        var pi = BigInt.one
        for _ in 0..<k {
            result *= pk - pi
            pi *= q
        }
        return result
    }

    /// floor(m^(1/k)) for m >= 1, by integer search (no floating point).
    private static func integerRoot(_ m: Int, _ k: Int) -> Int {
        var lo = 1, hi = 1
        while power(hi, k) <= m { hi *= 2 }
        while hi - lo > 1 {
            let mid = (lo + hi) / 2
            if power(mid, k) <= m { lo = mid } else { hi = mid }
        }
        return lo
    }

    /// a^k, saturating at Int.max.
    private static func power(_ a: Int, _ k: Int) -> Int {
        var r = 1
        for _ in 0..<k {
            let (p, overflow) = r.multipliedReportingOverflow(by: a)
            if overflow { return Int.max }
            r = p
        }
        return r
    }
}
