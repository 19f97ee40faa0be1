import Testing
@testable import Exact

// Algebraic laws over values straddling the Int boundary (the fast path / GMP switch).

private let values = TestInputs.random(count: 90, seed: 0x1A35).map { BigInt($0) }

@Test func additionIsCommutativeAndAssociative() {
    for a in values.prefix(30) {
        for b in values.prefix(30) {
            #expect(a + b == b + a)
            for c in values.suffix(8) { #expect((a + b) + c == a + (b + c)) }
        }
    }
}

@Test func multiplicationDistributesOverAddition() {
    for a in values.prefix(30) {
        for b in values.prefix(30) {
            for c in values.suffix(8) { #expect(a * (b + c) == a * b + a * c) }
        }
    }
}

@Test func subtractionUndoesAddition() {
    for a in values { for b in values.prefix(40) { #expect((a + b) - b == a) } }
}

@Test func quotientTimesDivisorPlusRemainderIsDividendInEveryConvention() {
    for a in values {
        for b in values.prefix(40) where !b.isZero {
            let t = a.quotientAndRemainder(dividingBy: b)!
            let f = a.flooredQuotientAndRemainder(dividingBy: b)!
            let e = a.euclideanQuotientAndRemainder(dividingBy: b)!
            #expect(t.quotient * b + t.remainder == a)
            #expect(f.quotient * b + f.remainder == a)
            #expect(e.quotient * b + e.remainder == a)
            #expect(t.remainder.magnitude < b.magnitude && (t.remainder.isZero || t.remainder.signum == a.signum))
            #expect(f.remainder.isZero || f.remainder.signum == b.signum)
            #expect(e.remainder.signum >= 0 && e.remainder < b.magnitude)
        }
    }
}

@Test func gcdTimesLcmIsAbsoluteProduct() {
    for a in values.prefix(40) {
        for b in values.prefix(40) {
            #expect(BigInt.gcd(a, b) * BigInt.lcm(a, b) == (a * b).magnitude)
        }
    }
}

@Test func powersAddExponents() {
    for a in values.prefix(30) {
        for (m, n) in [(0, 3), (1, 1), (2, 5), (7, 4), (13, 20)] {
            #expect(a.power(m + n) == a.power(m) * a.power(n))
        }
    }
    #expect(BigInt(0).power(0) == 1)
    #expect(BigInt(-3).power(3) == -27)
    #expect(BigInt.pow(2, 100).description == "1267650600228229401496703205376")
}

@Test func compoundAssignmentMatchesOperatorsAndLeavesCopiesAlone() {
    for a in values.prefix(40) {
        for b in values.prefix(40) {
            var x = a
            let copy = x
            x += b
            #expect(x == a + b && copy == a)
            x -= b
            #expect(x == a)
            x *= b
            #expect(x == a * b && copy == a)
        }
    }
}

@Test func inPlaceAccumulationOnAUniqueBoxIsExact() {
    // A long += / -= chain exercises the unique-box path repeatedly, including a self-add.
    var acc = BigInt(1) << 200
    let step = (BigInt(1) << 190) + 12345
    for _ in 0..<100 { acc += step }
    for _ in 0..<100 { acc -= step }
    #expect(acc == BigInt(1) << 200)
    acc += acc
    #expect(acc == BigInt(1) << 201)
    acc *= acc
    #expect(acc == BigInt(1) << 402)
}

@Test func exactDivisionMatchesTruncatingDivision() {
    for a in values.prefix(30) {
        for b in values.prefix(30) where !b.isZero {
            #expect((a * b).exactlyDivided(by: b) == a)
        }
    }
    #expect(BigInt(5).exactlyDivided(by: 0) == nil)
}

@Test func sumOfProductsMatchesSeparateOperations() {
    for a in values.prefix(12) {
        for b in values.prefix(12) {
            for (c, d) in zip(values.suffix(6), values.suffix(12).prefix(6)) {
                #expect(BigInt.sumOfProducts(a, b, c, d, subtracting: false) == a * b + c * d)
                #expect(BigInt.sumOfProducts(a, b, c, d, subtracting: true) == a * b - c * d)
            }
        }
    }
}
