import CGMP

/// An arbitrary-precision signed integer.
///
/// Values that fit in a machine word are stored inline (`.small`) and never touch GMP;
/// larger values live in a GMP box (`.large`). The representation is canonical:
/// a `.large` value never fits in `Int`, so equal values have equal representations, which is
/// what makes `==` and `Hashable` cheap and consistent whichever path computed a value.
public struct BigInt: Sendable {
    // Unchecked: a GMP box is only ever mutated while uniquely referenced (see `GMPInteger`),
    // so sharing one across threads shares an immutable value.
    @usableFromInline
    enum Storage: @unchecked Sendable {
        case small(Int)
        case large(GMPInteger)
    }

    @usableFromInline var storage: Storage

    @inlinable init(storage: Storage) { self.storage = storage }

    /// Creates a `BigInt` with the value of `value`.
    @inlinable public init(_ value: Int) { storage = .small(value) }

    /// Creates a `BigInt` with the value of `value`.
    @inlinable public init(_ value: UInt) {
        if value <= UInt(Int.max) {
            storage = .small(Int(value))
        } else {
            let box = GMPInteger.zero(limbs: 1)
            __gmpz_set_ui(box.raw, value)
            storage = .large(box)
        }
    }

    /// Wraps a GMP box, demoting to the inline form when the value fits in `Int`.
    @inlinable init(normalizing box: __owned GMPInteger) {
        if let v = box.intValue { storage = .small(v) } else { storage = .large(box) }
    }

    /// A canonical copy of a GMP-managed scratch value.
    @usableFromInline init(copying scratch: ScratchInteger) { self.init(copying: scratch.raw) }

    /// A canonical copy of any `mpz_t` (a box of exactly the right size when it does not fit `Int`).
    @usableFromInline init(copying z: UnsafePointer<__mpz_struct>) {
        if let v = GMPInteger.intValue(of: z) {
            storage = .small(v)
        } else {
            storage = .large(GMPInteger.copy(of: z))
        }
    }

    // Computed rather than stored: a stored static pays a lazy-initialization check on every use.
    @inlinable public static var zero: BigInt { BigInt(0) }
    @inlinable public static var one: BigInt { BigInt(1) }

    /// The value as `Int`, or nil when it does not fit.
    @inlinable public var intValue: Int? {
        // Read through the enum's bits, like `unretainedBox`: a pattern match here would copy the
        // payload (retaining a large value's box) on every fast-path check.
        let (payload, tag) = unsafeBitCast(storage, to: (UInt, UInt8).self)
        return tag == 0 ? Int(bitPattern: payload) : nil
    }

    /// -1, 0 or 1.
    @inlinable public var signum: Int {
        if let z = largeMPZ { return Int(z.pointee._mp_size.signum()) }
        guard let v = intValue else { return 0 }
        return v.signum()
    }

    @inlinable public var isZero: Bool {
        if let v = intValue { return v == 0 }
        return false
    }

    /// True when the value lives in GMP (does not fit in a machine word).
    @inlinable public var isLarge: Bool { intValue == nil }

    /// Number of 64-bit limbs in the magnitude (0 for zero).
    @inlinable public var limbCount: Int {
        if let z = largeMPZ { return Int(z.pointee._mp_size.magnitude) }
        return isZero ? 0 : 1
    }

    /// The `mpz_t` of a large value (nil for inline values), read without a retain (see
    /// `unretainedBox`). Valid only while `self` is alive.
    @inlinable var largeMPZ: UnsafeMutablePointer<__mpz_struct>? {
        unretainedBox?._withUnsafeGuaranteedRef { $0.raw }
    }

    /// The box of a large value, without a retain. Why: a `switch` that binds the payload copies
    /// the reference (an atomic retain and release, the dominant cost of a small GMP operation),
    /// although `self` is borrowed and keeps the box alive anyway. This reads the enum's bits
    /// instead; its layout (payload word, then a tag byte: 0 small, 1 large) is checked by
    /// `ExactTests.storageLayoutIsWhatUnretainedBoxAssumes`. Use only while `self` is alive.
    @inlinable var unretainedBox: Unmanaged<GMPInteger>? {
        let (payload, tag) = unsafeBitCast(storage, to: (UInt, UInt8).self)
        guard tag == 1, let object = UnsafeRawPointer(bitPattern: payload) else { return nil }
        return Unmanaged.fromOpaque(object)
    }

