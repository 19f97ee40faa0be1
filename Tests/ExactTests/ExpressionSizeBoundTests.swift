import Seeded
import Testing
@testable import Exact

/// Issue 18: `calc` limits held only from below. The power estimate is now an upper bound,
/// division is checked like a product, and --max-bits has a ceiling GMP can honour.
@Suite("calc size bounds")
struct ExpressionSizeBoundTests {
    private func error(_ text: String, maxBits: Int = ExpressionEvaluator.defaultMaxResultBits) -> ExpressionError? {
        do { _ = try ExpressionEvaluator(maxResultBits: maxBits).evaluate(text); return nil } catch { return error }
    }

    @Test func powerBoundIsAnUpperBoundAndTight() {
        var rng = SplitMix64(seed: 18)
        for _ in 0..<300 {
            let base = BigInt(Int(rng.next() % 1_000_000) + 2) * (BigInt(1) << Int(rng.next() % 100))
            let e = Int(rng.next() % 300) + 1
            let exact = base.power(e).bitWidth
            let bound = ExpressionParser.powerBitsUpperBound(base, exponent: UInt(e))!
            #expect(bound >= UInt(exact), "\(base)^\(e)")
            #expect(bound <= UInt(exact) + 2, "\(base)^\(e): bound \(bound), exact \(exact)")
        }
        // Powers of two are exact.
        #expect(ExpressionParser.powerBitsUpperBound(BigInt(2), exponent: 4_000_000) == 4_000_001)
        #expect(ExpressionParser.powerBitsUpperBound(BigInt(3), exponent: .max) == nil)
    }

    @Test func threeToTheFourMillionIsRefusedTwoToTheFourMillionIsNot() {
        // 3^4000000 has 6339851 bits, over 2^22; the old lower-bound estimate said 4000001.
        #expect(error("3^4000000")?.message.hasPrefix("result too large") == true)
        #expect(error("2^4000000 - 2^4000000") == nil)
    }

    @Test func divisionIsSizeCheckedBeforeItIsComputed() {
        #expect(error("2^4000000/(1/2^4000000)")?.column == 10)
        #expect(error("2^900 / 2^-900", maxBits: 1_000)?.column == 7)
        #expect(error("2^400 / 2^-400", maxBits: 1_000) == nil)
    }

    @Test func maxBitsIsClampedBelowWhatGMPAborts() {
        #expect(ExpressionEvaluator(maxResultBits: .max).maxResultBits == ExpressionEvaluator.maximumMaxResultBits)
        #expect(error("2^(2^40)", maxBits: .max)?.message.hasPrefix("result too large") == true)
    }
}
