import Exact

/// Proves that a group is A_n or S_n without a stabilizer chain.
///
/// Jordan (1873): a primitive group of degree n containing a p-cycle for a prime p <= n - 3 is
/// A_n or S_n. An element with a cycle of prime length p, n/2 < p < n - 2, yields a p-cycle as a
/// power (all its other cycles are shorter than p, hence of length prime to p). Such elements
/// are common in giants (about log 2 / log n of them), so a seeded search finds one quickly;
/// finding one is a proof, failing to find one proves nothing and the caller falls back to
/// Schreier-Sims. The giant is S_n iff some generator is odd.
enum GiantRecognition {
    struct Giant {
        let isAlternating: Bool
        let order: BigInt
    }

    static func recognize(_ gens: [[Int32]], degree n: Int, seed: UInt64, tries: Int = 120) -> Giant? {
        guard n >= 8, !gens.isEmpty else { return nil }
        guard orbitTables(of: 0, generators: gens, degree: n).count == n else { return nil }
        // A transitive abelian group is regular (order n), never a giant for n >= 8. Checked
        // for a few generators (pairs of them), which spares the random search below, costly at
        // large degree: C1000000 spent 30 s in it.
        if gens.count <= 8, tablesCommute(gens) { return nil }
        guard hasJordanElement(gens, degree: n, seed: seed, tries: tries) else { return nil }
        // Exact primitivity (Atkinson's block closure).
        guard BlockSystem.isPrimitive(generators: gens, degree: n) else { return nil }
        let alternating = gens.allSatisfy { tableSign($0) == 1 }
        let full = BigInt.factorial(n)!
        return Giant(isAlternating: alternating, order: alternating ? full / BigInt(2) : full)
    }

    static func hasJordanElement(_ gens: [[Int32]], degree n: Int, seed: UInt64, tries: Int) -> Bool {
        var isJordanPrime = [Bool](repeating: false, count: n + 1)
        for p in (n / 2 + 1)..<max(n / 2 + 1, n - 2) where NumberTheory.isPrime(p) { isJordanPrime[p] = true }
        if !isJordanPrime.contains(true) { return false }
        // Sparse generators (3-cycles, say) need about n/4 factors before a product moves half
        // the points, so the warm-up grows with the degree (measured: A150 and A200 from the
        // strong generators of a chain were missed with 60, found with 3n; capped, since past it
        // a miss only means the Schreier-Sims fallback).
        var random = ProductReplacement(generators: gens, seed: seed, warmUp: 60 + min(3 * n, 3000))
        for _ in 0..<tries {
            let g = random.next()
            if cycleLengths(g).contains(where: { isJordanPrime[$0] }) { return true }
        }
        return false
    }
}
