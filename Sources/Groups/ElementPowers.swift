import Exact

/// Orders and powers of permutation tables through their cycles, so that orders beyond `Int`
/// (degree in the hundreds) never overflow: an order is kept as its prime factorization.
enum ElementPowers {
    /// The order of `g` as prime -> exponent (every prime is at most the degree).
    static func orderFactorization(_ g: [Int32]) -> [Int: Int] {
        var result: [Int: Int] = [:]
        var seenLength = [Bool](repeating: false, count: g.count + 1)
        for length in cycleLengths(g) where length > 1 && !seenLength[length] {
            seenLength[length] = true
            for (p, e) in NumberTheory.factorize(length) { result[p] = max(result[p] ?? 0, e) }
        }
        return result
    }

    /// g^e where e is given by its factorization; each cycle of length L turns by e mod L.
    static func power(_ g: [Int32], exponent: [Int: Int]) -> [Int32] {
        var result = g
        var seen = [Bool](repeating: false, count: g.count)
        var cycle: [Int32] = []
        // e mod l for each cycle length l met so far (-1: not yet computed).
        var shiftFor = [Int](repeating: -1, count: g.count + 1)
        for i in 0..<g.count where !seen[i] {
            cycle.removeAll(keepingCapacity: true)
            var p = i
            while !seen[p] { seen[p] = true; cycle.append(Int32(p)); p = Int(g[p]) }
            let l = cycle.count
            if l == 1 { continue }
            if shiftFor[l] < 0 {
                var shift = 1 % l
                for (prime, e) in exponent { for _ in 0..<e { shift = shift * prime % l } }
                shiftFor[l] = shift
            }
            let shift = shiftFor[l]
            for k in 0..<l { result[Int(cycle[k])] = cycle[(k + shift) % l] }
        }
        return result
    }

    /// g^(|g|/p), an element of order p, for a prime p dividing the order `order` of g (as
    /// `orderFactorization` gives it).
    static func primeOrderPower(_ g: [Int32], order: [Int: Int], prime p: Int) -> [Int32] {
        var exponent = order
        exponent[p]! -= 1
        return power(g, exponent: exponent)
    }

    /// g^k for a small non-negative integer k.
    static func power(_ g: [Int32], _ k: Int) -> [Int32] {
        power(g, exponent: NumberTheory.factorize(k))
    }
}
