/// Number theory on machine integers and small factors of `BigInt`s, in one place: primality,
/// factorisation by trial division, gcd, the primes dividing an order and p-adic valuations.
/// Arguments are degrees, cycle lengths, group orders or field sizes near 2^28, so trial division
/// is exact and fast enough. (n! and binomials are `BigInt.factorial` and `BigInt.binomial`.)
public enum NumberTheory {
    /// Whether n is prime (trial division; exact for every UInt64, fast below about 2^40).
    public static func isPrime(_ n: UInt64) -> Bool {
        if n < 2 { return false }
        if n % 2 == 0 { return n == 2 }
        var d: UInt64 = 3
        while d <= n / d {
            if n % d == 0 { return false }
            d += 2
        }
        return true
    }

    /// Whether n is prime (false for n < 2).
    public static func isPrime(_ n: Int) -> Bool { n >= 2 && isPrime(UInt64(n)) }

    /// Whether n is prime; false also when n does not fit in an Int (not decided, never needed:
    /// the prime orders Tower meets are at most a permutation degree).
    public static func isPrime(_ n: BigInt) -> Bool { n.intValue.map { isPrime($0) } ?? false }

    /// The prime factorisation of n >= 1 by trial division: prime -> exponent.
    public static func factorize(_ n: Int) -> [Int: Int] {
        var result: [Int: Int] = [:]
        var m = n
        var d = 2
        while d <= m / d {
            while m % d == 0 { result[d, default: 0] += 1; m /= d }
            d += 1
        }
        if m > 1 { result[m, default: 0] += 1 }
        return result
    }

    /// Greatest common divisor of two machine integers, non-negative; gcd(0, 0) = 0.
    public static func gcd(_ a: Int, _ b: Int) -> Int {
        var (x, y) = (a.magnitude, b.magnitude)
        while y != 0 { (x, y) = (y, x % y) }
        return Int(x)
    }

    /// The primes p <= max(bound, 2) dividing n, increasing (every prime dividing the order of a
    /// subgroup of S_bound is at most bound).
    public static func primeDivisors(_ n: BigInt, bound: Int) -> [Int] {
        var result: [Int] = []
        var m = n
        var p = 2
        while p <= max(bound, 2), m != .one {
            if (m % BigInt(p)).isZero {
                result.append(p)
                while (m % BigInt(p)).isZero { m = m / BigInt(p) }
            }
            p += 1
        }
        return result
    }

    /// The exponent of p in n (0 for n = 0).
    public static func pAdicValuation(_ n: BigInt, _ p: Int) -> Int {
        var m = n
        var v = 0
        let bp = BigInt(p)
        while !m.isZero, (m % bp).isZero { m = m / bp; v += 1 }
        return v
    }
}
