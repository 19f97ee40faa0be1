import Testing
@testable import Groups

@Test func productAppliesLeftFactorFirst() throws {
    let a = try Permutation(cycles: "(1,2)")
    let b = try Permutation(cycles: "(2,3)")
    // 1 -a-> 2 -b-> 3, so (1,2)*(2,3) = (1,3,2) as in GAP.
    #expect((a * b).description == "(1,3,2)")
    #expect((b * a).description == "(1,2,3)")
}

@Test func equalityIgnoresTrailingFixedPoints() throws {
    let a = try Permutation(cycles: "(1,2)")
    let b = try Permutation(cycles: "(1,2)", degree: 7)
    #expect(a == b)
    #expect(a.hashValue == b.hashValue)
    #expect(Set([a, b]).count == 1)
}

@Test func inverseUndoesThePermutation() throws {
    let p = try Permutation(cycles: "(1,5,2,4)(3,6)")
    #expect((p * p.inverse).isIdentity)
    #expect(p.inverse.description == "(1,4,2,5)(3,6)")
}

@Test func powersIncludingNegativeOnes() throws {
    let p = try Permutation(cycles: "(1,2,3,4,5)")
    #expect(p.power(2).description == "(1,3,5,2,4)")
    #expect(p.power(-1) == p.inverse)
    #expect(p.power(5).isIdentity)
    #expect(p.power(0).isIdentity)
}

@Test func orderIsLcmOfCycleLengths() throws {
    #expect(try Permutation(cycles: "(1,2,3)(4,5)").order == 6)
    #expect(try Permutation(cycles: "()").order == 1)
    #expect(try Permutation(cycles: "(1,2,3,4)(5,6,7,8,9,10)").orderBig.description == "12")
}

@Test func cycleStructureCountsFixedPoints() throws {
    let p = try Permutation(cycles: "(1,2,3)(4,5)", degree: 7)
    #expect(p.cycleStructure == [3: 1, 2: 1, 1: 2])
}

@Test func commutatorFollowsGapConvention() throws {
    let g = try Permutation(cycles: "(1,2,3)")
    let h = try Permutation(cycles: "(1,2)")
    // GAP: Comm((1,2,3),(1,2)) = (1,2,3)^-1 (1,2)^-1 (1,2,3) (1,2) = (1,2,3).
    #expect(g.commutator(with: h) == g.inverse * h.inverse * g * h)
    #expect(g.commutator(with: h).description == "(1,2,3)")
}
