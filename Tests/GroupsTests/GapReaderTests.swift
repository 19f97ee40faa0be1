import Exact
import Foundation
import Testing
@testable import Groups

/// `GroupReader`: GAP's syntax in, as `tower group --generators / --gap-file / NAME` reads it.
@Suite struct GapReaderTests {
    private func message(_ body: () throws -> Any) -> String {
        do {
            _ = try body()
            return "no error"
        } catch {
            return "\(error)"
        }
    }

    @Test func groupCallWithPermutationArguments() throws {
        let s = try GroupReader.generators("Group((1,2,3),(1,2))")
        #expect(s.syntax == .gapGroup)
        #expect(s.group.order == 6)
        #expect(s.group.degree == 3)
        #expect(s.name == nil)
    }

    @Test func groupCallWithAGeneratorListAsPrintToWritesIt() throws {
        let a = try GroupReader.generators("Group( [ (1,2,3,4), (1,2) ] )")
        let b = try GroupReader.generators("Group([(1,2,3,4),(1,2)], ())")
        #expect(a.group.order == 24 && b.group.order == 24)
        #expect(a.group.isEqual(to: b.group))
        #expect(try GroupReader.generators("Group([], ())").group.order == 1)
    }

    @Test func imageListsArePermLists() throws {
        let s = try GroupReader.generators("[2,3,1]")
        #expect(s.syntax == .gapPermutations)
        #expect(s.group.generators.map(\.description) == ["(1,2,3)"])
        let mixed = try GroupReader.generators("[2,3,4,1], PermList([2,1,3,4])")
        #expect(mixed.group.order == 24)
        #expect(try GroupReader.generators("Group([2,3,1], (1,2))").group.order == 6)
    }

