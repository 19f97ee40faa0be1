import Exact
import Testing
@testable import Groups

func group(_ text: String) throws -> PermutationGroup {
    PermutationGroup(generators: try Permutation.parseList(text))
}

func orders(_ series: [PermutationGroup]) -> [String] { series.map { $0.order.description } }

@Test func derivedSeriesOfS3StopsAtTrivialGroup() throws {
    let s3 = try group("(1,2,3),(1,2)")
    #expect(orders(s3.derivedSeries) == ["6", "3", "1"])
    #expect(orders(s3.lowerCentralSeries) == ["6", "3"])
}

@Test func derivedLengthOfS4IsThree() throws {
    let s4 = try group("(1,2,3,4),(1,2)")
    #expect(s4.order == BigInt(24))
    #expect(orders(s4.derivedSeries) == ["24", "12", "4", "1"])
    #expect(s4.derivedLength == 3)
    #expect(s4.nilpotencyClass == nil)
}

@Test func s5IsNotSolvableAndSeriesStopsAtA5() throws {
    let s5 = try group("(1,2,3,4,5),(1,2)")
    #expect(orders(s5.derivedSeries) == ["120", "60"])
    #expect(orders(s5.lowerCentralSeries) == ["120", "60"])
    #expect(s5.derivedLength == nil)
    #expect(!s5.isSolvable)
    #expect(s5.perfectResiduum.order == BigInt(60))
}

@Test func dihedralGroupOfOrderEightHasClassTwo() throws {
    let d8 = try group("(1,2,3,4),(1,3)")
    #expect(d8.order == BigInt(8))
    #expect(d8.nilpotencyClass == 2)
    #expect(d8.derivedLength == 2)
    #expect(orders(d8.elementaryAbelian2Series) == ["8", "2", "1"])
}

@Test func quaternionGroupIsNilpotentOfClassTwo() throws {
    // Q8 in its regular representation.
    let q8 = try group("(1,2,4,7)(3,6,8,5),(1,3,4,8)(2,5,7,6)")
    #expect(q8.order == BigInt(8))
    #expect(q8.isNilpotent)
    #expect(q8.nilpotencyClass == 2)
    #expect(!q8.isAbelian)
}

@Test func trivialGroupHasDerivedLengthZero() throws {
    let t = try group("()")
    #expect(t.order == BigInt(1))
    #expect(t.derivedLength == 0)
    #expect(t.nilpotencyClass == 0)
    #expect(orders(t.derivedSeries) == ["1"])
}

@Test func membershipBySifting() throws {
    let a4 = try group("(1,2,3),(2,3,4)")
    #expect(a4.contains(try Permutation(cycles: "(1,2)(3,4)")))
    #expect(!a4.contains(try Permutation(cycles: "(1,2)")))
}

@Test func elementsListsEveryElementOnceIdentityFirst() throws {
    let s4 = try group("(1,2,3,4),(1,2)")
    let all = s4.elements()
    #expect(all.count == 24)
    #expect(Set(all).count == 24)
    #expect(all[0].isIdentity)
}
