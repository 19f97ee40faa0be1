import CGMP

/// An owned `mpz_t` at a stable address. `BigInt` never mutates a box that another value may
/// share: every operation writes into a fresh box, so value semantics need no copy-on-write.
@usableFromInline
final class GMPInteger: @unchecked Sendable {
    @usableFromInline let raw: UnsafeMutablePointer<__mpz_struct>

    @usableFromInline init() {
        raw = .allocate(capacity: 1)
        __gmpz_init(raw)
    }

    @usableFromInline init(_ value: Int) {
        raw = .allocate(capacity: 1)
        __gmpz_init_set_si(raw, value)
    }

    deinit {
        __gmpz_clear(raw)
        raw.deallocate()
    }

    /// The value as `Int` when it fits.
    @usableFromInline var intValue: Int? {
        __gmpz_fits_slong_p(raw) != 0 ? __gmpz_get_si(raw) : nil
    }

    @usableFromInline var signum: Int { Int(tower_mpz_sgn(raw)) }

    /// Number of 64-bit limbs in the magnitude.
    @usableFromInline var limbCount: Int { Int(tower_mpz_limbs(raw)) }
}
