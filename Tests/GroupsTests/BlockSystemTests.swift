import Testing
@testable import Groups

private func tables(_ cycles: [String]) throws -> [[Int32]] {
    let perms = try cycles.map { try Permutation(cycles: $0) }
    let n = perms.map(\.largestMovedPointPlusOne).max() ?? 0
    return perms.map { $0.extended(to: n).table }
}

@Test func minimalBlocksOfTheSquareJoinOppositeCorners() throws {
    // D8 on the corners 1..4 of a square: {1,3} and {2,4} are blocks, {1,2} lies in no block but the whole set.
    let d8 = try tables(["(1,2,3,4)", "(1,3)"])
    #expect(BlockSystem.minimal(joining: 0, 2, generators: d8, degree: 4) == [0, 1, 0, 1])
    #expect(BlockSystem.minimal(joining: 0, 1, generators: d8, degree: 4) == [0, 0, 0, 0])
}

@Test func aNonTrivialBlockSystemIsFoundForAnImprimitiveGroup() throws {
    // C2 wr C3 on 6 points: blocks {1,2}, {3,4}, {5,6}.
    let g = try tables(["(1,2)", "(1,3,5)(2,4,6)"])
    let blocks = try #require(BlockSystem.nontrivial(generators: g, degree: 6))
    #expect(blocks == [0, 0, 1, 1, 2, 2])
}

@Test func primitiveGroupsHaveNoNonTrivialBlockSystem() throws {
    #expect(BlockSystem.isPrimitive(generators: try tables(["(1,2,3,4,5,6)", "(1,2)"]), degree: 6))
    #expect(BlockSystem.isPrimitive(generators: try tables(["(1,2,3,4,5,6,7)"]), degree: 7))
    #expect(!BlockSystem.isPrimitive(generators: try tables(["(1,2,3,4,5,6)"]), degree: 6))
}
