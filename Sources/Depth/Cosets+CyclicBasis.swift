/// One generator of a cyclic factor of N/M: a coset and its order.
struct CyclicFactor {
    let coset: Int
    let order: Int
}

extension Cosets {
    /// Invariant-factor basis: generators with orders n_1 | n_2 | ... | n_r, such that every coset
    /// is uniquely a sum of multiples of them (the caller verifies uniqueness on all cosets).
    func invariantFactorBasis() throws -> [CyclicFactor] {
        var perPrime: [[CyclicFactor]] = []
        for p in primeFactors(of: count) {
            perPrime.append(try primaryBasis(p))
        }
        // The i-th largest primary factor of every prime combine into one cyclic factor: elements
        // of coprime orders sum to an element whose order is the product.
        let rank = perPrime.map(\.count).max() ?? 0
        var factors: [CyclicFactor] = []
        for i in 0..<rank {
            var coset = identity, order = 1
            for basis in perPrime where i < basis.count {
                coset = sum(coset, basis[i].coset)
                order *= basis[i].order
            }
            factors.append(CyclicFactor(coset: coset, order: order))
        }
        return factors.reversed()
    }

    /// Basis of the Sylow p-part, largest order first. Greedy: take the element of largest order
    /// modulo the span H so far, then a lift of the same order (one exists for abelian p-groups);
    /// its cyclic group meets H trivially, so H grows as a direct sum.
    private func primaryBasis(_ p: Int) throws -> [CyclicFactor] {
        let sylow = (0..<count).filter { isPower(order($0), of: p) }
        var inH = [Bool](repeating: false, count: count)
        inH[identity] = true
        var span = [identity]
        var basis: [CyclicFactor] = []
        while span.count < sylow.count {
            var best = identity, bestOrder = 1
            for x in sylow {
                var k = 1, y = x
                while !inH[y] { y = sum(y, x); k += 1 }
                if k > bestOrder { best = x; bestOrder = k }
            }
            guard let lift = span.lazy.map({ sum(best, $0) }).first(where: { order($0) == bestOrder }) else {
                throw WitnessError.invalidSeries("internal: no lift of order \(bestOrder) in the \(p)-part of a factor of order \(count)")
            }
            basis.append(CyclicFactor(coset: lift, order: bestOrder))
            var grown: [Int] = []
            var multiple = identity
            for _ in 0..<bestOrder {
                for h in span { grown.append(sum(h, multiple)) }
                multiple = sum(multiple, lift)
            }
            for y in grown { inH[y] = true }
            span = grown
        }
        return basis
    }
}

/// Distinct prime factors, ascending.
func primeFactors(of n: Int) -> [Int] {
    var primes: [Int] = [], m = n, p = 2
    while p * p <= m {
        if m % p == 0 {
            primes.append(p)
            while m % p == 0 { m /= p }
        }
        p += 1
    }
    if m > 1 { primes.append(m) }
    return primes
}

private func isPower(_ n: Int, of p: Int) -> Bool {
    var m = n
    while m % p == 0 { m /= p }
    return m == 1
}
