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

    @usableFromInline static func slowAdd(_ a: BigInt, _ b: BigInt) -> BigInt {
        make(limbs: Swift.max(a.limbCount, b.limbCount) + 1) { r in
            a.withMPZ { x in b.withMPZ { y in __gmpz_add(r, x, y) } }
        }
    }

    @usableFromInline static func slowSub(_ a: BigInt, _ b: BigInt) -> BigInt {
        make(limbs: Swift.max(a.limbCount, b.limbCount) + 1) { r in
            a.withMPZ { x in b.withMPZ { y in __gmpz_sub(r, x, y) } }
        }
    }

    @usableFromInline static func slowMul(_ a: BigInt, _ b: BigInt) -> BigInt {
        // Multiplying a large value by 0 or ±1 (common in exact linear algebra) shares or negates
        // the box instead of computing a copy.
        if let y = b.intValue, y.magnitude <= 1 { return y == 0 ? .zero : y == 1 ? a : -a }
        if let x = a.intValue, x.magnitude <= 1 { return x == 0 ? .zero : x == 1 ? b : -b }
        return make(limbs: a.limbCount + b.limbCount) { r in
            a.withMPZ { x in b.withMPZ { y in __gmpz_mul(r, x, y) } }
        }
    }

    @usableFromInline static func slowSumOfProducts(_ a: BigInt, _ b: BigInt, _ c: BigInt, _ d: BigInt, subtracting: Bool) -> BigInt {
        // mpz_addmul/submul reserve max(|w|, |c|+|d|) + 1 limbs.
        make(limbs: Swift.max(a.limbCount + b.limbCount, c.limbCount + d.limbCount) + 2) { r in
            a.withMPZ { x in b.withMPZ { y in __gmpz_mul(r, x, y) } }
            c.withMPZ { x in d.withMPZ { y in subtracting ? __gmpz_submul(r, x, y) : __gmpz_addmul(r, x, y) } }
        }
    }

    @usableFromInline static func slowNegate(_ a: BigInt) -> BigInt {
        make(limbs: a.limbCount) { r in a.withMPZ { __gmpz_neg(r, $0) } }
    }

    /// Takes the box out of `storage` so that `isKnownUniquelyReferenced` sees only the caller's
    /// reference; returns nil for inline values.
    @usableFromInline mutating func takeUniqueBox(needingLimbs limbs: Int) -> GMPInteger? {
        guard case .large(var box) = storage else { return nil }
        storage = .small(0)
        if isKnownUniquelyReferenced(&box) && box.limbCapacity >= limbs { return box }
        storage = .large(box)
        return nil
    }

    @usableFromInline mutating func formSumInPlace(_ b: BigInt, subtracting: Bool) {
        let limbs = Swift.max(limbCount, b.limbCount) + 1
        if let box = takeUniqueBox(needingLimbs: limbs) {
            withExtendedLifetime(box) {
                b.withMPZ { y in subtracting ? __gmpz_sub(box.raw, box.raw, y) : __gmpz_add(box.raw, box.raw, y) }
            }
            self = BigInt(normalizing: box)
            return
        }
        // One spare limb, so that a following `+=` of a similar value can work in place.
        let (a, r) = (self, GMPInteger.zero(limbs: limbs + 1))
        withExtendedLifetime(r) {
            a.withMPZ { x in b.withMPZ { y in subtracting ? __gmpz_sub(r.raw, x, y) : __gmpz_add(r.raw, x, y) } }
        }
        self = BigInt(normalizing: r)
    }

    @usableFromInline mutating func formProductInPlace(_ b: BigInt) {
        let limbs = limbCount + b.limbCount
        if let box = takeUniqueBox(needingLimbs: limbs) {
            // mpz_mul copies an operand that aliases the destination, so this is safe.
            withExtendedLifetime(box) { b.withMPZ { y in __gmpz_mul(box.raw, box.raw, y) } }
            self = BigInt(normalizing: box)
            return
        }
        self = BigInt.slowMul(self, b)
    }
}
