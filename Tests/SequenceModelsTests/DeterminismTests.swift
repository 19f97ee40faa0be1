import Depth
import Foundation
import Testing
import FloatBackend
@testable import SequenceModels

@Test func sameSeedGivesIdenticalWeightsAndLoss() throws {
    let task = try WordProblemTask.cyclic(order: 3)
    let a = try smallRun(task, family: .dcd, steps: 20, seed: 4), b = try smallRun(task, family: .dcd, steps: 20, seed: 4)
    let sameWeights = a.model.parameters == b.model.parameters
    #expect(sameWeights)
    #expect(a.finalLoss == b.finalLoss)
    #expect(a.evaluations == b.evaluations)
}

@Test func differentSeedsGiveDifferentWeights() throws {
    let task = try WordProblemTask.cyclic(order: 3)
    let config = smallConfig(task, family: .dcd, steps: 1).model
    #expect(try SequenceModel(config: config, seed: 1).parameters != SequenceModel(config: config, seed: 2).parameters)
}

@Test func resumedRunEqualsUninterruptedRun() throws {
    let task = try WordProblemTask.cyclic(order: 4)
    let full = try Trainer(task: task, config: smallConfig(task, family: .dcd, steps: 12)).train()
    let firstHalf = try Trainer(task: task, config: smallConfig(task, family: .dcd, steps: 12)).train(until: 6)
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("tower-resume-\(UUID()).ckpt")
    defer { try? FileManager.default.removeItem(at: url) }
    try CheckpointFile.save(firstHalf.checkpoint, to: url)
    let resumed = try Trainer(task: task, config: smallConfig(task, family: .dcd, steps: 12)).train(from: CheckpointFile.loadTraining(from: url))
    let sameWeights = resumed.model.parameters == full.model.parameters
    let sameOptimizer = resumed.checkpoint.optimizer == full.checkpoint.optimizer
    #expect(firstHalf.steps == 6)
    #expect(sameWeights)
    #expect(sameOptimizer)
}

@Test(arguments: MixerFamily.allCases)
func saveLoadRoundTripGivesIdenticalPredictions(family: MixerFamily) throws {
    let task = try WordProblemTask.named("S3")
    let model = try SequenceModel(config: smallConfig(task, family: family, steps: 1).model, seed: 9)
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("tower-model-\(UUID()).ckpt")
    defer { try? FileManager.default.removeItem(at: url) }
    try CheckpointFile.save(model, to: url)
    let loaded = try CheckpointFile.loadModel(from: url)
    let tokens = (0..<40).map { ($0 * 5) % 6 }
    #expect(loaded == model)
    #expect(try loaded.outputs(tokens: tokens, batch: 2, length: 20) == model.outputs(tokens: tokens, batch: 2, length: 20))
}

@Test func modelOnlyFileCannotBeResumed() throws {
    let task = try WordProblemTask.cyclic(order: 2)
    let model = try SequenceModel(config: smallConfig(task, family: .dcd, steps: 1).model, seed: 1)
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("tower-model-\(UUID()).ckpt")
    defer { try? FileManager.default.removeItem(at: url) }
    try CheckpointFile.save(model, to: url)
    #expect(throws: ModelError.self) { try CheckpointFile.loadTraining(from: url) }
}

@Test func truncatedCheckpointIsRejectedWithItsSize() throws {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("tower-bad-\(UUID()).ckpt")
    defer { try? FileManager.default.removeItem(at: url) }
    let task = try WordProblemTask.cyclic(order: 2)
    try CheckpointFile.save(try SequenceModel(config: smallConfig(task, family: .dcd, steps: 1).model, seed: 1), to: url)
    let data = try Data(contentsOf: url)
    try data.prefix(data.count - 8).write(to: url)
    #expect(throws: ModelError.self) { try CheckpointFile.loadModel(from: url) }
}

@Test func sequentialAndScanFormsGiveTheSameModelOutputs() throws {
    let task = try WordProblemTask.cyclic(order: 5)
    let model = try SequenceModel(config: smallConfig(task, family: .dcd, steps: 1).model, seed: 2)
    let tokens = (0..<300).map { ($0 * 7) % 5 }
    let a: Tensor<Double> = try model.outputs(tokens: tokens, batch: 2, length: 150, as: Double.self, form: .sequential)
    let b: Tensor<Double> = try model.outputs(tokens: tokens, batch: 2, length: 150, as: Double.self, form: .associative)
    #expect(zip(a.storage, b.storage).allSatisfy { abs($0 - $1) < 1e-9 })
}

