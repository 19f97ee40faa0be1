import Testing
import Depth
@testable import CrossCheck

let possibleAtTwo = FamilyPrediction(family: "dcd", minimalDepth: 2, theorem: true, basis: "derived length")
let impossible = FamilyPrediction(family: "real01", minimalDepth: nil, theorem: true, basis: "none")

/// A profile at lengths 60, 120, 250, 500, 1000 (training length 60).
func profile(_ accuracies: [Double], trainLength: Int = 60) -> LengthProfile {
    LengthProfile(Array(zip([60, 120, 250, 500, 1000], accuracies)), trainLength: trainLength)
}

@Test func learnedMeansAccurateAtFourTimesTheTrainingLength() {
    let p = profile([1, 1, 0.95, 0.7, 0.3])
    #expect(p.learnedLength == 250)
    #expect(p.learned == true)
    #expect(p.breakLength == 500)
    #expect(Verdict(prediction: possibleAtTwo, depth: 2, profile: p) == .learned)
    #expect(Verdict(prediction: possibleAtTwo, depth: 3, profile: profile([1, 1, 0.9, 0.9, 0.9])) == .learned)
}

@Test func accurateOnlyAtTheTrainingLengthIsALearnabilityGapWhereAllowed() {
    let p = profile([0.99, 0.95, 0.85, 0.5, 0.2])
    #expect(p.learned == false)
    #expect(p.breakLength == 250)
    #expect(Verdict(prediction: possibleAtTwo, depth: 2, profile: p) == .learnabilityGap)
}

@Test func aForbiddenDepthThatBreaksDownWithLengthIsConsistent() {
    // Accurate at the training length and even at 4x, but below 0.9 by the longest length.
    let v = Verdict(prediction: possibleAtTwo, depth: 1, profile: profile([1, 0.99, 0.95, 0.9, 0.6]))
    #expect(v == .brokeDown)
    #expect(v.isConsistent)
    #expect(Verdict(prediction: impossible, depth: 4, profile: profile([0.3, 0.2, 0.1, 0.1, 0.1])) == .brokeDown)
}

@Test func aForbiddenDepthHoldingAtSixteenTimesTheTrainingLengthIsAContradiction() {
    #expect(Verdict(prediction: possibleAtTwo, depth: 1, profile: profile([1, 1, 1, 0.99, 0.95])) == .contradiction)
    #expect(Verdict(prediction: impossible, depth: 3, profile: profile([1, 1, 1, 1, 1])) == .contradiction)
    #expect(!Verdict.contradiction.isConsistent)
}

@Test func aForbiddenDepthHoldingOnlyOnShortEvaluationsIsInconclusive() {
    // Longest length 500 < 16 x 60: too short to call it a contradiction.
    let short = LengthProfile([(60, 1), (250, 1), (500, 0.95)], trainLength: 60)
    #expect(!short.longestIsDecisive)
    #expect(Verdict(prediction: possibleAtTwo, depth: 1, profile: short) == .inconclusive)
}

@Test func profileWithoutALongEnoughLengthCannotSayLearned() {
    let p = LengthProfile([(60, 1), (120, 1)], trainLength: 60)
    #expect(p.learned == nil)
    #expect(Verdict(prediction: possibleAtTwo, depth: 2, profile: p) == .learnabilityGap)
}
