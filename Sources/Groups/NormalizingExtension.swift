/// Extending a chain for K to a chain for <K, x> when x normalizes K, without Schreier
/// generators (Sims' method for solvable groups).
///
/// If z normalizes K, z^p is in K for a prime p and z is not in K, then |<K, z>| = p |K|. Sift z
/// to the first level i where it fails: the residue z' still normalizes K, fixes b_0..b_{i-1}
/// and so normalizes the stabilizer K_i; it permutes the K_i-orbits and the orbit of b_i grows
/// from Delta to Delta u Delta z' u ... u Delta z'^(p-1), p times larger. Deeper levels are
/// unchanged and shallower orbits cannot grow (the product of orbit lengths is exactly
/// p |K|), so adding z' as a strong generator at level i gives an exact chain.
enum NormalizingExtension {
    /// Adds x to `chain`, where x normalizes the chain's group K; the cyclic quotient
    /// <K, x>/K is climbed one prime at a time. Returns false if x was already in K.
    /// `onStep` sees the chain after each prime-index step (for composition series).
    @discardableResult
    static func add(_ x: [Int32], to chain: StabilizerChain,
                    onStep: (StabilizerChain) -> Void = { _ in }) -> Bool {
        var residue = x
        let level = chain.sift(&residue)
        if level == chain.levels.count && isIdentityTable(residue) { return false }
        // The order of xK divides the order of x. For each prime p, the p-part of the order of xK
        // is the least p^f with x^(m p^f) in K (m: the rest of the order); the set of such f is
        // closed upwards, so f is found counting up, usually after one test (x^p in K).
        var order = ElementPowers.orderFactorization(x)
        for p in order.keys.sorted() {
            let e = order[p]!
            // x itself is not in K: for an element of prime-power order, f = 0 needs no test.
            for f in (order.count == 1 ? 1 : 0)..<e {
                var smaller = order
                smaller[p] = f
                if chain.contains(ElementPowers.power(x, exponent: smaller)) { order = smaller; break }
            }
        }
        // Climb: y_j = x^(m / (p_1 ... p_j)) has y_j^(p_j) = y_{j-1} in K, y_0 = x^m in K.
        var primes: [Int] = []
        for p in order.keys.sorted() { primes += Array(repeating: p, count: order[p]!) }
        if primes.count == 1 {
            // One prime step (the usual case): z = x, whose residue is already at hand.
            chain.addGenerator(residue, at: level, normalizing: true)
            onStep(chain)
            return true
        }
        var remaining = order
        for p in primes {
            remaining[p]! -= 1
            addPrimeStep(ElementPowers.power(x, exponent: remaining), to: chain)
            onStep(chain)
        }
        return true
    }

    /// Adds z with z normalizing K, z^p in K (p prime), z not in K.
    static func addPrimeStep(_ z: [Int32], to chain: StabilizerChain) {
        var h = z
        let level = chain.sift(&h)
        if level == chain.levels.count && isIdentityTable(h) { return }
        chain.addGenerator(h, at: level, normalizing: true)
    }
}