@Test func outOfRangeTokenIsReportedWithItsPosition() throws {
    let task = try WordProblemTask.cyclic(order: 2)
    let model = try SequenceModel(config: smallConfig(task, family: .dcd, steps: 1).model, seed: 1)
    #expect(throws: ModelError.invalidToken(position: 2, token: 7, vocabulary: 2)) {
        try model.outputs(tokens: [0, 1, 7, 0], batch: 1, length: 4)
    }
}

@Test func evaluationInDoubleAgreesWithFloatOnAnUntrainedModel() throws {
    let task = try WordProblemTask.cyclic(order: 3)
    let model = try SequenceModel(config: smallConfig(task, family: .dcd, steps: 1).model, seed: 5)
    let f = Evaluator.evaluate(model: model, task: task, lengths: [20], sequences: 8, seed: 1)
    let d = Evaluator.evaluate(model: model, task: task, lengths: [20], sequences: 8, seed: 1, as: Double.self)
    #expect(abs(f[0].perTokenAccuracy - d[0].perTokenAccuracy) <= 0.05)
}

@Test func recipeStepBudgetScalesWithLayersAndOrder() {
    // 3000 per layer, +1000 per layer for each doubling of the order past 8, at most 10000.
    #expect(TrainingRecipe.defaultSteps(vocabulary: 2, layers: 1) == 3000)
    #expect(TrainingRecipe.defaultSteps(vocabulary: 8, layers: 1) == 3000)
    #expect(TrainingRecipe.defaultSteps(vocabulary: 9, layers: 1) == 4000)
    #expect(TrainingRecipe.defaultSteps(vocabulary: 24, layers: 1) == 5000)
    #expect(TrainingRecipe.defaultSteps(vocabulary: 60, layers: 1) == 6000)
    #expect(TrainingRecipe.defaultSteps(vocabulary: 6, layers: 2) == 6000)
    #expect(TrainingRecipe.defaultSteps(vocabulary: 12, layers: 2) == 8000)
    #expect(TrainingRecipe.defaultSteps(vocabulary: 24, layers: 3) == 10000)
    #expect(TrainingRecipe.defaultSteps(vocabulary: 5000, layers: 1) == TrainingRecipe.maximumDefaultSteps)
    // Two or more layers on a group of order above 32: 54000 / layers, between 10000 and 20000.
    #expect(TrainingRecipe.defaultSteps(vocabulary: 32, layers: 2) == 10000)
    #expect(TrainingRecipe.defaultSteps(vocabulary: 33, layers: 2) == 20000)
    #expect(TrainingRecipe.defaultSteps(vocabulary: 64, layers: 2) == 20000)
    #expect(TrainingRecipe.defaultSteps(vocabulary: 48, layers: 3) == 18000)
    #expect(TrainingRecipe.defaultSteps(vocabulary: 48, layers: 4) == 13500)
    #expect(TrainingRecipe.defaultSteps(vocabulary: 48, layers: 8) == 10000)
    #expect(TrainingRecipe.defaultSteps(vocabulary: 60, layers: 1) == 6000)
    #expect(TrainingRecipe.defaultEvalLengths(trainLength: 60) == [60, 120, 250, 500, 1000])
    #expect(TrainingRecipe.defaultEvalLengths(trainLength: 30) == [30, 60, 120, 240, 480])
}

@Test func recipeConfigCarriesEveryChoice() throws {
    let task = try WordProblemTask.named("S3")
    var recipe = TrainingRecipe()
    recipe.guidanceWeight = 0.5
    let config = recipe.config(for: task, family: .dcd, layers: 2, seed: 9)
    #expect(config.steps == TrainingRecipe.defaultSteps(vocabulary: 6, layers: 2))
    #expect(config.curriculumSteps == config.steps / 2)
    // One layer: no curriculum by default.
    #expect(recipe.config(for: task, family: .dcd, layers: 1, seed: 9).curriculumSteps == 0)
    #expect(config.model.auxiliaryOutputs == [2])
    #expect(config.guidanceWeight == 0.5)
    #expect(config.initialization == recipe.resolvedInitialization(layers: 2))
    #expect(config.seed == 9)
    #expect(config.evalLengths == [60, 120, 250, 500, 1000])
}

@Test func checkpointsWithoutTheNewFieldsStillDecode() throws {
    // A model configuration as written before auxiliary heads existed.
    let old = #"{"family":"dcd","layers":2,"width":8,"state":4,"mlpHidden":16,"vocabulary":6,"outputs":6,"norm":"rms","activation":"relu"}"#
    let config = try JSONDecoder().decode(ModelConfig.self, from: Data(old.utf8))
    #expect(config.auxiliaryOutputs.isEmpty)
    // And a plain model writes no auxiliaryOutputs key, byte for byte as before.
    let text = String(decoding: try JSONEncoder().encode(config), as: UTF8.self)
    #expect(!text.contains("auxiliary"))
}
