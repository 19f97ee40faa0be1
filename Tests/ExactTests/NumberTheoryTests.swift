import Testing
@testable import Exact

/// Primality against a sieve of Eratosthenes: 1229 primes below 10,000 (a known count).
@Test func isPrimeAgreesWithASieveBelowTenThousand() {
    var composite = [Bool](repeating: false, count: 10_000)
    composite[0] = true; composite[1] = true
    for p in 2..<100 where !composite[p] { for m in stride(from: p * p, to: 10_000, by: p) { composite[m] = true } }
    #expect(composite.filter { !$0 }.count == 1229)
    for n in 0..<10_000 {
        #expect(NumberTheory.isPrime(n) == !composite[n], "\(n)")
        #expect(NumberTheory.isPrime(UInt64(n)) == !composite[n], "\(n)")
    }
    #expect(!NumberTheory.isPrime(-7))
}

@Test func isPrimeNearTheLimitsOfItsUses() {
    // 2^28 - 57 is the largest prime below 2^28 (the prime fields of LieAlgebras); 2^31 - 1 is a
    // Mersenne prime; 2^32 + 1 = 641 x 6700417.
    #expect(NumberTheory.isPrime(UInt64((1 << 28) - 57)))
    #expect(!((1 << 28) - 56..<(1 << 28)).contains { NumberTheory.isPrime(UInt64($0)) })
    #expect(NumberTheory.isPrime(2_147_483_647))
    #expect(!NumberTheory.isPrime(4_294_967_297))
    #expect(NumberTheory.isPrime(BigInt(7)))
    #expect(!NumberTheory.isPrime(BigInt(60)))
    // Beyond Int: not decided, reported as not prime.
    #expect(!NumberTheory.isPrime(BigInt(1) << 100))
}

@Test func factorizeGcdAndValuations() {
    #expect(NumberTheory.factorize(1) == [:])
    #expect(NumberTheory.factorize(360) == [2: 3, 3: 2, 5: 1])
    #expect(NumberTheory.factorize(97) == [97: 1])
    #expect(NumberTheory.factorize(2 * 4_294_967_311) == [2: 1, 4_294_967_311: 1])
    #expect(NumberTheory.gcd(12, -18) == 6)
    #expect(NumberTheory.gcd(0, 0) == 0)
    #expect(NumberTheory.primeDivisors(BigInt.factorial(10)!, bound: 10) == [2, 3, 5, 7])
    #expect(NumberTheory.primeDivisors(BigInt(1), bound: 10) == [])
    #expect(NumberTheory.pAdicValuation(BigInt.factorial(10)!, 2) == 8)
    #expect(NumberTheory.pAdicValuation(BigInt(0), 3) == 0)
}
