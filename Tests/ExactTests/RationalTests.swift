import Seeded
import Foundation
import Testing
@testable import Exact

/// Rationals whose parts straddle the word boundary, so both the Int fast path and the BigInt
/// path (and the switch between them) are exercised.
private let rationals: [Rational] = {
    var rng = SplitMix64(seed: 0x0A71)
    let ints = TestInputs.random(count: 60, seed: 21).map { BigInt($0) }
    var out: [Rational] = [.zero, .one, Rational(-1), Rational(1, 3)!, Rational(Int.max), Rational(Int.min),
                           Rational(BigInt(Int.max), BigInt(Int.max) - 1)!, Rational(1, Int.max)!]
    while out.count < 70 {
        let n = ints.randomElement(using: &rng)!
        let d = ints.randomElement(using: &rng)!
        if let r = Rational(n, d) { out.append(r) }
        out.append(Rational(Int.random(in: -50...50, using: &rng), Int.random(in: 1...50, using: &rng))!)
    }
    return out
}()

private func isCanonical(_ r: Rational) -> Bool {
    r.denominator.signum > 0 && BigInt.gcd(r.numerator, r.denominator) == 1 && (!r.isZero || r.denominator == 1)
}

@Test func constructionReducesAndNormalizesSign() {
    let r = Rational(BigInt(6), BigInt(-4))!
    #expect(r.numerator == -3 && r.denominator == 2)
    #expect(Rational(0, -7)! == .zero && Rational(0, -7)!.denominator == 1)
    #expect(Rational(Int.min, Int.min)! == .one)
    #expect(Rational(1, Int.min)!.description == "-1/9223372036854775808")
    #expect(Rational(BigInt(5), BigInt(0)) == nil)
}

