import Testing
@testable import Exact

// BigInt against the GMP-free ReferenceInteger, over values straddling the Int boundary.

private let pairs = TestInputs.pairs(count: 300, seed: 0x5EED_0001)

@Test func parsingReferenceHexGivesReferenceDecimal() {
    for v in TestInputs.random(count: 300, seed: 7) {
        #expect(BigInt(v).description == v.decimal, "\(v.hex)")
    }
}

@Test func additionMatchesReference() {
    for (a, b) in pairs {
        #expect((BigInt(a) + BigInt(b)).description == (a + b).decimal, "\(a.decimal) + \(b.decimal)")
    }
}

@Test func subtractionMatchesReference() {
    for (a, b) in pairs {
        #expect((BigInt(a) - BigInt(b)).description == (a - b).decimal, "\(a.decimal) - \(b.decimal)")
    }
}

@Test func multiplicationMatchesReference() {
    for (a, b) in pairs {
        #expect((BigInt(a) * BigInt(b)).description == (a * b).decimal, "\(a.decimal) * \(b.decimal)")
    }
}

@Test func negationMatchesReference() {
    for v in TestInputs.random(count: 200, seed: 8) {
        #expect((-BigInt(v)).description == (-v).decimal)
        #expect(BigInt(v).magnitude.description == ReferenceInteger(limbs: v.limbs).decimal)
    }
}

@Test func truncatingDivisionMatchesReference() {
    for (a, b) in pairs where !b.isZero {
        let (q, r) = a.quotientAndRemainder(dividingBy: b)
        let got = BigInt(a).quotientAndRemainder(dividingBy: BigInt(b))!
        #expect(got.quotient.description == q.decimal, "\(a.decimal) / \(b.decimal)")
        #expect(got.remainder.description == r.decimal, "\(a.decimal) % \(b.decimal)")
        #expect((BigInt(a) / BigInt(b)) == got.quotient)
        #expect((BigInt(a) % BigInt(b)) == got.remainder)
    }
}

@Test func comparisonMatchesReference() {
    for (a, b) in pairs {
        #expect((BigInt(a) < BigInt(b)) == (a < b), "\(a.decimal) < \(b.decimal)")
        #expect((BigInt(a) == BigInt(b)) == (a == b))
    }
}

@Test func gcdMatchesReferenceEuclid() {
    for (a, b) in pairs.prefix(400) {
        var (x, y) = (ReferenceInteger(limbs: a.limbs), ReferenceInteger(limbs: b.limbs))
        while !y.isZero { (x, y) = (y, x.quotientAndRemainder(dividingBy: y).1) }
        #expect(BigInt.gcd(BigInt(a), BigInt(b)).description == x.decimal, "gcd(\(a.decimal), \(b.decimal))")
    }
}

@Test func shiftsMatchMultiplicationAndFlooredDivisionByPowersOfTwo() {
    for v in TestInputs.random(count: 120, seed: 9) {
        for k in [0, 1, 31, 63, 64, 65, 130] {
            let big = BigInt(v), twoK = BigInt(1) << k
            #expect((big << k).description == (v * ReferenceInteger(decimal: twoK.description)).decimal)
            #expect(big >> k == big.flooredQuotientAndRemainder(dividingBy: twoK)!.quotient, "\(v.decimal) >> \(k)")
            #expect(big << -k == big >> k)
        }
    }
}
