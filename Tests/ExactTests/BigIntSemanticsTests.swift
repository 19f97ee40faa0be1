import Testing
@testable import Exact

@Test func divisionConventionsOnAllSignCombinations() {
    // (a, b) -> truncating (q, r), floored (q, r), Euclidean (q, r)
    let cases: [(Int, Int, (Int, Int), (Int, Int), (Int, Int))] = [
        (7, 2, (3, 1), (3, 1), (3, 1)),
        (-7, 2, (-3, -1), (-4, 1), (-4, 1)),
        (7, -2, (-3, 1), (-4, -1), (-3, 1)),
        (-7, -2, (3, -1), (3, -1), (4, 1)),
        (6, -3, (-2, 0), (-2, 0), (-2, 0)),
    ]
    let big = BigInt(1) << 100
    for (a, b, t, f, e) in cases {
        for scale in [BigInt(1), big] {  // the same identities with GMP-sized operands
            let (x, y) = (BigInt(a) * scale, BigInt(b))
            let tr = x.quotientAndRemainder(dividingBy: y)!
            let fl = x.flooredQuotientAndRemainder(dividingBy: y)!
            let eu = x.euclideanQuotientAndRemainder(dividingBy: y)!
            if scale == 1 {
                #expect(tr == (BigInt(t.0), BigInt(t.1)))
                #expect(fl == (BigInt(f.0), BigInt(f.1)))
                #expect(eu == (BigInt(e.0), BigInt(e.1)))
            }
            #expect(tr.quotient * y + tr.remainder == x)
            #expect(fl.quotient * y + fl.remainder == x && (fl.remainder.isZero || fl.remainder.signum == y.signum))
            #expect(eu.remainder.signum >= 0 && eu.quotient * y + eu.remainder == x)
        }
    }
}

@Test func divisionByZeroReturnsNil() {
    for a in [BigInt(0), BigInt(5), BigInt(-5), BigInt(1) << 100] {
        #expect(a.quotientAndRemainder(dividingBy: 0) == nil)
        #expect(a.flooredQuotientAndRemainder(dividingBy: 0) == nil)
        #expect(a.euclideanQuotientAndRemainder(dividingBy: 0) == nil)
    }
}

@Test func intMinDividedByMinusOnePromotes() {
    let q = BigInt(Int.min).quotientAndRemainder(dividingBy: -1)!
    #expect(q.quotient.description == "9223372036854775808" && q.remainder == 0)
    #expect((-BigInt(Int.min)).description == "9223372036854775808")
}

@Test func valueComputedThroughGMPIsStoredSmallAndHashesLikeSmall() {
    let twoTo64 = BigInt(1) << 64
    #expect(twoTo64.isLarge)
    let five = (twoTo64 + 5) - twoTo64
    #expect(!five.isLarge)
    #expect(five == BigInt(5))
    #expect(five.hashValue == BigInt(5).hashValue)
    let viaDivision = (twoTo64 * 7) / twoTo64
    #expect(!viaDivision.isLarge && viaDivision.hashValue == BigInt(7).hashValue)
    #expect(Set([five, BigInt(5), viaDivision, BigInt(7)]).count == 2)
}

@Test func equalLargeValuesFromDifferentComputationsHashEqual() {
    let a = BigInt(3).power(80)
    let b = BigInt("147808829414345923316083210206383297601")!
    let c = (BigInt(3).power(40) * BigInt(3).power(40) + (BigInt(1) << 130)) - (BigInt(1) << 130)
    #expect(a == b && b == c)
    #expect(a.hashValue == b.hashValue && b.hashValue == c.hashValue)
}

@Test func intConversionIsFailableOutsideTheWord() {
    #expect(Int(exactly: BigInt(Int.max)) == Int.max)
    #expect(Int(exactly: BigInt(Int.max) + 1) == nil)
    #expect(Int(exactly: BigInt(Int.min)) == Int.min)
    #expect(Int(exactly: BigInt(Int.min) - 1) == nil)
    #expect(BigInt(UInt.max).description == "18446744073709551615")
}

@Test func limbAndBitWidthHelpersDescribeTheMagnitude() {
    let x = (BigInt(1) << 130) + 3
    #expect(x.limbCount == 3 && x.bitWidth == 131)
    #expect(x.limb(at: 0) == 3 && x.limb(at: 2) == 4 && x.limb(at: 9) == 0)
    #expect(BigInt(0).bitWidth == 0 && BigInt(-8).bitWidth == 4 && BigInt(0).limbCount == 0)
}

@Test func factorialAndBinomialHaveKnownValues() {
    #expect(BigInt.factorial(25)?.description == "15511210043330985984000000")
    #expect(BigInt.factorial(-1) == nil)
    #expect(BigInt.binomial(10, 3) == 120)
    #expect(BigInt.binomial(-4, 2) == 10)  // C(-n, k) = (-1)^k C(n+k-1, k)
    #expect(BigInt.binomial(5, -1) == nil)
}

@Test func storageLayoutIsWhatUnretainedBoxAssumes() {
    #expect(MemoryLayout<BigInt.Storage>.size == MemoryLayout<(UInt, UInt8)>.size)
    for v in [BigInt(0), BigInt(1), BigInt(-1), BigInt(Int.max), BigInt(Int.min)] {
        #expect(v.unretainedBox == nil)
        guard case .small(let w) = v.storage else { Issue.record("\(v) should be inline"); continue }
        #expect(v.intValue == w)
    }
    let large = BigInt(1) << 100
    guard case .large(let box) = large.storage else { Issue.record("2^100 should be large"); return }
    #expect(large.unretainedBox?.toOpaque() == Unmanaged.passUnretained(box).toOpaque())
    #expect(large.intValue == nil)
}

/// 2^k on both sides of the word boundary, and near misses (2^k +- 1, -2^k, 0), against the
/// definition: a positive value whose binary digits contain exactly one 1.
@Test func isPowerOfTwoMatchesTheBinaryDigits() {
    for k in 0..<200 {
        let p = BigInt.one << k
        let candidates: [BigInt] = [p, p + 1, p - 1, -p, p * 3]
        for x in candidates {
            let digits = x.signum > 0 ? x.description(radix: 2) : ""
            let expected = digits.filter { $0 == "1" }.count == 1
            #expect(x.isPowerOfTwo == expected, "\(x)")
        }
    }
    #expect(!BigInt(0).isPowerOfTwo)
}
