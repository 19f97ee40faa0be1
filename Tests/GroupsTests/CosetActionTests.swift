import Exact
import Testing
@testable import Groups

private func a5xa5() throws -> PermutationGroup {
    try group("(1,2,3,4,5),(1,2,3),(6,7,8,9,10),(6,7,8)")
}

@Test func aProperNormalSubgroupOfA5xA5IsOneFactor() throws {
    let g = try a5xa5()
    let m = try #require(ProperNormalSubgroup.find(in: g, maximumIndex: 1000, seed: 1))
    #expect(m.order == BigInt(60))
    #expect(m.isNormal(in: g))
}

@Test func actionOnCosetsOfANormalSubgroupHasTheQuotientAsImage() throws {
    let g = try a5xa5()
    let first = PermutationGroup(generators: try ["(1,2,3,4,5)", "(1,2,3)"].map { try Permutation(cycles: $0) }, degree: 10)
    let action = try #require(CosetAction.onCosets(of: first, action: .natural(g), limit: 100))
    #expect(action.degree == 60)
    #expect(action.image.order == BigInt(60))
    // The first factor acts trivially on its own cosets, the second regularly.
    #expect(action.images[0].enumerated().allSatisfy { Int($1) == $0 })
    #expect(action.images[2].enumerated().allSatisfy { Int($1) != $0 })
}

@Test func cosetActionGivesUpBeyondTheLimit() throws {
    let g = try a5xa5()
    let first = PermutationGroup(generators: try ["(1,2,3,4,5)", "(1,2,3)"].map { try Permutation(cycles: $0) }, degree: 10)
    #expect(CosetAction.onCosets(of: first, action: .natural(g), limit: 59) == nil)
}