    /// Limb `index` of the magnitude, least significant first; 0 past the top.
    @inlinable public func limb(at index: Int) -> UInt {
        precondition(index >= 0, "negative limb index")
        if let v = intValue { return index == 0 ? v.magnitude : 0 }
        return largeLimb(at: index)
    }

    @usableFromInline func largeLimb(at index: Int) -> UInt {
        guard let z = largeMPZ else { return 0 }
        return __gmpz_getlimbn(z, index)
    }

    /// Number of bits in the magnitude (0 for zero): the position of the highest set bit plus one.
    public var bitWidth: Int {
        if let z = largeMPZ { return Int(__gmpz_sizeinbase(z, 2)) }
        guard let v = intValue else { return 0 }
        return Int.bitWidth - v.magnitude.leadingZeroBitCount
    }

    /// Runs `body` with a read-only `mpz_t` holding the value. Inline values get a stack `mpz_t`
    /// over a single limb, so mixed small/large operations allocate nothing for the small side.
    @inlinable func withMPZ<R>(_ body: (UnsafePointer<__mpz_struct>) -> R) -> R {
        if let z = largeMPZ { return body(z) }
        switch storage {
        case .large(let b):
            return body(b.raw)  // not reached: `largeMPZ` covers it
        case .small(let v):
            var limb: mp_limb_t = v.magnitude
            return withUnsafeMutablePointer(to: &limb) { limbs in
                var z = __mpz_struct(_mp_alloc: 1, _mp_size: Int32(v.signum()), _mp_d: limbs)
                return withUnsafePointer(to: &z) { body($0) }
            }
        }
    }

    /// Builds a result by letting `body` write into a fresh box with room for `limbs` limbs.
    /// `limbs` must bound the result of the GMP call (see `GMPInteger`).
    @inlinable static func make(limbs: Int, _ body: (UnsafeMutablePointer<__mpz_struct>) -> Void) -> BigInt {
        let r = GMPIntegerPool.box(limbs: limbs)
        body(r.raw)  // `r` stays alive: it is used below
        return BigInt(normalizing: r)
    }

    /// Like `make`, for the fresh-result paths that promise `@_effects(releasenone)` (`+ - *`, negation):
    /// builds the result without releasing any object, so that callers need not keep their own
    /// reference to each operand across the call (measured: that was two atomic retain/release pairs
    /// per operation, about 20 ns, when operands are read out of an array).
    ///
    /// How it avoids releasing: a free cached box is used unretained, so a result that fits `Int`
    /// simply leaves it to the cache. Without a free cached box, a result known not to fit `Int`
    /// (`mayFitInt == false`) goes into a new box that the result then owns; one that may fit is
    /// computed in temporary memory and copied into a box only when it does not fit.
    /// `limbs` must bound the result of `body` (see `GMPInteger`).
    @inline(__always) static func makeWithoutRelease(
        limbs: Int, mayFitInt: Bool, _ body: (UnsafeMutablePointer<__mpz_struct>) -> Void
    ) -> BigInt {
        if let box = GMPIntegerPool.unretainedFreeBox(limbs: limbs) {
            let z = box._withUnsafeGuaranteedRef { $0.raw }
            body(z)
            if let v = GMPInteger.intValue(of: z) { return BigInt(v) }
            return BigInt(storage: .large(box.takeUnretainedValue()))
        }
        if !mayFitInt {
            let box = GMPInteger.zero(limbs: limbs)
            body(box.raw)
            assert(box.intValue == nil, "a result declared too large for Int fits it")
            return BigInt(storage: .large(box))
        }
        return withUnsafeTemporaryAllocation(of: mp_limb_t.self, capacity: Swift.max(limbs, 1)) { limbs in
            var z = __mpz_struct(_mp_alloc: Int32(limbs.count), _mp_size: 0, _mp_d: limbs.baseAddress!)
            body(&z)
            return BigInt(copying: &z)
        }
    }

    /// Builds a result with a GMP function whose output size GMP decides.
    @usableFromInline static func makeScratch(_ body: (UnsafeMutablePointer<__mpz_struct>) -> Void) -> BigInt {
        let s = ScratchInteger()
        body(s.raw)
        return BigInt(copying: s)
    }
}

extension Int {
    /// The value of `big` when it fits in `Int`.
    @inlinable public init?(exactly big: BigInt) {
        guard let v = big.intValue else { return nil }
        self = v
    }
}