    @Test func plainCycleNotationKeepsItsSyntaxAndMessages() throws {
        #expect(try GroupReader.generators("(1,2,3),(1,2)").syntax == .cycles)
        #expect(throws: PermutationError.repeatedPoint(point: 2, position: 6, generator: 2)) {
            try GroupReader.generators("(1,2),(1,2,2)")
        }
    }

    @Test func gapConstructorsMapToTheCatalog() throws {
        let s4 = try GroupReader.named("SymmetricGroup(4)")
        #expect(s4.name == "S4" && s4.syntax == .gapName && s4.group.order == 24)
        // GAP's DihedralGroup(n) has order n, as the catalog's Dn.
        let d8 = try GroupReader.named("DihedralGroup(8)")
        #expect(d8.name == "D8" && d8.group.order == 8)
        #expect(try GroupReader.named("DihedralGroup(IsPermGroup, 8)").name == "D8")
        #expect(try GroupReader.named("AlternatingGroup(5)").group.order == 60)
        #expect(try GroupReader.named("CyclicGroup(6)").name == "C6")
        #expect(try GroupReader.named("QuaternionGroup(8)").name == "Q8")
        #expect(try GroupReader.named("MathieuGroup(11)").group.order == 7920)
        #expect(try GroupReader.named("WreathProduct(SymmetricGroup(3), CyclicGroup(2))").name == "S3 wr C2")
        #expect(try GroupReader.named("DirectProduct(CyclicGroup(2), CyclicGroup(3), CyclicGroup(5))").name == "C2 x C3 x C5")
        // A product with a group given by generators has no catalog name but is still built.
        let mixed = try GroupReader.named("DirectProduct(Group((1,2,3)), SymmetricGroup(3))")
        #expect(mixed.name == nil && mixed.group.order == 18 && mixed.group.degree == 6)
    }

    @Test func catalogNamesStayCatalogNames() throws {
        let s = try GroupReader.named("psl(2,7)")
        #expect(s.syntax == .catalog && s.name == "PSL(2,7)")
        #expect(try GroupReader.named("Sylow2(S8)").syntax == .catalog)
    }

    @Test func symmetricGroupOnAPointSet() throws {
        let s = try GroupReader.named("SymmetricGroup([2, 4 .. 8])")
        #expect(s.group.order == 24 && s.group.degree == 8 && s.name == nil)
        #expect(s.group.orbit(of: 1).sorted() == [1, 3, 5, 7])
        #expect(try GroupReader.named("AlternatingGroup([3 .. 7])").group.order == 60)
    }

    @Test func libraryGroupsAreRefusedWithTheExportCommand() {
        let transitive = message { try GroupReader.named("TransitiveGroup(8,3)") }
        #expect(transitive.contains("PrintTo(\"g.g\", [Group(GeneratorsOfGroup(TransitiveGroup(8,3)))]);"), "\(transitive)")
        #expect(transitive.contains("tower group --gap-file g.g"))
        let small = message { try GroupReader.named("SmallGroup(24, 12)") }
        #expect(small.contains("PrintTo(\"g.g\", [Image(IsomorphismPermGroup(SmallGroup(24, 12)))]);"), "\(small)")
        let primitive = message { try GroupReader.generators("PrimitiveGroup(5,2)") }
        #expect(primitive.contains("GeneratorsOfGroup(PrimitiveGroup(5,2))"), "\(primitive)")
        for m in [transitive, small, primitive] { #expect(!m.contains("\n")) }
    }

    @Test func unknownGapFunctionGetsADidYouMean() {
        let m = message { try GroupReader.named("SymetricGroup(4)") }
        #expect(m.contains("unknown GAP function SymetricGroup (did you mean SymmetricGroup?)"), "\(m)")
    }

    @Test func errorsNameTheCharacterOnOneLine() {
        #expect(message { try GroupReader.generators("Group((1,2,2),(1,2))") }
            == "cannot read GAP input at character 12: point 2 repeated in a cycle")
        #expect(message { try GroupReader.generators("[2,2,1]") }
            == "cannot read GAP input at character 1: the image list [2,2,1] is not a permutation: 2 occurs twice (again at entry 2)")
        #expect(message { try GroupReader.generators("Group((1,2)") }
            == "cannot read GAP input at character 6: \"(\" is never closed")
        #expect(message { try GroupReader.generators("[2,3,1] x") }
            == "cannot read GAP input at character 9: unexpected \"x\" after a complete value")
    }

    @Test func pcGroupsAndNamedPrintsAreExplained() {
        let pc = message { try GroupReader.gapFile("[ Group( [ f1, f2, f3 ] ) ]", path: "pc.g") }
        #expect(pc.contains("IsomorphismPermGroup"), "\(pc)")
        let named = message { try GroupReader.gapFile("[ Group( [ (1,2) ] ), E(8)=2[x]2[x]2 ]", path: "t.g") }
        #expect(named.hasPrefix("cannot read t.g at character 27:"), "\(named)")
        #expect(named.contains("GeneratorsOfGroup"), "\(named)")
    }

    @Test func degreeExtendsOrRejects() throws {
        #expect(try GroupReader.generators("Group((1,2))", degree: 5).group.degree == 5)
        #expect(throws: GapInputError.self) { try GroupReader.generators("Group((1,2,3))", degree: 2) }
        #expect(throws: GapInputError.self) { try GroupReader.generatorList(["[2,3,1]"], degree: 2) }
    }

    @Test func batchGeneratorListsMixCyclesAndImageLists() throws {
        let s = try GroupReader.generatorList(["(1,2,3)", "[2,1,3]"])
        #expect(s.syntax == .gapPermutations && s.group.order == 6)
        #expect(try GroupReader.generatorList(["(1,2,3)", "(1,2)"]).syntax == .cycles)
        #expect(message { try GroupReader.generatorList(["(1,2)", "[1,1]"]) }.hasPrefix("cannot read generator 2 at character 1:"))
    }

    // MARK: Files

    @Test func fileErrorsNameLineAndColumn() {
        let text = "[ Group( (1,2) ),\n  Group( (1,2,3) ),\n  Group( (1,0) ) ]\n"
        #expect(message { try GroupReader.gapFile(text, path: "bad.g") }
            == "cannot read bad.g at line 3, column 13: point 0 (points are numbered from 1)")
        #expect(message { try GroupReader.gapFile("[ ]", path: "empty.g") } == "cannot read empty.g at character 1: the list holds no groups")
        #expect(message { try GroupReader.gapFile("[ Group( (1,2) )", path: "open.g") }
            == "cannot read open.g at character 1: \"[\" is never closed")
    }

    /// Deep nesting is an error, not a stack overflow; GAP's ";;" ends a statement like ";".
    @Test func deepNestingIsRefusedAndDoubleSemicolonIsRead() throws {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(message { try GroupReader.gapFile(deep, path: "deep.g") }
            == "cannot read deep.g at character 201: values nested more than 200 deep")
        #expect(try GroupReader.gapFile("[ Group( (1,2) ) ];;", path: "s.g").count == 1)
    }

    /// GAP breaks over-long tokens with a backslash at the end of the line; the reader joins them,
    /// and positions after the join still point into the original lines. `#` starts a comment.
    @Test func lineContinuationsAndCommentsAreRead() throws {
        let text = "# two groups\n[ Group( [ (1,2,3\\\n4) ] ),   # a 3-cycle\n  SymmetricGroup( [ 1 .. 4 ] ) ];\n"
        let groups = try GroupReader.gapFile(text, path: "c.g")
        #expect(groups.count == 2)
        #expect(groups[0].group.degree == 34 && groups[0].group.order == 3)
        #expect(groups[1].name == "S4" && groups.allSatisfy { $0.syntax == .gapFile })
        let bad = "[ Group( [ (1,2,3\\\n4,0) ] ) ]"
        #expect(message { try GroupReader.gapFile(bad, path: "c.g") } == "cannot read c.g at line 2, column 3: point 0 (points are numbered from 1)")
    }

    /// `Fixtures/printto.g` is GAP's own PrintTo output (fixtures/gap/printto.g): 50 transitive groups
    /// of degree 8, two small groups, named constructors with ranges and point sets, products, the
    /// trivial group; `printto_sizes.g` holds GAP's orders of the same groups.
    @Test func printToFileAgreesWithGapsOrders() throws {
        let groups = try GroupReader.gapFile(try fixture("printto"), path: "printto.g")
        let sizes = try fixture("printto_sizes").split { "[], \n".contains($0) }.map { try #require(Int($0)) }
        #expect(groups.count == 61)
        #expect(sizes.count == 61)
        for (i, (group, size)) in zip(groups, sizes).enumerated() {
            #expect(group.group.order == BigInt(size), "group \(i + 1)")
        }
        #expect(groups.compactMap(\.name) == ["S5"])
    }

    private func fixture(_ name: String) throws -> String {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: "g", subdirectory: "Fixtures"))
        return try String(contentsOf: url, encoding: .utf8)
    }

    // MARK: Suggestions

    @Test func editDistanceIsLevenshtein() {
        #expect(NameSuggestion.distance(Array("kitten"), Array("sitting")) == 3)
        #expect(NameSuggestion.distance(Array(""), Array("abc")) == 3)
        #expect(NameSuggestion.nearest(to: "rubic", among: ["Rubik", "M", "S"]) == ["Rubik"])
        #expect(NameSuggestion.nearest(to: "zzzz", among: ["Rubik", "Heis"]).isEmpty)
    }
}