@Test func everyOperationReturnsCanonicalForm() {
    for a in rationals {
        for b in rationals.prefix(35) {
            #expect(isCanonical(a + b) && isCanonical(a - b) && isCanonical(a * b), "\(a), \(b)")
            if let q = a.divided(by: b) { #expect(isCanonical(q)) }
        }
    }
}

@Test func fastPathAgreesWithBigIntPath() {
    for a in rationals {
        for b in rationals.prefix(35) {
            let (an, ad, bn, bd) = (a.numerator, a.denominator, b.numerator, b.denominator)
            #expect(a + b == Rational.bigSum(an, ad, bn, bd))
            #expect(a * b == Rational.bigProduct(an, ad, bn, bd))
            #expect((a < b) == (an * bd < bn * ad))
        }
    }
}

@Test func fieldLawsHold() {
    for a in rationals.prefix(30) {
        for b in rationals.prefix(30) {
            #expect((a + b) - b == a)
            #expect(a + b == b + a && a * b == b * a)
            if !b.isZero { #expect(a.divided(by: b)! * b == a) }
            for c in rationals.suffix(5) { #expect(a * (b + c) == a * b + a * c) }
        }
    }
}

@Test func divisionByZeroAndInverseOfZeroAreNil() {
    #expect(Rational(3).divided(by: .zero) == nil)
    #expect(Rational.zero.inverse == nil)
    #expect(Rational(-2, 3)!.inverse == Rational(-3, 2)!)
}

@Test func powersFloorAndCeil() {
    let r = Rational(-2, 3)!
    #expect(r.power(3) == Rational(-8, 27)!)
    #expect(r.power(-2) == Rational(9, 4)!)
    #expect(r.power(0) == .one)
    #expect(Rational.zero.power(-1) == nil)
    #expect(Rational(7, 2)!.floor == 3 && Rational(7, 2)!.ceil == 4)
    #expect(Rational(-7, 2)!.floor == -4 && Rational(-7, 2)!.ceil == -3)
    #expect(Rational(5).floor == 5 && Rational(5).ceil == 5)
}

@Test func comparisonIsATotalOrderConsistentWithSubtraction() {
    for a in rationals { for b in rationals.prefix(35) { #expect((a < b) == ((b - a).signum > 0)) } }
}

@Test func parsingAcceptsFractionsIntegersAndDecimals() {
    let cases: [(String, String)] = [
        ("-3/4", "-3/4"), ("7", "7"), ("0.125", "1/8"), ("-2.5e3", "-2500"), ("6/-4", "-3/2"),
        (" 3/6 ", "1/2"), ("-.5", "-1/2"), ("1E-2", "1/100"), ("0x10/3", "16/3"),
        ("1_000/10", "100"), ("123456789012345678901234567890/10", "12345678901234567890123456789"),
    ]
    for (text, expected) in cases { #expect(Rational(text)?.description == expected, "\(text)") }
    for bad in ["", "1/0", "abc", "1/", "/2", "1.2.3", "1e", ".", "--1", "1/2/3", "e5"] {
        #expect(Rational(bad) == nil, "\(bad)")
    }
}

@Test func descriptionRoundTripsThroughParsing() {
    for r in rationals { #expect(Rational(r.description) == r) }
}

@Test func codableUsesFractionStrings() throws {
    let values = [Rational(-3, 4)!, Rational(7)]
    let encoder = JSONEncoder()
    encoder.outputFormatting = .withoutEscapingSlashes
    let data = try encoder.encode(values)
    #expect(String(decoding: data, as: UTF8.self) == #"["-3/4","7"]"#)
    #expect(try JSONDecoder().decode([Rational].self, from: data) == values)
}

@Test func doubleConversionsAreExactOrCorrectlyRounded() {
    #expect(Double(Rational(1, 3)!) == 1.0 / 3.0)
    #expect(Double(Rational(-7, 2)!) == -3.5)
    let third = Rational(BigInt(1), BigInt(3) * (BigInt(1) << 200))!
    #expect(Double(third) == (1.0 / 3.0) * 0x1p-200)
    let big = Rational(BigInt(10).power(40) + 1, BigInt(3))!
    #expect(Double(big) == 3.333333333333333e+39)  // Python: float(Fraction(10**40 + 1, 3))
    #expect(Rational(exactly: 0.375) == Rational(3, 8)!)
    #expect(Rational(exactly: -0x1p-1074)?.denominator == BigInt(1) << 1074)
    #expect(Rational(exactly: .nan) == nil)
}

@Test func gmpPathsMatchTheTextbookFormulasWhenDenominatorsShareFactors() {
    // Denominators built from a shared large factor and small primes, so the gcd-first reductions
    // (gcd of the denominators, then of the numerator with it) all take their non-trivial branches.
    var rng = SplitMix64(seed: 0xFAC7)
    let big = (BigInt(1) << 70) + 25, primes = [2, 3, 5, 7, 11, 13]
    func factor() -> BigInt {
        (0..<3).reduce(BigInt(1)) { acc, _ in acc * BigInt(primes.randomElement(using: &rng)!) }
    }
    for _ in 0..<300 {
        let shared = Bool.random(using: &rng) ? big * factor() : factor()
        let ad = shared * factor(), bd = shared * factor() * (Bool.random(using: &rng) ? big : 1)
        let an = (big * factor() + BigInt(Int.random(in: -9...9, using: &rng))) * (Bool.random(using: &rng) ? -1 : 1)
        let bn = big * factor() - BigInt(Int.random(in: -9...9, using: &rng))
        guard let a = Rational(an, ad), let b = Rational(bn, bd) else { continue }
        let (x, y, z, w) = (a.numerator, a.denominator, b.numerator, b.denominator)
        #expect(Rational.bigSum(x, y, z, w) == Rational(x * w + z * y, y * w)!)
        #expect(Rational.bigSum(x, y, z, w, negate: true) == Rational(x * w - z * y, y * w)!)
        #expect(Rational.bigProduct(x, y, z, w) == Rational(x * z, y * w)!)
        #expect(isCanonical(Rational.bigSum(x, y, z, w)) && isCanonical(Rational.bigProduct(x, y, z, w)))
    }
}
