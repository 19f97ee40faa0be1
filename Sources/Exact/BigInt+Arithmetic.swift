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
    //
    // `releasenone` tells the optimizer that these calls release no object, so a caller passing a
    // value it only borrows (an array element, say) need not retain it for the call and release it
    // after: 2 atomic pairs, about 20 ns of a 50 ns 64-limb add. The promise holds because results are
    // built by `makeWithoutRelease` and nothing else here gives up a reference (retains and releases
    // the compiler pairs up inside are balanced; `slowMul` returns an operand, retained, for a factor
    // of 1). The cache's uniqueness checks only concern boxes no value references, and no elided
    // retain can make a box a value holds look unique: every reference a value holds to a cached box
    // is taken inside a function that is never inlined (these, `GMPIntegerPool.box`), so no caller
    // can pair that retain with the value's release and drop both across one of these calls.
    //
    // A sum whose operands have the same sign (a difference: opposite signs) does not fit `Int`
    // when the fast path failed; with a zero operand it can (0 - 2^63 is Int.min), so zero counts as
    // "may fit". A product of operands that are not 0 or ±1 never fits when one of them does not.
    @_effects(releasenone) @inline(never) @usableFromInline static func slowAdd(_ a: BigInt, _ b: BigInt) -> BigInt {
        a.withMPZ { x in b.withMPZ { y in
            makeWithoutRelease(limbs: Swift.max(a.limbCount, b.limbCount) + 1, mayFitInt: a.signum * b.signum <= 0) {
                __gmpz_add($0, x, y)
            }
        } }
    }

    @_effects(releasenone) @inline(never) @usableFromInline static func slowSub(_ a: BigInt, _ b: BigInt) -> BigInt {
        a.withMPZ { x in b.withMPZ { y in
            makeWithoutRelease(limbs: Swift.max(a.limbCount, b.limbCount) + 1, mayFitInt: a.signum * b.signum >= 0) {
                __gmpz_sub($0, x, y)
            }
        } }
    }

    @_effects(releasenone) @inline(never) @usableFromInline static func slowMul(_ a: BigInt, _ b: BigInt) -> BigInt {
        // Multiplying a large value by 0 or ±1 (common in exact linear algebra) shares or negates
        // the box instead of computing a copy.
        if let y = b.intValue, y.magnitude <= 1 { return y == 0 ? .zero : y == 1 ? a : -a }
        if let x = a.intValue, x.magnitude <= 1 { return x == 0 ? .zero : x == 1 ? b : -b }
        return largeProduct(a, b)
    }

    /// `a * b` for operands that are not 0 or ±1, so the product does not fit `Int`.
    @_effects(releasenone) @inline(never) @usableFromInline static func largeProduct(_ a: BigInt, _ b: BigInt) -> BigInt {
        a.withMPZ { x in b.withMPZ { y in
            makeWithoutRelease(limbs: a.limbCount + b.limbCount, mayFitInt: false) { __gmpz_mul($0, x, y) }
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

    /// Only -2^63 (one limb) has a negation that fits `Int`.
    @_effects(releasenone) @inline(never) @usableFromInline static func slowNegate(_ a: BigInt) -> BigInt {
        a.withMPZ { x in makeWithoutRelease(limbs: a.limbCount, mayFitInt: a.limbCount <= 1) { __gmpz_neg($0, x) } }
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
        // A box of its own, so that the following `+=` of a similar value works in place.
        self = withMPZ { x in b.withMPZ { y in
            BigInt.ownResult(limbs: limbs) { subtracting ? __gmpz_sub($0, x, y) : __gmpz_add($0, x, y) }
        } }
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

    /// A result in a box of its own, with one spare limb: not a cached box (the cache's reference
    /// would make every later in-place write see it as shared), so the next `+=` on the same
    /// variable writes in place.
    @usableFromInline static func ownResult(limbs: Int, _ body: (UnsafeMutablePointer<__mpz_struct>) -> Void) -> BigInt {
        let box = GMPInteger.zero(limbs: limbs + 1)
        body(box.raw)
        return BigInt(normalizing: box)
    }
}
