import Testing
@testable import Groups

/// A group and every member of its series are freed once the caller lets go of the group: the
/// cache keeps each series without the group itself (issue 19: a reference cycle leaked every
/// analysed group, about 13 kB per S4 in `tower group --batch`).
@Suite("group lifetime")
struct GroupLifetimeTests {
    /// Weak references to a group (S4, solvable, or A5 x C2, not solvable) and to every member of
    /// its series, taken after computing all of them.
    private static func analysedGroupReferences(_ generators: [String], degree: Int) throws -> [() -> PermutationGroup?] {
        let g = PermutationGroup(generators: try generators.map { try Permutation(cycles: $0) }, degree: degree)
        let members = g.derivedSeries + g.lowerCentralSeries + g.elementaryAbelian2Series + (g.compositionSeries ?? [])
        #expect(g.compositionSeries != nil)
        #expect(members.count > 4)
        return members.map { member in
            weak var weakMember = member
            return { weakMember }
        }
    }

    @Test(arguments: [
        (["(1,2,3,4)", "(1,2)"], 4),
        (["(1,2,3,4,5)", "(1,2,3)", "(6,7)"], 7),
    ])
    func seriesMembersAreFreed(generators: [String], degree: Int) throws {
        let references = try Self.analysedGroupReferences(generators, degree: degree)
        let alive = references.filter { $0() != nil }.count
        #expect(alive == 0, "\(alive) of \(references.count) series members still alive")
    }
}
