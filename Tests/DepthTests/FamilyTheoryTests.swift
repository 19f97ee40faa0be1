import Testing
import Groups
import SequenceModels
@testable import Depth

/// The predictions for a group of the catalog (C1 is the trivial group).
private func predictions(_ name: String) throws -> [FamilyPrediction] {
    FamilyPrediction.predictions(for: try GroupReader.named(name).group)
}

@Test func everyFamilyHasExactlyOneRowInTheTable() {
    #expect(FamilyTheory.all.map(\.family) == [.dcd, .real11, .real01, .dense])
    #expect(Set(FamilyTheory.all.map(\.family)) == Set(MixerFamily.allCases))
    #expect(Set(FamilyTheory.all.map(\.jsonKey)).count == MixerFamily.allCases.count)
}

/// docs/theory.md section 5: dcd, real01 and dense are theorems (with their sources), real11 is
/// the cascade prediction.
@Test func statusesAreThoseOfTheoryMd() throws {
    #expect(FamilyTheory.of(.dcd).status == .theorem(source: "arXiv 2603.01959"))
    #expect(FamilyTheory.of(.real01).status == .theorem(source: "arXiv 2405.17394, 2411.12537"))
    #expect(FamilyTheory.of(.dense).status.isTheorem)
    #expect(FamilyTheory.of(.real11).status == .cascadePrediction)
    #expect(FamilyTheory.of(.real11).status.word == "cascade prediction")
    let s3 = try predictions("S3")
    #expect(s3.map(\.theorem) == [true, false, true, true])
    #expect(s3.map(\.family) == ["dcd", "real11", "real01", "dense"])
}

@Test func predictionsFollowTheSeriesOfEachFamily() throws {
    func depths(_ name: String) throws -> [Int?] { try predictions(name).map(\.minimalDepth) }
    // dcd, real11, real01, dense
    #expect(try depths("C1") == [0, 0, 0, 0])
    #expect(try depths("C2") == [1, 1, nil, 1])
    #expect(try depths("C2 x C2") == [1, 1, nil, 1])
    #expect(try depths("C6") == [1, nil, nil, 1])
    #expect(try depths("D8") == [2, 2, nil, 1])
    #expect(try depths("S3") == [2, nil, nil, 1])
    #expect(try depths("S4") == [3, nil, nil, 1])
    #expect(try depths("A5") == [nil, nil, nil, 1])
}

@Test func dcdCarriesTheExactArithmeticConjectureOfAffineLayers() throws {
    func conjecture(_ name: String) throws -> Int? { try predictions(name).prediction(for: "dcd")?.exactArithmeticConjecture }
    // ceil(derived length / 2): C6 1 -> 1, S3 2 -> 1, S4 3 -> 2; none for A5.
    #expect(try conjecture("C6") == 1)
    #expect(try conjecture("S3") == 1)
    #expect(try conjecture("S4") == 2)
    #expect(try conjecture("A5") == nil)
    // Only dcd carries it.
    #expect(try predictions("S4").filter { $0.exactArithmeticConjecture != nil }.map(\.family) == ["dcd"])
}

@Test func allowsReadsTheMinimalDepth() throws {
    let s3 = try predictions("S3")
    #expect(s3.prediction(for: "dcd")?.allows(depth: 1) == false)
    #expect(s3.prediction(for: "dcd")?.allows(depth: 2) == true)
    #expect(s3.prediction(for: "real11")?.allows(depth: 9) == false)
    #expect(s3.prediction(for: "nosuch") == nil)
}
