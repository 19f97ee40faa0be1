import Exact

/// Finds an exact reduced row echelon form over Q from echelon forms modulo several primes.
///
/// `residueEchelon` computes, for one prime, the reduced echelon form of the reductions of the
/// object in question (a span, an ad-closure). Primes whose rank is lower, or whose pivot columns
/// come later, than the best seen so far are unlucky and dropped. The residues of the best primes
/// are combined by Chinese remaindering and lifted to Q by rational reconstruction; the caller's
/// `verify` then decides over Q whether the lifted rows are the answer. When no candidate verifies
/// within `maxPrimes` primes, the result is nil and the caller falls back to elimination over Q.
enum MultiModularEchelon {
    static func solve(
        length: Int,
        maxPrimes: Int = 12,
        residueEchelon: (PrimeField) -> (rows: [[UInt64]], pivots: [Int])?,
        verify: ([[Rational]], [Int]) -> Bool
    ) -> (rows: [[Rational]], pivots: [Int])? {
        var bestPivots: [Int]? = nil
        var residues: [[BigInt]] = []
        var modulus = BigInt.one
        var tried = 0
        for field in PrimeSequence() {
            tried += 1
            if tried > maxPrimes { return nil }
            guard let (rows, pivots) = residueEchelon(field) else { continue }
            if let best = bestPivots {
                if isWorse(pivots, than: best) { continue }
                if isWorse(best, than: pivots) { bestPivots = nil }
            }
            if bestPivots == nil {
                bestPivots = pivots
                residues = rows.map { $0.map { BigInt(Int($0)) } }
                modulus = BigInt(Int(field.p))
            } else {
                for i in residues.indices {
                    for j in 0..<length where !(residues[i][j].isZero && rows[i][j] == 0) {
                        residues[i][j] = RationalReconstruction.combine(residues[i][j], modulus: modulus, rows[i][j], prime: field.p)
                    }
                }
                modulus = modulus * BigInt(Int(field.p))
            }
            guard let lifted = lift(residues, modulus: modulus) else { continue }
            if verify(lifted, pivots) { return (lifted, pivots) }
        }
        return nil
    }

    /// A rank lower than, or equal rank with pivot columns lexicographically after, the other's.
    static func isWorse(_ a: [Int], than b: [Int]) -> Bool {
        if a.count != b.count { return a.count < b.count }
        for (x, y) in zip(a, b) where x != y { return x > y }
        return false
    }

    private static func lift(_ residues: [[BigInt]], modulus: BigInt) -> [[Rational]]? {
        var out: [[Rational]] = []
        out.reserveCapacity(residues.count)
        for row in residues {
            var r = [Rational](repeating: .zero, count: row.count)
            for j in row.indices where !row[j].isZero {
                guard let q = RationalReconstruction.reconstruct(row[j], modulus: modulus) else { return nil }
                r[j] = q
            }
            out.append(r)
        }
        return out
    }
}
