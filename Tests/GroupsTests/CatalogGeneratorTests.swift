import Testing
@testable import Groups

@Suite struct CatalogGeneratorTests {
    @Test(arguments: GroupCatalog.examples) func everyExampleBuildsBijections(name: String) throws {
        #expect(try GroupCatalog.generators(named: name).isValid)
    }

    @Test func degreesFollowTheDocumentedActions() throws {
        let expected: [String: Int] = [
            "C6": 6, "D8": 4, "D4": 4, "D2": 2, "D12": 6, "Q16": 16, "S5": 5, "A6": 6, "Heis3": 9,
            "AGL(1,7)": 7, "AGL(2,3)": 9, "GL(2,3)": 8, "SL(2,4)": 15, "PSL(2,7)": 8, "PSL(3,2)": 7, "PSL(2,1009)": 1010,
            "M11": 11, "M24": 24, "Rubik": 48, "Sylow2(S8)": 8, "Sylow(3, S10)": 10, "S3 x C2": 5, "S4 wr S4": 16,
            "(C2 x C2) wr S3": 12,
        ]
        for (name, degree) in expected {
            #expect(try GroupCatalog.generators(named: name).degree == degree, "\(name)")
        }
    }

    @Test func trivialFamiliesHaveNoGenerators() throws {
        for name in ["C1", "S1", "A1", "A2", "SL(1,5)", "Sylow(5, S4)"] {
            #expect(try GroupCatalog.generators(named: name).images.isEmpty, "\(name)")
        }
    }

    @Test func symmetricGroupHasTwoGeneratorsInCycleNotation() throws {
        #expect(try GroupCatalog.generators(named: "S4").cycleStrings == ["(1,2,3,4)", "(1,2)"])
    }

    @Test func alternatingGroupOfEvenDegreeUsesTheEvenLongCycle() throws {
        #expect(try GroupCatalog.generators(named: "A6").cycleStrings == ["(2,3,4,5,6)", "(1,2,3)"])
    }

    @Test func mathieu24MatchesGAPsFirstGenerator() throws {
        #expect(try GroupCatalog.generators(named: "M24").cycleStrings[0]
            == "(" + (1...23).map(String.init).joined(separator: ",") + ")")
    }

    @Test func sylowSubgroupOfPowerDegreeIsTransitive() throws {
        #expect(try GroupCatalog.generators(named: "Sylow2(S1024)").orbits.count == 1)
        #expect(try GroupCatalog.generators(named: "Sylow2(S1024)").images.count == 10)
    }

    @Test func sylowSubgroupHasOneOrbitPerBasePDigit() throws {
        // 10 = 9 + 1 in base 3: one orbit of size 9, one fixed point.
        #expect(try GroupCatalog.generators(named: "Sylow(3, S10)").orbits.map(\.count) == [9, 1])
    }

    @Test func wreathProductTopGroupPermutesBlocks() throws {
        let wreath = try GroupCatalog.generators(named: "C2 wr C3")
        // Base generator on block 0, then the block rotation 0 -> 1 -> 2.
        #expect(wreath.cycleStrings == ["(1,2)", "(1,3,5)(2,4,6)"])
    }

    @Test func rubikTurnsMoveTwentyFacetsEach() throws {
        for image in try GroupCatalog.generators(named: "Rubik").images {
            #expect(image.indices.filter { image[$0] != $0 }.count == 20)
        }
    }

    @Test func oddDihedralOrderIsRejected() {
        #expect(throws: GroupCatalogError.self) { try GroupCatalog.generators(named: "D7") }
    }

    @Test func quaternionOrderMustBeAPowerOfTwo() {
        #expect(throws: GroupCatalogError.self) { try GroupCatalog.generators(named: "Q12") }
        #expect(throws: GroupCatalogError.self) { try GroupCatalog.generators(named: "Q4") }
    }

    @Test func fieldSizeMustBeAPrimePower() {
        #expect(throws: GroupCatalogError.invalidParameter(family: "PSL(2,6)", problem: "the field size q must be a prime power, and 6 is not")) {
            try GroupCatalog.generators(named: "PSL(2,6)")
        }
    }

    @Test func sylowNeedsAPrime() {
        #expect(throws: GroupCatalogError.self) { try GroupCatalog.generators(named: "Sylow(4, S16)") }
    }

    @Test func zeroParametersAreRejected() {
        for name in ["S0", "C0", "A0", "Heis1", "GL(0,3)", "M10"] {
            #expect(throws: GroupCatalogError.self, "\(name)") { try GroupCatalog.generators(named: name) }
        }
    }

    @Test func hugeDegreesAreRejectedBeforeAllocating() {
        #expect(throws: GroupCatalogError.tooLarge(family: "S2000000", degree: "2000000")) {
            try GroupCatalog.generators(named: "S2000000")
        }
        #expect(throws: GroupCatalogError.self) { try GroupCatalog.generators(named: "GL(50,7)") }
        #expect(throws: GroupCatalogError.self) { try GroupCatalog.generators(named: "S1001 wr S1000") }
        #expect(throws: GroupCatalogError.self) { try GroupCatalog.generators(named: "Heis4611686018427387904") }
    }
}
