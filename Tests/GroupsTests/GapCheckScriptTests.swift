import Exact
import Testing
@testable import Groups

/// The text of the GAP check script (running it in GAP is TowerCLITests' GapScriptAgreementTests).
@Suite struct GapCheckScriptTests {
    private func claims(_ group: PermutationGroup) -> GapCheckScript.Claims {
        GapCheckScript.Claims(order: group.order, derivedSeriesOrders: group.derivedSeries.map(\.order),
                              derivedFactorInvariants: group.derivedFactorInvariants,
                              lowerCentralSeriesOrders: group.lowerCentralSeries.map(\.order),
                              compositionFactorOrders: try? group.compositionSeriesResult.get().factorOrders)
    }

    private func script(_ name: String) throws -> String {
        let group = try GroupCatalog.group(named: name)
        return GapCheckScript.script([GapCheckScript.Entry(label: name, generators: group.generators, claims: claims(group))],
                                     command: "test")
    }

    @Test func solvableGroupChecksEveryInvariant() throws {
        let s = try script("S4")
        #expect(s.contains("[ \"Size\", Size, 24 ]"))
        #expect(s.contains("[ \"DerivedLength\", DerivedLength, 3 ]"))
        #expect(s.contains("G -> List(DerivedSeriesOfGroup(G), Size), [ 24, 12, 4, 1 ] ]"))
        #expect(s.contains("TowerFactorInvariants, [ [ 2 ], [ 3 ], [ 2, 2 ] ] ]"))
        #expect(s.contains("G -> List(LowerCentralSeriesOfGroup(G), Size), [ 24, 12 ] ]"))
        #expect(s.contains("[ \"IsNilpotentGroup\", IsNilpotentGroup, false ]"))
        #expect(!s.contains("\"NilpotencyClassOfGroup\""))
        #expect(s.contains("TowerCompositionFactorOrders, [ 2, 2, 2, 3 ] ]"))
        #expect(s.hasPrefix("# Written by Tower: test\n"))
        #expect(s.contains("QuitGap(0)") && s.contains("QuitGap(1)"))
    }

    @Test func nonSolvableGroupHasNoDerivedLengthClaim() throws {
        let s = try script("A5")
        #expect(s.contains("[ \"IsSolvableGroup\", IsSolvableGroup, false ]"))
        #expect(!s.contains("\"DerivedLength\""))
        #expect(s.contains("G -> List(DerivedSeriesOfGroup(G), Size), [ 60 ] ]"))
    }

    @Test func nilpotentGroupClaimsItsClass() throws {
        #expect(try script("D8").contains("[ \"NilpotencyClassOfGroup\", NilpotencyClassOfGroup, 2 ]"))
    }

    /// GAP gives the trivial group class 1 and lower central series [1, 1]; the script leaves both out.
    @Test func trivialGroupLeavesOutGapsClassConvention() {
        let trivial = PermutationGroup(generators: [], degree: 1)
        let s = GapCheckScript.script([GapCheckScript.Entry(label: "1", generators: [], claims: claims(trivial))], command: "t")
        #expect(s.contains("G := Group([ ], ());"))
        #expect(!s.contains("NilpotencyClassOfGroup, ") && !s.contains("LowerCentralSeriesOfGroup(G), Size), ["))
        #expect(s.contains("[ \"Size\", Size, 1 ]"))
    }

    /// Long permutations are broken between cycles, so no line is much longer than 80 characters.
    @Test func longGeneratorsAreWrapped() throws {
        let s = try script("Rubik")
        let longest = s.split(separator: "\n").filter { $0.hasPrefix("  (") || $0.hasPrefix("    (") }.map(\.count).max() ?? 0
        #expect(longest > 40 && longest <= 84)
        #expect(s.contains("TowerCheck(\"Rubik\", G, ["))
    }
}
