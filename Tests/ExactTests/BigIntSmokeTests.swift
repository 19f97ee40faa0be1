import Testing
@testable import Exact

@Test func twoToTheSixtyFourIsEighteenQuintillion() {
    let x = BigInt(2).power(64)
    #expect(x.description == "18446744073709551616")
    #expect(x.isLarge)
    #expect((x - x).isZero)
}
