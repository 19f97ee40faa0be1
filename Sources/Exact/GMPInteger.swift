import CGMP

/// A GMP integer whose limbs live in the same heap object as its `mpz_t` header.
///
/// Why tail-allocated: a GMP-managed `mpz_t` costs three allocations per result (the Swift
/// object, the `mpz_t`, the limbs); here it is one. The price is a rule every caller obeys:
/// a box is created with enough limbs for the result of the single GMP call that writes it
/// (GMP only reallocates a destination that is too small), and it is never passed to a GMP
/// function that could grow it past `capacity`. Results of size-unpredictable functions
/// (`mpz_pow_ui`, `mpz_set_str`, ...) are computed in a `ScratchInteger` and copied in.
///
/// `BigInt` mutates a box only when it holds the sole reference (`isKnownUniquelyReferenced`),
/// so boxes behave as immutable values everywhere else.
@usableFromInline
final class GMPInteger: ManagedBuffer<__mpz_struct, mp_limb_t> {
    /// A zero with room for `limbs` limbs (at least one).
    @usableFromInline static func zero(limbs: Int) -> GMPInteger {
        let n = Swift.max(limbs, 1)
        precondition(n < Int(Int32.max), "integer too large for GMP")
        let buffer = create(minimumCapacity: n) { buffer in
            let limbs = buffer.withUnsafeMutablePointerToElements { $0 }
            return __mpz_struct(_mp_alloc: Int32(n), _mp_size: 0, _mp_d: limbs)
        }
        return unsafeDowncast(buffer, to: GMPInteger.self)
    }

    /// A box holding a copy of `z`, with exactly the room it needs.
    @usableFromInline static func copy(of z: UnsafePointer<__mpz_struct>) -> GMPInteger {
        let box = zero(limbs: Int(tower_mpz_limbs(z)))
        __gmpz_set(box.raw, z)
        return box
    }

    /// The `mpz_t`. Valid while the box is alive: callers hold the box (or the `BigInt` holding it)
    /// for as long as they use the pointer. Reading through it, rather than `header`, also skips
    /// the dynamic exclusivity check that `header`'s accessors pay.
    @inlinable var raw: UnsafeMutablePointer<__mpz_struct> {
        withUnsafeMutablePointerToHeader { $0 }
    }

    /// How many limbs GMP may write without reallocating.
    @inlinable var limbCapacity: Int { Int(raw.pointee._mp_alloc) }

    /// Number of 64-bit limbs in the magnitude.
    @inlinable var limbCount: Int { Int(raw.pointee._mp_size.magnitude) }

    @inlinable var signum: Int { Int(raw.pointee._mp_size.signum()) }

    /// The value as `Int` when it fits.
    @inlinable var intValue: Int? {
        let size = raw.pointee._mp_size
        if size == 0 { return 0 }
        if size > 1 || size < -1 { return nil }
        let limb = raw.pointee._mp_d[0]
        if size == 1 { return limb <= UInt(Int.max) ? Int(limb) : nil }
        return limb <= UInt(Int.max) + 1 ? Int(truncatingIfNeeded: 0 &- limb) : nil
    }
}

/// A GMP-managed `mpz_t` for intermediate results whose size GMP decides (powers, parsing,
/// factorials). Copy the result into a `GMPInteger` with `BigInt(copying:)`.
@usableFromInline
final class ScratchInteger {
    @usableFromInline let raw: UnsafeMutablePointer<__mpz_struct>

    @usableFromInline init() {
        raw = .allocate(capacity: 1)
        __gmpz_init(raw)
    }

    deinit {
        __gmpz_clear(raw)
        raw.deallocate()
    }
}
