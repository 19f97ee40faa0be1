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
        guard hasJordanElement(gens, degree: n, seed: seed, tries: tries) else { return nil }
        guard isPrimitive(gens, degree: n) else { return nil }
        let alternating = gens.allSatisfy { tableSign($0) == 1 }
        let full = factorial(n)
        return Giant(isAlternating: alternating, order: alternating ? full / BigInt(2) : full)
    }

    static func hasJordanElement(_ gens: [[Int32]], degree n: Int, seed: UInt64, tries: Int) -> Bool {
        var isJordanPrime = [Bool](repeating: false, count: n + 1)
        for p in (n / 2 + 1)..<max(n / 2 + 1, n - 2) where isPrime(p) { isJordanPrime[p] = true }
        if !isJordanPrime.contains(true) { return false }
        var random = ProductReplacement(generators: gens, seed: seed)
        for _ in 0..<tries {
            let g = random.next()
            if cycleLengths(g).contains(where: { isJordanPrime[$0] }) { return true }
        }
        return false
    }

    /// A transitive group is primitive iff for every point a != 0 the smallest block system
    /// joining 0 and a is trivial (Atkinson's union-find closure).
    static func isPrimitive(_ gens: [[Int32]], degree n: Int) -> Bool {
        for a in 1..<n where minimalBlockIsWhole(0, a, gens, n) == false { return false }
        return true
    }

    private static func minimalBlockIsWhole(_ a: Int, _ b: Int, _ gens: [[Int32]], _ n: Int) -> Bool {
        var parent = (0..<n).map { $0 }
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        var queue: [(Int, Int)] = [(a, b)]
        parent[find(b)] = find(a)
        var classes = n - 1
        while let (x, y) = queue.popLast() {
            for g in gens {
                let gx = find(Int(g[x])), gy = find(Int(g[y]))
                if gx != gy {
                    parent[gy] = gx
                    classes -= 1
                    if classes == 1 { return true }
                    queue.append((Int(g[x]), Int(g[y])))
                }
            }
        }
        return classes == 1
    }
}

func isPrime(_ p: Int) -> Bool {
    if p < 2 { return false }
    var d = 2
    while d * d <= p { if p % d == 0 { return false }; d += 1 }
    return true
}

func cycleLengths(_ g: [Int32]) -> [Int] {
    var seen = [Bool](repeating: false, count: g.count)
    var lengths: [Int] = []
    for i in 0..<g.count where !seen[i] {
        var l = 0
        var p = i
        while !seen[p] { seen[p] = true; p = Int(g[p]); l += 1 }
        lengths.append(l)
    }
    return lengths
}
