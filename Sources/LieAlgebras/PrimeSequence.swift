/// Primes just below 2^28, in decreasing order, found by trial division (they are cheap to find and
/// large enough that an unlucky prime is rare).
struct PrimeSequence: Sequence, IteratorProtocol {
    private var candidate: UInt64 = 1 << 28

    mutating func next() -> PrimeField? {
        while candidate > 3 {
            candidate -= 1
            if PrimeSequence.isPrime(candidate) { return PrimeField(p: candidate) }
        }
        return nil
    }

    static func isPrime(_ n: UInt64) -> Bool {
        if n < 2 { return false }
        if n % 2 == 0 { return n == 2 }
        var d: UInt64 = 3
        while d * d <= n {
            if n % d == 0 { return false }
            d += 2
        }
        return true
    }
}
