import Exact

/// Primes just below 2^28, in decreasing order, found by trial division (they are cheap to find and
/// large enough that an unlucky prime is rare).
struct PrimeSequence: Sequence, IteratorProtocol {
    private var candidate: UInt64 = 1 << 28

    mutating func next() -> PrimeField? {
        while candidate > 3 {
            candidate -= 1
            if NumberTheory.isPrime(candidate) { return PrimeField(p: candidate) }
        }
        return nil
    }

}
