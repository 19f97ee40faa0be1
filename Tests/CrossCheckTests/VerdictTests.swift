import Testing
@testable import CrossCheck

let possibleAtTwo = FamilyPrediction(family: "dcd", minimalDepth: 2, theorem: true, basis: "derived length")
let impossible = FamilyPrediction(family: "real01", minimalDepth: nil, theorem: true, basis: "none")

@Test func successAtOrAboveThePredictedDepthIsConsistent() {
    #expect(Verdict(prediction: possibleAtTwo, depth: 2, accuracyAtTrainLength: 0.99) == .consistent)
    #expect(Verdict(prediction: possibleAtTwo, depth: 3, accuracyAtTrainLength: 0.9) == .consistent)
}

@Test func failureAtOrAboveThePredictedDepthIsALearnabilityGap() {
    #expect(Verdict(prediction: possibleAtTwo, depth: 2, accuracyAtTrainLength: 0.5) == .learnabilityGap)
}

@Test func failureBelowThePredictedDepthIsConsistent() {
    #expect(Verdict(prediction: possibleAtTwo, depth: 1, accuracyAtTrainLength: 0.4) == .consistent)
    #expect(Verdict(prediction: impossible, depth: 4, accuracyAtTrainLength: 0.3) == .consistent)
}

@Test func successBelowThePredictedDepthIsAContradiction() {
    #expect(Verdict(prediction: possibleAtTwo, depth: 1, accuracyAtTrainLength: 0.95) == .contradiction)
    #expect(Verdict(prediction: impossible, depth: 3, accuracyAtTrainLength: 1) == .contradiction)
}

@Test func predictionsFollowTheSeriesOfEachFamily() throws {
    func depths(_ name: String) throws -> [Int?] {
        FamilyPrediction.predictions(for: try TestGroups.group(name)).map(\.minimalDepth)
    }
    // dcd, real11, real01, dense
    #expect(try depths("C2") == [1, 1, nil, 1])
    #expect(try depths("C6") == [1, nil, nil, 1])
    #expect(try depths("D8") == [2, 2, nil, 1])
    #expect(try depths("S3") == [2, nil, nil, 1])
    #expect(try depths("A5") == [nil, nil, nil, 1])
}
