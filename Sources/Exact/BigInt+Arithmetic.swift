import CGMP

// Addition, subtraction, multiplication and negation. Each operator tries the inline Int path
// first (overflow-reporting, no allocation) and falls back to GMP, writing into one fresh box
// sized for the result. The compound forms reuse the left operand's box in place when it is
// uniquely referenced and large enough.
extension BigInt {
    @inlinable public static func + (a: BigInt, b: BigInt) -> BigInt {
        if let x = a.intValue, let y = b.intValue {
            let (r, o) = x.addingReportingOverflow(y)
            if !o { return BigInt(r) }
        }
        return slowAdd(a, b)
    }

    @inlinable public static func - (a: BigInt, b: BigInt) -> BigInt {
        if let x = a.intValue, let y = b.intValue {
            let (r, o) = x.subtractingReportingOverflow(y)
            if !o { return BigInt(r) }
        }
        return slowSub(a, b)
    }

    @inlinable public static func * (a: BigInt, b: BigInt) -> BigInt {
        if let x = a.intValue, let y = b.intValue {
            let (r, o) = x.multipliedReportingOverflow(by: y)
            if !o { return BigInt(r) }
        }
        return slowMul(a, b)
    }

    @inlinable public static prefix func - (a: BigInt) -> BigInt {
        if let x = a.intValue, x != .min { return BigInt(-x) }
        return slowNegate(a)
    }

    @inlinable public static prefix func + (a: BigInt) -> BigInt { a }

    @inlinable public static func += (a: inout BigInt, b: BigInt) {
        if let x = a.intValue, let y = b.intValue {
            let (r, o) = x.addingReportingOverflow(y)
            if !o { a.storage = .small(r); return }
        }
        a.formSumInPlace(b, subtracting: false)
    }

    @inlinable public static func -= (a: inout BigInt, b: BigInt) {
        if let x = a.intValue, let y = b.intValue {
            let (r, o) = x.subtractingReportingOverflow(y)
            if !o { a.storage = .small(r); return }
        }
        a.formSumInPlace(b, subtracting: true)
    }

    @inlinable public static func *= (a: inout BigInt, b: BigInt) {
        if let x = a.intValue, let y = b.intValue {
            let (r, o) = x.multipliedReportingOverflow(by: y)
            if !o { a.storage = .small(r); return }
        }
        a.formProductInPlace(b)
    }

    /// `a*b + c*d`, or `a*b - c*d` when `subtracting`: one result box where the three separate
    /// operations would allocate three (the inner step of rational addition).
    @inlinable static func sumOfProducts(_ a: BigInt, _ b: BigInt, _ c: BigInt, _ d: BigInt, subtracting: Bool) -> BigInt {
        if let w = a.intValue, let x = b.intValue, let y = c.intValue, let z = d.intValue {
            let (p, o1) = w.multipliedReportingOverflow(by: x)
            let (q, o2) = y.multipliedReportingOverflow(by: z)
            let (r, o3) = subtracting ? p.subtractingReportingOverflow(q) : p.addingReportingOverflow(q)
            if !(o1 || o2 || o3) { return BigInt(r) }
        }
        return slowSumOfProducts(a, b, c, d, subtracting: subtracting)
    }

    /// The absolute value.
    @inlinable public var magnitude: BigInt { signum < 0 ? -self : self }

    /// `self` with its sign flipped, in place.
    @inlinable public mutating func negate() { self = -self }

    // MARK: - GMP paths

    // The operands' `mpz_t`s are taken before the result is made, so the closures capture pointers
    // rather than the operands (capturing them cost a retain and release of each per operation).
    @usableFromInline static func slowAdd(_ a: BigInt, _ b: BigInt) -> BigInt {
        a.withMPZ { x in b.withMPZ { y in
            make(limbs: Swift.max(a.limbCount, b.limbCount) + 1) { __gmpz_add($0, x, y) }
        } }
    }

