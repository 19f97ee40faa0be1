#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A per-thread cache of GMP boxes, so that a fresh `BigInt` result usually reuses the memory of one
/// that has died instead of paying `malloc` and `free`.
///
/// Why it works this way: Swift cannot hand a dying object back to a cache, so the cache keeps one
/// reference to each of its boxes and treats a box that only it references
/// (`isKnownUniquelyReferenced`) as free. Handing such a box out costs a retain, and the value's
/// death a release, where a new box costs an allocation, an initialization and a deallocation.
/// This is the same uniqueness test copy-on-write relies on, so a box freed on another thread is
/// safe to reuse here.
///
/// Boxes have power-of-two capacities (1...`largestCapacity` limbs), `slotsPerClass` per capacity;
/// larger requests, and requests whose slots are all in use, get an exact-size box as before. The
/// memory kept is bounded (under 200 KiB per thread) and freed when the thread exits.
///
/// A cached box is referenced twice while a value holds it, so in-place updates (`+=`) see it as
/// shared; when they cannot write in place they give the result a box of its own (not a cached one),
/// so that the next update can.
@usableFromInline
final class GMPIntegerPool {
    /// Capacities 2^0 ... 2^(classCount-1) limbs.
    static let classCount = 12
    static let slotsPerClass = 4
    static let largestCapacity = 1 << (classCount - 1)

    /// A box with room for at least `limbs` limbs, holding zero: a free cached box when there is
    /// one, otherwise a new one (cached when a slot is empty).
    @inline(never) @usableFromInline static func box(limbs: Int) -> GMPInteger {
        guard limbs <= largestCapacity else { return GMPInteger.zero(limbs: limbs) }
        return current._withUnsafeGuaranteedRef { $0.box(limbs: limbs, sizeClass: sizeClass(limbs)) }
    }

    /// A free cached box with room for at least `limbs` limbs, holding zero, or nil when every slot of
    /// that size holds a live value (or `limbs` is past the cached sizes). Unretained: the box stays
    /// alive because the cache references it, so a caller that writes a result that fits `Int` into it
    /// just walks away, and one that keeps it takes its own reference (`takeUnretainedValue`). Neither
    /// releases anything, which is what lets the fresh-result paths promise `releasenone` (see
    /// `BigInt.makeWithoutRelease`).
    @inline(never) @usableFromInline static func unretainedFreeBox(limbs: Int) -> Unmanaged<GMPInteger>? {
        guard limbs <= largestCapacity else { return nil }
        return current._withUnsafeGuaranteedRef { $0.freeBox(sizeClass: sizeClass(limbs)) }
    }

    private let slots: UnsafeMutablePointer<GMPInteger?>

    private init() {
        let n = Self.classCount * Self.slotsPerClass
        slots = .allocate(capacity: n)
        slots.initialize(repeating: nil, count: n)
    }

    deinit {
        let n = Self.classCount * Self.slotsPerClass
        slots.deinitialize(count: n)
        slots.deallocate()
    }

    private func box(limbs: Int, sizeClass c: Int) -> GMPInteger {
        // All slots hold live values (long-lived ones, typically): exact size, as uncached boxes are.
        guard let free = freeBox(sizeClass: c) else { return GMPInteger.zero(limbs: limbs) }
        return free.takeUnretainedValue()
    }

    /// A box of capacity 2^c that only the cache references (creating it in an empty slot), set to zero.
    private func freeBox(sizeClass c: Int) -> Unmanaged<GMPInteger>? {
        let base = slots + c * Self.slotsPerClass
        for i in 0..<Self.slotsPerClass {
            if isKnownUniquelyReferenced(&base[i]) {
                let box = Self.unretained(base + i)
                box._withUnsafeGuaranteedRef { $0.raw.pointee._mp_size = 0 }
                return box
            }
            if base[i] == nil {
                // Initializing an empty slot: the old value is nil, so nothing is released.
                (base + i).initialize(to: GMPInteger.zero(limbs: 1 << c))
                return Self.unretained(base + i)
            }
        }
        return nil
    }

    /// The box in a non-empty slot, read as a bare pointer: `slot.pointee` would copy the reference
    /// (a retain and a release).
    private static func unretained(_ slot: UnsafeMutablePointer<GMPInteger?>) -> Unmanaged<GMPInteger> {
        Unmanaged.fromOpaque(UnsafeRawPointer(slot).load(as: UnsafeRawPointer.self))
    }

    /// The smallest `c` with `2^c >= limbs`.
    private static func sizeClass(_ limbs: Int) -> Int {
        limbs <= 1 ? 0 : Int.bitWidth - (limbs - 1).leadingZeroBitCount
    }

    /// This thread's pool, created on first use. Unretained: the thread-specific slot owns it.
    private static var current: Unmanaged<GMPIntegerPool> {
        if let raw = pthread_getspecific(poolKey) { return Unmanaged.fromOpaque(raw) }
        let pool = Unmanaged.passRetained(GMPIntegerPool())
        pthread_setspecific(poolKey, pool.toOpaque())
        return pool
    }
}

/// The thread-specific slot holding each thread's pool; its destructor frees the pool (and the
/// boxes only it references) when the thread exits.
private let poolKey: pthread_key_t = {
    var key = pthread_key_t()
    let status = pthread_key_create(&key) { raw in
        #if canImport(Darwin)
        Unmanaged<GMPIntegerPool>.fromOpaque(raw).release()
        #else
        if let raw { Unmanaged<GMPIntegerPool>.fromOpaque(raw).release() }
        #endif
    }
    precondition(status == 0, "pthread_key_create failed")
    return key
}()
