import Exact
import Testing
@testable import Groups

private func verdict(_ id: String) throws -> PrimitiveSimplicity.Verdict {
    PrimitiveSimplicity.verdict(for: try CompositionFixture.named(id).group())
}

@Test func primitiveSimplicityProvesM12SimpleFromItsDegreeAlone() throws {
    guard case .simple = try verdict("M12") else { Issue.record("M12 not proven simple"); return }
}

@Test func primitiveSimplicityProvesPSL27OnEightPointsSimpleByItsBorelStabilizer() throws {
    // Degree 8 = 2^3 leaves the affine type open until the stabilizer 7:3 is seen not to be perfect.
    guard case .simple(let why) = try verdict("PSL(2,7) on 8 points") else {
        Issue.record("PSL(2,7) on 8 points not proven simple"); return
    }
    #expect(why.contains("non-perfect point stabilizer"))
}

@Test func primitiveSimplicityLeavesAGL32ToTheAffineSearch() throws {
    guard case .affinePossible(let p, let k) = try verdict("AGL(3,2)") else {
        Issue.record("AGL(3,2) not recognized as possibly affine"); return
    }
    #expect(p == 2 && k == 3)
}

@Test func primitiveSimplicityLeavesTheHolomorphOfA5ToTheRegularNormalSearch() throws {
    guard case .holomorphPossible = try verdict("A5 x A5 on 60 points") else {
        Issue.record("A5 x A5 on 60 points not recognized as possibly T x T"); return
    }
}

@Test func highPowersAreThoseWithBaseAndExponentAtLeastFive() {
    #expect(PrimitiveSimplicity.isHighPower(3125))
    #expect(PrimitiveSimplicity.isHighPower(7776))
    #expect(PrimitiveSimplicity.isHighPower(78125))  // 5^7
    #expect(!PrimitiveSimplicity.isHighPower(1024))
    #expect(!PrimitiveSimplicity.isHighPower(625))
    #expect(!PrimitiveSimplicity.isHighPower(3124))
}

@Test func generalLinearGroupOrders() {
    #expect(PrimitiveSimplicity.generalLinearOrder(3, 2) == BigInt(168))
    #expect(PrimitiveSimplicity.generalLinearOrder(2, 3) == BigInt(48))
    #expect(PrimitiveSimplicity.generalLinearOrder(4, 2) == BigInt(20160))
}

@Test func halfFactorialRecognizesTheOrderOfAlternatingGroups() {
    #expect(PrimitiveSimplicity.isHalfFactorial(BigInt(60), 5))
    #expect(PrimitiveSimplicity.isHalfFactorial(BigInt(20160), 8))
    #expect(!PrimitiveSimplicity.isHalfFactorial(BigInt(168), 8))
    #expect(!PrimitiveSimplicity.isHalfFactorial(BigInt(513621360), 1010))
}
