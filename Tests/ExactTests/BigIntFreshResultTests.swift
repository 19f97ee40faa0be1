import Seeded
import Testing
@testable import Exact

// Fresh results of +, -, * and negation are built without releasing anything (`makeWithoutRelease`): in a
// free cached box left to the cache when the result fits Int, or, when every cached box of the size
// is held by a live value, in a new box (a result that cannot fit Int) or in temporary memory copied
// out only when it does not fit. These tests hold enough live values that the cache has no free box
// for the sizes used, so the uncached paths run, and check them against the reference.

private let pairs = TestInputs.pairs(count: 300, seed: 0x5EED_0003)

/// Live results filling every cached slot of the sizes 2...16 limbs (what the pairs below need).
private func occupyCachedBoxes() -> [BigInt] {
    var held: [BigInt] = []
    for limbs in 2...16 {
        let x = BigInt(1) << (64 * (limbs - 1) - 1)  // limbs - 1 limbs, so x + n asks for `limbs`
        held.append(x)  // it may hold a cached box itself
        while GMPIntegerPool.unretainedFreeBox(limbs: limbs) != nil { held.append(x + BigInt(held.count)) }
    }
    return held
}

@Test func freshArithmeticWithNoFreeCachedBoxMatchesReference() {
    let held = occupyCachedBoxes()
    #expect(GMPIntegerPool.unretainedFreeBox(limbs: 3) == nil)  // the uncached paths are what runs
    for (a, b) in pairs {
        let (x, y) = (BigInt(a), BigInt(b))
        #expect((x + y).description == (a + b).decimal, "\(a.decimal) + \(b.decimal)")
        #expect((x - y).description == (a - b).decimal, "\(a.decimal) - \(b.decimal)")
        #expect((x * y).description == (a * b).decimal, "\(a.decimal) * \(b.decimal)")
        #expect((-x).description == (-a).decimal, "-\(a.decimal)")
    }
    withExtendedLifetime(held) {}
}

@Test func cancellingSumsAreInlineWhetherOrNotACachedBoxIsFree() {
    let big = (BigInt(1) << 130) + BigInt(12345)
    let other = -((BigInt(1) << 130) + BigInt(12000))
    for occupied in [false, true] {
        let held = occupied ? occupyCachedBoxes() : []
        let sum = big + other
        let difference = big - (-other)
        #expect(sum == BigInt(345) && !sum.isLarge)
        #expect(difference == BigInt(345) && !difference.isLarge)
        #expect(((BigInt(1) << 64) - BigInt(1) - BigInt(Int.max)) == BigInt(Int.max) + 1)
        let minimum = BigInt.zero - (BigInt(1) << 63)  // a zero minuend: Int.min, inline
        #expect(minimum == BigInt(Int.min) && !minimum.isLarge)
        withExtendedLifetime(held) {}
    }
}

@Test func resultInAFreedCachedBoxDoesNotChangeLiveOperands() {
    // Each result may reuse the box of a value that has just died; operands still alive keep theirs.
    var rng = SplitMix64(seed: 11)
    let values = (0..<8).map { _ in (BigInt(Int.random(in: 1...Int.max, using: &rng)) << 100) + BigInt(Int.random(in: 0...99, using: &rng)) }
    let originals = values.map(\.description)
    for step in 0..<200 {
        let i = step % values.count, j = (step * 7 + 3) % values.count
        let r = values[i] + values[j] - values[j]  // the intermediate dies at once
        #expect(r == values[i])
        #expect(values.map(\.description) == originals)
    }
}

@Test func accumulatorWritesInPlaceAfterItsFirstLargeSum() {
    let step = (BigInt(1) << 300) + BigInt(1)
    var x = BigInt(7)
    x += step  // a box of its own, not a cached one
    #expect(x.uniqueMPZ(needingLimbs: step.limbCount + 1) != nil)
    let copy = x
    x += step  // shared with `copy`: must not write into it
    #expect(copy == step + BigInt(7))
    #expect(x == step * 2 + BigInt(7))
}

@Test func selfAliasedUpdatesAreCorrect() {
    let v = (BigInt(1) << 200) + BigInt(3)
    var x = v
    x += x
    #expect(x == v * 2)
    x -= x
    #expect(x == .zero && !x.isLarge)
    var y = v
    y = y + y
    #expect(y == v * 2)
    y *= y
    #expect(y == v * v * 4)
    #expect(v == (BigInt(1) << 200) + BigInt(3))
}
