import CGMP

/// The "GMP-boxed" baseline for `tower bench arith`: every value, however small, lives in a heap
/// box holding an `mpz_t` whose limbs GMP allocates; no inline fast path. The box keeps the
/// `mpz_t` header in the object itself (ManagedBuffer), so a result costs two allocations (object
/// and limbs) rather than three: a fair, not a straw-man, boxed design.
final class GMPBoxedInteger: ManagedBuffer<__mpz_struct, Void> {
    static func make() -> GMPBoxedInteger {
        let box = create(minimumCapacity: 0) { _ in __mpz_struct() }
        let typed = unsafeDowncast(box, to: GMPBoxedInteger.self)
        __gmpz_init(typed.raw)
        return typed
    }

    static func make(hex: String) -> GMPBoxedInteger {
        let box = make()
        _ = __gmpz_set_str(box.raw, hex, 16)
        return box
    }

    deinit { withUnsafeMutablePointerToHeader { __gmpz_clear($0) } }

    var raw: UnsafeMutablePointer<__mpz_struct> { withUnsafeMutablePointerToHeader { $0 } }

    var lowLimb: UInt { __gmpz_getlimbn(raw, 0) }

    static func + (a: GMPBoxedInteger, b: GMPBoxedInteger) -> GMPBoxedInteger {
        let r = make()
        __gmpz_add(r.raw, a.raw, b.raw)
        return r
    }

    static func * (a: GMPBoxedInteger, b: GMPBoxedInteger) -> GMPBoxedInteger {
        let r = make()
        __gmpz_mul(r.raw, a.raw, b.raw)
        return r
    }

    static func gcd(_ a: GMPBoxedInteger, _ b: GMPBoxedInteger) -> GMPBoxedInteger {
        let r = make()
        __gmpz_gcd(r.raw, a.raw, b.raw)
        return r
    }
}