    @usableFromInline static func slowSub(_ a: BigInt, _ b: BigInt) -> BigInt {
        a.withMPZ { x in b.withMPZ { y in
            make(limbs: Swift.max(a.limbCount, b.limbCount) + 1) { __gmpz_sub($0, x, y) }
        } }
    }

    @usableFromInline static func slowMul(_ a: BigInt, _ b: BigInt) -> BigInt {
        // Multiplying a large value by 0 or ±1 (common in exact linear algebra) shares or negates
        // the box instead of computing a copy.
        if let y = b.intValue, y.magnitude <= 1 { return y == 0 ? .zero : y == 1 ? a : -a }
        if let x = a.intValue, x.magnitude <= 1 { return x == 0 ? .zero : x == 1 ? b : -b }
        return a.withMPZ { x in b.withMPZ { y in
            make(limbs: a.limbCount + b.limbCount) { __gmpz_mul($0, x, y) }
        } }
    }

    @usableFromInline static func slowSumOfProducts(_ a: BigInt, _ b: BigInt, _ c: BigInt, _ d: BigInt, subtracting: Bool) -> BigInt {
        // mpz_addmul/submul reserve max(|w|, |c|+|d|) + 1 limbs.
        let limbs = Swift.max(a.limbCount + b.limbCount, c.limbCount + d.limbCount) + 2
        return a.withMPZ { w in b.withMPZ { x in c.withMPZ { y in d.withMPZ { z in
            make(limbs: limbs) { r in
                __gmpz_mul(r, w, x)
                subtracting ? __gmpz_submul(r, y, z) : __gmpz_addmul(r, y, z)
            }
        } } } }
    }

    @usableFromInline static func slowNegate(_ a: BigInt) -> BigInt {
        a.withMPZ { x in make(limbs: a.limbCount) { __gmpz_neg($0, x) } }
    }

    /// The `mpz_t` of a large value whose box only `self` references and that has room for
    /// `limbs` limbs, so GMP may write the result straight into it; nil otherwise.
    /// The uniqueness check reads the box reference in place (the payload word of `storage`, see
    /// `unretainedBox`) instead of moving it out, which would cost an atomic retain and release.
    @usableFromInline mutating func uniqueMPZ(needingLimbs limbs: Int) -> UnsafeMutablePointer<__mpz_struct>? {
        guard let z = largeMPZ, Int(z.pointee._mp_alloc) >= limbs else { return nil }
        let unique = withUnsafeMutablePointer(to: &storage) { p in
            UnsafeMutableRawPointer(p).withMemoryRebound(to: GMPInteger.self, capacity: 1) {
                isKnownUniquelyReferenced(&$0.pointee)
            }
        }
        return unique ? z : nil
    }

    /// Restores the canonical form after GMP wrote into the box in place.
    @usableFromInline mutating func demoteIfSmall() {
        if let z = largeMPZ, let v = GMPInteger.intValue(of: z) { storage = .small(v) }
    }

    @usableFromInline mutating func formSumInPlace(_ b: BigInt, subtracting: Bool) {
        let limbs = Swift.max(limbCount, b.limbCount) + 1
        if let z = uniqueMPZ(needingLimbs: limbs) {
            b.withMPZ { y in subtracting ? __gmpz_sub(z, z, y) : __gmpz_add(z, z, y) }
            demoteIfSmall()
            return
        }
        // One spare limb, so that a following `+=` of a similar value can work in place.
        let r = GMPIntegerPool.box(limbs: limbs + 1)
        withMPZ { x in b.withMPZ { y in subtracting ? __gmpz_sub(r.raw, x, y) : __gmpz_add(r.raw, x, y) } }
        self = BigInt(normalizing: r)
    }

    @usableFromInline mutating func formProductInPlace(_ b: BigInt) {
        if let z = uniqueMPZ(needingLimbs: limbCount + b.limbCount) {
            // mpz_mul copies an operand that aliases the destination, so this is safe.
            b.withMPZ { y in __gmpz_mul(z, z, y) }
            demoteIfSmall()
            return
        }
        self = BigInt.slowMul(self, b)
    }
}
