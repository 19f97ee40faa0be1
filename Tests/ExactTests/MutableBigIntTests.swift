import Testing
@testable import Exact

// MutableBigInt is the preallocated destination (an mpz_t in all but name). One destination is
// reused across all pairs below, so its storage grows, shrinks and is rewritten many times.

private let pairs = TestInputs.pairs(count: 300, seed: 0x5EED_0002)

@Test func mutableSumDifferenceAndProductMatchReference() {
    var r = MutableBigInt()
    for (a, b) in pairs {
        r.setSum(BigInt(a), BigInt(b))
        #expect(r.value.description == (a + b).decimal, "\(a.decimal) + \(b.decimal)")
        r.setDifference(BigInt(a), BigInt(b))
        #expect(r.value.description == (a - b).decimal, "\(a.decimal) - \(b.decimal)")
        r.setProduct(BigInt(a), BigInt(b))
        #expect(r.value.description == (a * b).decimal, "\(a.decimal) * \(b.decimal)")
    }
}

@Test func mutableUpdatesInPlaceMatchReference() {
    for (a, b) in pairs {
        var r = MutableBigInt(BigInt(a))
        r.add(BigInt(b))
        #expect(r.value.description == (a + b).decimal)
        r.subtract(BigInt(b))
        #expect(r.value.description == a.decimal)
        r.multiply(by: BigInt(b))
        #expect(r.value.description == (a * b).decimal)
    }
}

@Test func mutableValueIsCanonical() {
    let big = BigInt(1) << 100
    var r = MutableBigInt()
    r.setSum(big, BigInt(5))
    #expect(r.value.isLarge)
    r.setDifference(r.value, big)  // the destination's own value as an operand
    #expect(r.value == BigInt(5))
    #expect(!r.value.isLarge)
    #expect(r.value.hashValue == BigInt(5).hashValue)
}

@Test func mutableValueIsACopyLaterWritesDoNotChange() {
    var r = MutableBigInt(BigInt(1) << 200)
    let before = r.value
    r.add(BigInt(1))
    r.setProduct(before, before)
    #expect(before == BigInt(1) << 200)
    #expect(r.value == BigInt(1) << 400)
}

@Test func mutableLimbsAndSignumDescribeTheValue() {
    let v = -((BigInt(3) << 128) + BigInt(7))
    var r = MutableBigInt(v)
    #expect(r.signum == -1)
    #expect(r.limb(at: 0) == 7 && r.limb(at: 1) == 0 && r.limb(at: 2) == 3 && r.limb(at: 3) == 0)
    r.set(BigInt.zero)
    #expect(r.signum == 0 && r.limb(at: 0) == 0)
}
