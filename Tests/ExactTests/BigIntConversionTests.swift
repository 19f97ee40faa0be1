import Seeded
import Foundation
import Testing
@testable import Exact

@Test func decimalStringsRoundTrip() {
    for v in TestInputs.random(count: 200, seed: 11) {
        let s = v.decimal
        #expect(BigInt(s)?.description == s)
    }
}

@Test func hexStringsRoundTrip() {
    for v in TestInputs.random(count: 200, seed: 12) {
        let big = BigInt(v)
        let hex = (big.signum < 0 ? "-0x" : "0x") + String(big.magnitude, radix: 16)
        #expect(hex == v.hex)
        #expect(BigInt(hex) == big)
        #expect(BigInt(hex.uppercased().replacingOccurrences(of: "0X", with: "0x")) == big)
    }
}

@Test func underscoresSeparateDigits() {
    #expect(BigInt("1_000_000") == 1_000_000)
    #expect(BigInt("0xffff_ffff_ffff_ffff_ffff")?.description == "1208925819614629174706175")
    #expect(BigInt("-123_456_789_012_345_678_901_234")?.description == "-123456789012345678901234")
}

@Test func malformedStringsAreRejected() {
    for bad in ["", "-", "+", "0x", "_1", "1_", "1__0", "12a", "0x1g", " 1", "1 ", "1.5", "--1", "0x-1", "１２", "٣"] {
        #expect(BigInt(bad) == nil, "\(bad)")
    }
    #expect(BigInt("+42") == 42 && BigInt("-0") == 0 && BigInt("0x0") == 0)
}

@Test func codableUsesDecimalStrings() throws {
    let values = [BigInt(-5), BigInt(1) << 100]
    let data = try JSONEncoder().encode(values)
    #expect(String(decoding: data, as: UTF8.self) == #"["-5","1267650600228229401496703205376"]"#)
    #expect(try JSONDecoder().decode([BigInt].self, from: data) == values)
    #expect(throws: DecodingError.self) { try JSONDecoder().decode([BigInt].self, from: Data(#"["12x"]"#.utf8)) }
}

@Test func doubleConversionRoundsToNearestEven() {
    let twoTo64 = BigInt(1) << 64
    #expect(Double(twoTo64) == 0x1p64)
    #expect(Double(twoTo64 + (BigInt(1) << 11)) == 0x1p64)  // a tie: rounds to even
    #expect(Double(twoTo64 + (BigInt(1) << 11) + 1) == 0x1p64 + 0x1p12)  // just above the tie
    #expect(Double(-(BigInt(1) << 1100)) == -.infinity)
    var rng = SplitMix64(seed: 13)
    for _ in 0..<200 {
        let u = UInt.random(in: UInt(Int.max)...UInt.max, using: &rng)
        #expect(Double(BigInt(u)) == Double(u))
        #expect(Double(-BigInt(u)) == -Double(u))
    }
}

@Test func exactDoubleConversionRejectsFractionsAndNonFiniteValues() {
    #expect(BigInt(exactly: 1e30)?.description == "1000000000000000019884624838656")
    #expect(BigInt(exactly: -4.0) == -4)
    #expect(BigInt(exactly: 0.5) == nil && BigInt(exactly: .nan) == nil && BigInt(exactly: .infinity) == nil)
    #expect(BigInt(truncating: -2.7) == -2 && BigInt(rounding: -2.5) == -3 && BigInt(rounding: 2.5, .toNearestOrEven) == 2)
    #expect(BigInt(truncating: .nan) == nil)
}

/// Orders in one-line messages: full up to 40 digits, else four significant digits (truncated,
/// not rounded) and the digit count.
@Test func abbreviatedKeepsShortNumbersAndCutsLongOnes() {
    #expect(BigInt.factorial(25)!.abbreviated() == "15511210043330985984000000")
    #expect((BigInt(10).power(40)).abbreviated() == "1.000e40 (41 digits)")
    #expect((BigInt(10).power(39)).abbreviated() == BigInt(10).power(39).description)
    #expect(BigInt.factorial(100)!.abbreviated() == "9.332e157 (158 digits)")
    #expect((-BigInt.factorial(100)!).abbreviated() == "-9.332e157 (158 digits)")
    #expect(BigInt(123456).abbreviated(maximumDigits: 2) == "1.234e5 (6 digits)")
}
