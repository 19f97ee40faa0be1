import CGMP

// Addition, subtraction, multiplication and negation. Each operator tries the inline Int path
// first (overflow-reporting, no allocation) and falls back to GMP, writing into one fresh box
// sized for the result. The compound forms reuse the left operand's box in place when it is
// uniquely referenced and large enough.
extension BigInt {
    @inlinable public static func + (a: BigInt, b: BigInt) -> BigInt {
        if case .small(let x) = a.storage, case .small(let y) = b.storage {
            let (r, o) = x.addingReportingOverflow(y)
            if !o { return BigInt(r) }
        }
        return slowAdd(a, b)
    }

    @inlinable public static func - (a: BigInt, b: BigInt) -> BigInt {
        if case .small(let x) = a.storage, case .small(let y) = b.storage {
            let (r, o) = x.subtractingReportingOverflow(y)
            if !o { return BigInt(r) }
        }
        return slowSub(a, b)
    }

    @inlinable public static func * (a: BigInt, b: BigInt) -> BigInt {
        if case .small(let x) = a.storage, case .small(let y) = b.storage {
            let (r, o) = x.multipliedReportingOverflow(by: y)
            if !o { return BigInt(r) }
        }
        return slowMul(a, b)
    }

    @inlinable public static prefix func - (a: BigInt) -> BigInt {
        if case .small(let x) = a.storage, x != .min { return BigInt(-x) }
        return slowNegate(a)
    }

    @inlinable public static prefix func + (a: BigInt) -> BigInt { a }

    @inlinable public static func += (a: inout BigInt, b: BigInt) {
        if case .small(let x) = a.storage, case .small(let y) = b.storage {
            let (r, o) = x.addingReportingOverflow(y)
            if !o { a.storage = .small(r); return }
        }
        a.formSumInPlace(b, subtracting: false)
    }

    @inlinable public static func -= (a: inout BigInt, b: BigInt) {
        if case .small(let x) = a.storage, case .small(let y) = b.storage {
            let (r, o) = x.subtractingReportingOverflow(y)
            if !o { a.storage = .small(r); return }
        }
        a.formSumInPlace(b, subtracting: true)
    }

    @inlinable public static func *= (a: inout BigInt, b: BigInt) {
        if case .small(let x) = a.storage, case .small(let y) = b.storage {
            let (r, o) = x.multipliedReportingOverflow(by: y)
            if !o { a.storage = .small(r); return }
        }
        a.formProductInPlace(b)
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
        make(limbs: a.limbCount + b.limbCount) { r in
            a.withMPZ { x in b.withMPZ { y in __gmpz_mul(r, x, y) } }
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
