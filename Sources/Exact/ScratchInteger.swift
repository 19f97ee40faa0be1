import CGMP

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
