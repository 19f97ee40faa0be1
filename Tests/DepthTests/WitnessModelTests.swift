import FloatBackend
import Foundation
import Groups
import SequenceModels
import Testing
@testable import Depth

@Test(arguments: witnessGroups)
func witnessModelTracksTheGroupExactly(name: String) throws {
    let witness = try WitnessModel(cascade: WitnessCascade(group: TestGroups.group(name)))
    let runs = try witness.evaluate(lengths: [50], sequences: 2, seed: 7)
    #expect(runs.count == 2)
    for run in runs {
        #expect(run.perTokenAccuracy == 1, "\(name) \(run.precision): accuracy \(run.perTokenAccuracy)")
        #expect(run.phaseMargin > 0)
    }
}

@Test func witnessModelHasDerivedLengthLayersOfTheDcdFamily() throws {
    let witness = try WitnessModel(cascade: WitnessCascade(group: TestGroups.group("S4")))
    #expect(witness.model.config.layers == 3)
    #expect(witness.model.config.family == .dcd)
}

@Test func witnessPhaseMarginInDoubleIsHalfTheRootSpacing() throws {
    let witness = try WitnessModel(cascade: WitnessCascade(group: TestGroups.group("C60")))
    let double = try witness.evaluate(lengths: [200], sequences: 1, seed: 3).first { $0.precision == "double" }!
    #expect(abs(double.phaseMargin - Double.pi / 60) < 1e-4)
}

@Test(arguments: [Normalization.none, .rms, .layer])
func witnessWorksUnderEveryNormalisation(norm: Normalization) throws {
    let witness = try WitnessModel(cascade: WitnessCascade(group: TestGroups.group("S3")), norm: norm)
    let runs = try witness.evaluate(lengths: [40], sequences: 1, seed: 5)
    #expect(runs.allSatisfy { $0.perTokenAccuracy == 1 })
}

@Test func witnessSurvivesACheckpointRoundTrip() throws {
    let witness = try WitnessModel(cascade: WitnessCascade(group: TestGroups.group("Q8")))
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("witness-\(UUID()).ckpt")
    defer { try? FileManager.default.removeItem(at: url) }
    try CheckpointFile.save(witness.model, to: url)
    #expect(try CheckpointFile.loadModel(from: url) == witness.model)
}

@Test func witnessTokensAgreeWithTheTrainingTask() throws {
    let group = try TestGroups.group("S3")
    let task = try WordProblemTask(name: "S3", group: group)
    let witness = try WitnessModel(cascade: WitnessCascade(group: group))
    let word = randomWord(length: 30, order: 6, seed: 11)
    #expect(try witness.model.predictions(tokens: word, batch: 1, length: 30) == task.prefixProducts(word))
}

/// Regression: with unsaturated decision units, rounding in one layer's one-hot output leaked into
/// the next layer's transition angle and GL(2,3) drifted off by length ~4000 in Float.
@Test func witnessStaysExactOnLongWordsInFloat() throws {
    let witness = try WitnessModel(cascade: WitnessCascade(group: TestGroups.group("GL(2,3)")))
    let float = try witness.evaluate(lengths: [5000], sequences: 1, seed: 5).first { $0.precision == "float" }!
    #expect(float.perTokenAccuracy == 1)
    #expect(float.phaseMargin > Double.pi / 3 - 0.01)
}
