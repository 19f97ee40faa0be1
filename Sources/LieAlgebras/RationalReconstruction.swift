import Exact

/// Chinese remaindering and rational reconstruction: the bridge from residues back to Q.
///
/// Reconstruction returns the unique a/b with |a|, b <= sqrt(m/2) congruent to u mod m, when one
/// exists. A wrong guess (modulus still too small) is caught by the exact verification that
/// every caller performs afterwards.
enum RationalReconstruction {
    /// Combines residues (u mod m) and (v mod p), p prime and coprime to m, into the residue mod m*p.
    static func combine(_ u: BigInt, modulus m: BigInt, _ v: UInt64, prime p: UInt64) -> BigInt {
        let field = PrimeField(p: p)
        let uModP = field.reduce(u)
        let mInv = field.inverse(field.reduce(m))
        let t = field.mul(field.sub(v, uModP), mInv)
        return u + m * BigInt(Int(t))
    }

    /// The rational with small numerator and denominator congruent to `u` modulo `m`, or nil.
    static func reconstruct(_ u: BigInt, modulus m: BigInt) -> Rational? {
        if u.isZero { return .zero }
        if let ui = u.intValue, let mi = m.intValue, mi < (1 << 62) { return reconstructSmall(ui, mi) }
        var r0 = m, r1 = u, t0 = BigInt.zero, t1 = BigInt.one
        // bound^2 <= m/2 < (bound+1)^2, found without square roots by comparing squares.
        let bound = integerSquareRoot(m / 2)
        while r1 > bound {
            guard let (q, r) = r0.quotientAndRemainder(dividingBy: r1) else { return nil }
            (r0, r1) = (r1, r)
            (t0, t1) = (t1, t0 - q * t1)
        }
        if t1.magnitude > bound || t1.isZero { return nil }
        guard let q = Rational(r1, t1), q.denominator == t1.magnitude else { return nil }
        return q
    }

    private static func reconstructSmall(_ u: Int, _ m: Int) -> Rational? {
        var r0 = m, r1 = u, t0 = 0, t1 = 1
        let bound = Int(integerSquareRoot(BigInt(m / 2)).intValue!)
        while r1 > bound {
            let q = r0 / r1
            (r0, r1) = (r1, r0 - q * r1)
            (t0, t1) = (t1, t0 - q * t1)
        }
        if abs(t1) > bound || t1 == 0 { return nil }
        guard let q = Rational(BigInt(r1), BigInt(t1)), q.denominator == BigInt(abs(t1)) else { return nil }
        return q
    }

    /// floor(sqrt(n)) for n >= 0, by Newton's iteration on integers.
    static func integerSquareRoot(_ n: BigInt) -> BigInt {
        if n.signum <= 0 { return .zero }
        if let v = n.intValue, v < (1 << 52) {
            var x = 1
            while x * x <= v { x *= 2 }
            var lo = x / 2, hi = x
            while hi - lo > 1 {
                let mid = (lo + hi) / 2
                if mid * mid <= v { lo = mid } else { hi = mid }
            }
            return BigInt(lo)
        }
        var x = n, y = (n + 1) / 2
        while y < x { x = y; y = (x + n / x) / 2 }
        return x
    }
}
