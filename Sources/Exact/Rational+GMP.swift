import CGMP

// Rational addition and multiplication for parts that do not all fit in a word. They follow GMP's own
// mpq_add/mpq_mul (gcds of the denominators first), and like them keep every intermediate (gcds,
// cofactors, the unreduced numerator) in temporary mpz_t's on the stack, so that only the final
// numerator and denominator are allocated: a fresh box per intermediate was about half of Tower's
// overhead over mpq_t in a 200x200 elimination (docs/performance-exact.md). The temporaries follow the rule of `GMPInteger`: each has room
// for the largest result GMP may write into it, so GMP never tries to reallocate them.
extension Rational {
    /// an/ad ± bn/bd (subtracting when `negate`, so a large `bn` needs no negated copy).
    @usableFromInline static func bigSum(_ an: BigInt, _ ad: BigInt, _ bn: BigInt, _ bd: BigInt, negate: Bool = false) -> Rational {
        if ad == bd {
            let n = negate ? an - bn : an + bn
            if ad.intValue == 1 { return Rational(canonicalNumerator: n, denominator: ad) }
            if n.isZero { return .zero }
            let g = BigInt.gcd(n, ad)
            return Rational(canonicalNumerator: n.dividedExactly(by: g), denominator: ad.dividedExactly(by: g))
        }
        let (la, lb) = (ad.limbCount, bd.limbCount)
        let small = Swift.min(la, lb) + 2
        let numeratorLimbs = Swift.max(an.limbCount + lb, bn.limbCount + la) + 2
        return withTemporaryMPZ(limbs: (small, la + 2, lb + 2, numeratorLimbs, small)) { z in
            let (g, s, t, n, g2) = (z, z + 1, z + 2, z + 3, z + 4)
            ad.withMPZ { x in bd.withMPZ { y in __gmpz_gcd(g, x, y) } }
            if __gmpz_cmp_ui(g, 1) == 0 {
                // Coprime denominators: the result is already in lowest terms.
                return Rational(canonicalNumerator: BigInt.sumOfProducts(an, bd, bn, ad, subtracting: negate), denominator: ad * bd)
            }
            ad.withMPZ { __gmpz_divexact(s, $0, g) }
            bd.withMPZ { __gmpz_divexact(t, $0, g) }
            an.withMPZ { __gmpz_mul(n, $0, t) }
            bn.withMPZ { negate ? __gmpz_submul(n, $0, s) : __gmpz_addmul(n, $0, s) }
            if n.pointee._mp_size == 0 { return .zero }
            __gmpz_gcd(g2, n, g)  // gcd(n, ad*bd/g) = gcd(n, g) for reduced inputs
            if __gmpz_cmp_ui(g2, 1) == 0 {
                let d = bd.withMPZ { y in BigInt.make(limbs: Int(s.pointee._mp_size) + lb) { __gmpz_mul($0, s, y) } }
                return Rational(canonicalNumerator: BigInt(copying: n), denominator: d)
            }
            let num = BigInt.make(limbs: Int(n.pointee._mp_size.magnitude) + 1) { __gmpz_divexact($0, n, g2) }
            bd.withMPZ { __gmpz_divexact(t, $0, g2) }  // t is free again; bd/g2 fits where bd/g did
            let den = BigInt.make(limbs: Int(s.pointee._mp_size) + Int(t.pointee._mp_size)) { __gmpz_mul($0, s, t) }
            return Rational(canonicalNumerator: num, denominator: den)
        }
    }

    /// (an/ad) * (bn/bd), cancelling gcd(an, bd) and gcd(bn, ad) first.
    @usableFromInline static func bigProduct(_ an: BigInt, _ ad: BigInt, _ bn: BigInt, _ bd: BigInt) -> Rational {
        if an.isZero || bn.isZero { return .zero }
        let limbs = (an.limbCount + 2, ad.limbCount + 2, bn.limbCount + 2, bd.limbCount + 2, 0)
        return withTemporaryMPZ(limbs: limbs) { z in
            let (p, q, u, v) = (z, z + 1, z + 2, z + 3)
            // g1 = gcd(an, bd) into p, g2 = gcd(bn, ad) into q (each fits in either operand's room);
            // then p = an/g1, q = ad/g2, u = bn/g2, v = bd/g1.
            an.withMPZ { x in bd.withMPZ { y in __gmpz_gcd(v, x, y) } }
            bn.withMPZ { x in ad.withMPZ { y in __gmpz_gcd(u, x, y) } }
            an.withMPZ { __gmpz_divexact(p, $0, v) }
            ad.withMPZ { __gmpz_divexact(q, $0, u) }
            // The quotient may alias the divisor: mpz_divexact then works in a temporary.
            bn.withMPZ { __gmpz_divexact(u, $0, u) }
            bd.withMPZ { __gmpz_divexact(v, $0, v) }
            let n = BigInt.make(limbs: Int(p.pointee._mp_size.magnitude + u.pointee._mp_size.magnitude)) { __gmpz_mul($0, p, u) }
            let d = BigInt.make(limbs: Int(q.pointee._mp_size + v.pointee._mp_size)) { __gmpz_mul($0, q, v) }
            return Rational(canonicalNumerator: n, denominator: d)
        }
    }
}

/// Runs `body` with five zeroed `mpz_t`s (`z`, `z + 1`, ... `z + 4`) having room for the given numbers
/// of limbs, all in one temporary allocation (on the stack when it is small enough).
@usableFromInline
func withTemporaryMPZ<R>(limbs c: (Int, Int, Int, Int, Int), _ body: (UnsafeMutablePointer<__mpz_struct>) -> R) -> R {
    let counts = (Swift.max(c.0, 1), Swift.max(c.1, 1), Swift.max(c.2, 1), Swift.max(c.3, 1), Swift.max(c.4, 1))
    let total = counts.0 + counts.1 + counts.2 + counts.3 + counts.4
    return withUnsafeTemporaryAllocation(of: mp_limb_t.self, capacity: total) { limbs in
        withUnsafeTemporaryAllocation(of: __mpz_struct.self, capacity: 5) { headers in
            var next = limbs.baseAddress!
            for (i, n) in [counts.0, counts.1, counts.2, counts.3, counts.4].enumerated() {
                headers.baseAddress!.advanced(by: i).initialize(to: __mpz_struct(_mp_alloc: Int32(n), _mp_size: 0, _mp_d: next))
                next += n
            }
            return body(headers.baseAddress!)
        }
    }
}
