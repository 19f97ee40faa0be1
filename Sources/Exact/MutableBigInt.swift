import CGMP

/// A mutable integer that owns its GMP storage outright, as an `mpz_t` does: the destination for
/// loops that compute many results one after another (`r.setSum(a, b)` is `mpz_add(r, a, b)`).
///
/// Why a separate, noncopyable type: a `BigInt` result costs an atomic retain and release (the value
/// owns a reference to its box), and writing into a `BigInt` in place first needs a uniqueness check
/// that obliges callers to keep their own reference to each operand. A `MutableBigInt` cannot be
/// copied, so its storage is never shared: it writes in place with no check, and its limbs are
/// GMP-managed (GMP grows them as needed), so its operations involve no Swift object at all. That lets
/// them promise `@_effects(releasenone)`, and callers pass operands read out of arrays without
/// retaining them. Read the result with `value` (a `BigInt` copy) or `limb(at:)`.
public struct MutableBigInt: ~Copyable {
    @usableFromInline var z: __mpz_struct

    /// Zero, with room for `limbs` limbs before GMP first reallocates.
    @inlinable public init(capacity limbs: Int = 1) {
        z = __mpz_struct()
        __gmpz_init2(&z, mp_bitcnt_t(Swift.max(limbs, 1) * mp_limb_t.bitWidth))
    }

    /// A mutable copy of `value`.
    @inlinable public init(_ value: BigInt) {
        self.init(capacity: value.limbCount)
        set(value)
    }

    deinit {
        var z = z
        __gmpz_clear(&z)
    }

    /// The current value, as a `BigInt` (a copy: later changes do not affect it).
    public var value: BigInt {
        var z = z
        return BigInt(copying: &z)
    }

    /// Limb `index` of the magnitude, least significant first; 0 past the top.
    @inlinable public func limb(at index: Int) -> UInt {
        precondition(index >= 0, "negative limb index")
        var z = z
        return __gmpz_getlimbn(&z, index)
    }

    /// -1, 0 or 1.
    @inlinable public var signum: Int { Int(z._mp_size.signum()) }

    /// Sets the value to `a`.
    @inlinable public mutating func set(_ a: BigInt) { MutableBigInt.write(&z, .set, a, a) }

    /// Sets the value to `a + b` (`mpz_add`).
    @inlinable public mutating func setSum(_ a: BigInt, _ b: BigInt) { MutableBigInt.write(&z, .add, a, b) }

    /// Sets the value to `a - b` (`mpz_sub`).
    @inlinable public mutating func setDifference(_ a: BigInt, _ b: BigInt) { MutableBigInt.write(&z, .subtract, a, b) }

    /// Sets the value to `a * b` (`mpz_mul`).
    @inlinable public mutating func setProduct(_ a: BigInt, _ b: BigInt) { MutableBigInt.write(&z, .multiply, a, b) }

    /// Adds `b` to the value (`mpz_add(r, r, b)`).
    @inlinable public mutating func add(_ b: BigInt) { MutableBigInt.update(&z, .add, b) }

    /// Subtracts `b` from the value (`mpz_sub(r, r, b)`).
    @inlinable public mutating func subtract(_ b: BigInt) { MutableBigInt.update(&z, .subtract, b) }

    /// Multiplies the value by `b` (`mpz_mul(r, r, b)`).
    @inlinable public mutating func multiply(by b: BigInt) { MutableBigInt.update(&z, .multiply, b) }

    // MARK: - GMP calls

    @usableFromInline enum Operation { case set, add, subtract, multiply }

    // `releasenone` is true here: only GMP runs, on `r` (malloc-managed limbs) and on the operands'
    // `mpz_t`s, read without retaining their boxes (`withMPZ`). Out of line on purpose: inlined, the
    // C calls would look to the optimizer as if they might release anything.
    @_effects(releasenone) @inline(never) @usableFromInline
    static func write(_ r: inout __mpz_struct, _ op: Operation, _ a: BigInt, _ b: BigInt) {
        a.withMPZ { x in b.withMPZ { y in
            switch op {
            case .set: __gmpz_set(&r, x)
            case .add: __gmpz_add(&r, x, y)
            case .subtract: __gmpz_sub(&r, x, y)
            case .multiply: __gmpz_mul(&r, x, y)
            }
        } }
    }

    /// `r = r op b`; GMP allows the destination to be an operand.
    @_effects(releasenone) @inline(never) @usableFromInline
    static func update(_ r: inout __mpz_struct, _ op: Operation, _ b: BigInt) {
        b.withMPZ { y in
            withUnsafeMutablePointer(to: &r) { r in
                switch op {
                case .set: __gmpz_set(r, y)
                case .add: __gmpz_add(r, r, y)
                case .subtract: __gmpz_sub(r, r, y)
                case .multiply: __gmpz_mul(r, r, y)
                }
            }
        }
    }
}
