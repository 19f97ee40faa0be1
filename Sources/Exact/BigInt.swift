import CGMP

/// An arbitrary-precision signed integer.
///
/// Values that fit in a machine word are stored inline (`.small`) and never touch GMP;
/// larger values live in an immutable GMP box (`.large`). The representation is canonical:
/// a `.large` value never fits in `Int`, so equal values have equal representations, which is
/// what makes the synthesized-by-hand `Hashable` and `==` cheap and consistent.
public struct BigInt: Sendable {
    @usableFromInline
    enum Storage: Sendable {
        case small(Int)
        case large(GMPInteger)
    }

    @usableFromInline var storage: Storage

    @inlinable init(storage: Storage) { self.storage = storage }

    /// Creates a `BigInt` with the value of `value`.
    @inlinable public init(_ value: Int) { storage = .small(value) }

    /// Wraps a GMP box, demoting to the inline form when the value fits in `Int`.
    @usableFromInline init(normalizing box: GMPInteger) {
        if let v = box.intValue { storage = .small(v) } else { storage = .large(box) }
    }

    public static let zero = BigInt(0)
    public static let one = BigInt(1)

    /// The value as a GMP box (a fresh one for inline values). Callers must not mutate a shared box.
    @usableFromInline var box: GMPInteger {
        switch storage {
        case .small(let v): return GMPInteger(v)
        case .large(let b): return b
        }
    }

    /// Runs `body` with a read-only pointer to the value as an `mpz_t`.
    @usableFromInline func withMPZ<R>(_ body: (UnsafePointer<__mpz_struct>) -> R) -> R {
        let b = box
        return withExtendedLifetime(b) { body(b.raw) }
    }

    /// Builds a result by letting `body` write into a fresh `mpz_t`.
    @usableFromInline static func make(_ body: (UnsafeMutablePointer<__mpz_struct>) -> Void) -> BigInt {
        let r = GMPInteger()
        body(r.raw)
        return BigInt(normalizing: r)
    }

    /// The value as `Int`, or nil when it does not fit.
    @inlinable public var intValue: Int? {
        if case .small(let v) = storage { return v }
        return nil
    }

    /// -1, 0 or 1.
    @inlinable public var signum: Int {
        switch storage {
        case .small(let v): return v.signum()
        case .large(let b): return b.signum
        }
    }

    @inlinable public var isZero: Bool {
        if case .small(let v) = storage { return v == 0 }
        return false
    }

    /// True when the value lives in GMP (does not fit in a machine word).
    @inlinable public var isLarge: Bool {
        if case .large = storage { return true }
        return false
    }
}

extension Int {
    /// The value of `big` when it fits in `Int`.
    @inlinable public init?(exactly big: BigInt) {
        guard let v = big.intValue else { return nil }
        self = v
    }
}
