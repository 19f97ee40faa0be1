import Foundation
import Testing
@testable import Exact
#if os(Linux)
import Glibc
#endif

// Fresh GMP results come from a per-thread cache of boxes (`GMPIntegerPool`). A cached box must be
// handed out again only once no value holds it, whichever thread dropped it.

/// 2^(64k) + i: a value needing k+1 limbs, distinct for each i.
private func big(limbs k: Int, plus i: Int) -> BigInt { (BigInt(1) << (64 * k)) + BigInt(i) }

@Test func liveResultsKeepTheirValuesWhileLaterResultsAreComputed() {
    let one = big(limbs: 3, plus: 0)
    // More live results than the cache has slots per size, so cached and uncached boxes mix.
    let results = (0..<3 * GMPIntegerPool.slotsPerClass).map { one + BigInt($0) }
    _ = (0..<100).map { one + BigInt($0) }  // churn: these die at once and free their boxes
    for (i, r) in results.enumerated() {
        #expect(r - one == BigInt(i))
    }
}

@Test func recycledBoxDoesNotAliasACopyOfTheValueItHeld() {
    let a = big(limbs: 2, plus: 5)
    var kept = a + a
    let copy = kept
    kept += BigInt(1)  // shared with `copy`: must not write into the box `copy` sees
    for i in 0..<50 { _ = a + BigInt(i) }
    #expect(copy == a * 2)
    #expect(kept == a * 2 + 1)
}

@Test func cachedBoxStartsAsZeroWhateverItHeldBefore() {
    let a = big(limbs: 4, plus: 7)
    for i in 0..<20 {
        let r = a - a - BigInt(i)  // reuses boxes that held large values
        #expect(r == BigInt(-i))
        #expect(!r.isLarge)
    }
}

@Test func resultsDroppedOnAnotherThreadAreReusedSafely() async {
    let base = big(limbs: 5, plus: 0)
    for round in 0..<20 {
        let made = (0..<8).map { base + BigInt(round * 8 + $0) }
        // The values die on another thread while this one keeps allocating.
        let task = Task.detached { made.reduce(BigInt.zero) { $0 + $1 - base } }
        let more = (0..<8).map { base * 2 + BigInt($0) }
        let sum = await task.value
        #expect(sum == BigInt((0..<8).reduce(0) { $0 + round * 8 + $1 }))
        for (i, m) in more.enumerated() { #expect(m == base * 2 + BigInt(i)) }
    }
}

@Test func resultsLargerThanTheCachedSizesAreExact() {
    let limbs = GMPIntegerPool.largestCapacity + 10
    let a = big(limbs: limbs, plus: 3)
    let r = a + a
    #expect(r.limbCount == limbs + 1)
    #expect(r - a == a)
}

#if os(Linux)
/// Holds a value across threads so it can be checked in place (no copy that would add a reference).
private final class Holder: @unchecked Sendable {
    var value: BigInt?
    var sharedWhileThreadLived = false
}

@Test func exitingThreadReleasesItsCachedBoxes() {
    let holder = Holder()
    let context = Unmanaged.passRetained(holder).toOpaque()
    var thread = pthread_t()
    let status = pthread_create(&thread, nil, { raw in
        let holder = Unmanaged<Holder>.fromOpaque(raw!).takeRetainedValue()
        let x = (BigInt(1) << 200) + BigInt(1)
        holder.value = x + x  // a cached box: referenced by the value and by this thread's cache
        holder.sharedWhileThreadLived = holder.value?.uniqueMPZ(needingLimbs: 1) == nil
        return nil
    }, context)
    #expect(status == 0)
    pthread_join(thread, nil)
    #expect(holder.sharedWhileThreadLived)
    // The thread's cache was freed at exit, so the value is now the box's only owner.
    #expect(holder.value?.uniqueMPZ(needingLimbs: 1) != nil)
    #expect(holder.value == ((BigInt(1) << 200) + BigInt(1)) * 2)
}
#endif
