import Testing
import Depth
import FloatBackend
@testable import SequenceModels

/// A test-sized run: 1 layer, width 32, state 8, batch 16, length curriculum 4 -> 60 over half the steps.
func smallRun(_ task: WordProblemTask, family: MixerFamily, steps: Int, seed: UInt64 = 1) throws -> TrainingResult {
    try Trainer(task: task, config: smallConfig(task, family: family, steps: steps, seed: seed)).train()
}

func smallConfig(_ task: WordProblemTask, family: MixerFamily, steps: Int, seed: UInt64 = 1) -> TrainingConfig {
    let model = TrainingConfig.model(for: task, family: family, layers: 1, width: 32, state: 8, mlpHidden: 64)
    return TrainingConfig(model: model, steps: steps, batchSize: 16, trainLength: 60, evalLengths: [60],
                          evalSequences: 32, learningRate: 3e-3, warmupSteps: 10, weightDecay: 0, seed: seed,
                          curriculumSteps: steps / 2)
}

@Test func oneLayerDcdLearnsC2ToFullAccuracyAtLength60() throws {
    let result = try smallRun(try .cyclic(order: 2), family: .dcd, steps: 600)
    #expect(result.evaluations[0].perTokenAccuracy == 1)
}

@Test func oneLayerDcdLearnsC6ToFullAccuracyAtLength60() throws {
    let result = try smallRun(try .cyclic(order: 6), family: .dcd, steps: 1000)
    #expect(result.evaluations[0].perTokenAccuracy == 1)
}

@Test func oneLayerReal01DoesNotLearnC2() throws {
    let result = try smallRun(try .cyclic(order: 2), family: .real01, steps: 1000)
    #expect(result.evaluations[0].perTokenAccuracy < 0.9)
}

@Test func oneLayerReal11LearnsC2ToFullAccuracyAtLength60() throws {
    // Transitions in (-1, 1) can flip a sign: enough for parity (docs/theory.md, section 5).
    let result = try smallRun(try .cyclic(order: 2), family: .real11, steps: 600)
    #expect(result.evaluations[0].perTokenAccuracy == 1)
}

@Test func oneLayerDenseLearnsNonAbelianS3ToFullAccuracyAtLength60() throws {
    // The positive control: a dense transition tracks S3 through a 3-point permutation action,
    // which no single diagonal layer can.
    let task = try WordProblemTask.named("S3")
    var config = smallConfig(task, family: .dense, steps: 2000)
    config.model = TrainingConfig.model(for: task, family: .dense, layers: 1, width: 32, state: 4, mlpHidden: 64, norm: .none)
    let result = try Trainer(task: task, config: config).train()
    #expect(result.evaluations[0].perTokenAccuracy == 1)
}

/// Tower's default recipe (`TrainingRecipe()`: width 64, state 16, zero-initialised mixer inputs,
/// no curriculum for one layer and one over half the steps for deeper stacks, no weight decay) with
/// a test-sized budget: training length 30, evaluated at 30, 2x, 4x and 16x. The figures in the
/// comments are the measured accuracies (release build, same seed; the kernels are deterministic).
func recipeRun(_ task: WordProblemTask, family: MixerFamily = .dcd, layers: Int, steps: Int, batch: Int, guided: Bool = false,
               labels: GuidanceLabels? = nil, seed: UInt64 = 1) throws -> (result: TrainingResult, accuracy: [Int: Double]) {
    var recipe = TrainingRecipe(steps: steps, batchSize: batch, trainLength: 30, evalLengths: [30, 60, 120, 480], evalSequences: 32)
    if guided { recipe.guidanceWeight = TrainingRecipe.defaultGuidanceWeight; recipe.guidanceLabels = labels }
    let result = try Trainer(task: task, config: recipe.config(for: task, family: family, layers: layers, seed: seed)).train()
    return (result, Dictionary(uniqueKeysWithValues: result.evaluations.map { ($0.length, $0.perTokenAccuracy) }))
}

@Test func theRecipeLearnsC2AndC6WithOneLayer() throws {
    // Learned in Tower's sense: >= 0.9 at 4x the training length. Measured (zero phase biases, the
    // one-layer default since 4 Dec 2026): C2 1.000 / 0.978 / 0.943 / 0.505 and C6 1.000 / 1.000 /
    // 1.000 / 1.000 at lengths 30 / 60 / 120 / 480. (With zero biases C2 needs more steps in this
    // small budget: 300 steps gave 0.629 at 120; the full budget learns it in 3 of 3 seeds.)
    let c2 = try recipeRun(.cyclic(order: 2), layers: 1, steps: 1000, batch: 32)
    #expect(c2.result.config.curriculumSteps == 0)
    #expect(c2.result.config.initialization?.phase == .zero)
    #expect(c2.accuracy[120]! >= 0.9)
    let c6 = try recipeRun(.cyclic(order: 6), layers: 1, steps: 600, batch: 32)
    #expect(c6.accuracy[120]! >= 0.9)
}

@Test func theRecipeLearnsS3WithTwoLayers() throws {
    // Measured with the root penalty (the two-layer default since 5 Dec evening, from step 500):
    // 1.000 / 1.000 / 1.000 / 0.990 at 30 / 60 / 120 / 480, learned (>= 0.9 at 4x the training
    // length); without it 1.000 / 0.979 / 0.708 at 30 / 60 / 120, not yet at 4x in this budget.
    // (Width 32, state 8 did not learn S3 in this budget: 0.58.)
    let run = try recipeRun(.named("S3"), layers: 2, steps: 1000, batch: 64)
    #expect(run.result.config.curriculumSteps == 500)
    #expect(run.result.config.rootPenalty == TrainingRecipe.stackRootPenalty)
    #expect(run.accuracy[30]! >= 0.95)
    #expect(run.accuracy[60]! >= 0.9)
    #expect(run.accuracy[120]! >= 0.9)
}

@Test func withTheRootPenaltyOneLayerOnS3StillBreaksDownWithLength() throws {
    // The penalty pulls the single layer's angles to sixth roots of unity (the exponent of S3);
    // one layer is still forbidden and must still break. Measured: 0.483 / 0.404 / 0.365 / 0.224.
    var recipe = TrainingRecipe(steps: 1000, batchSize: 64, trainLength: 30, evalLengths: [30, 60, 120, 480], evalSequences: 32)
    recipe.rootPenalty = 10
    let task = try WordProblemTask.named("S3")
    let config = recipe.config(for: task, family: .dcd, layers: 1, seed: 1)
    #expect(config.rootPenalty == 10 && task.phaseOrders(layers: 1, guided: false) == [6])
    let result = try Trainer(task: task, config: config).train()
    #expect(result.evaluations.count == 4)
    #expect(try #require(result.evaluations.last).perTokenAccuracy < 0.9)
}

@Test func withGuidanceOneLayerOnS3StillBreaksDownWithLength() throws {
    // One layer is forbidden for S3 (derived length 2). Guidance changes the loss, not the
    // architecture: the single layer gets a head for S3 / A3 (the sign) and still cannot track S3.
    // Measured: 0.805 / 0.665 / 0.458 / 0.221.
    let oneLayer = try recipeRun(.named("S3"), layers: 1, steps: 1000, batch: 64, guided: true)
    #expect(oneLayer.result.config.model.auxiliaryOutputs == [2])
    #expect(oneLayer.result.config.isGuided)
    #expect(oneLayer.accuracy[480]! < 0.9)
}

@Test func withHeadsOnTheStateAndTransitionsOneLayerOnS3StillBreaksDownWithLength() throws {
    // --guidance steps-states asks the single layer's angles for the token's sign and its state
    // for the prefix product's sign; still one layer, still forbidden. At the default budget
    // (3000 steps, length 60): 0.994 / 0.972 / 0.854 / 0.300 at 60 / 120 / 250 / 1000.
    let oneLayer = try recipeRun(.named("S3"), layers: 1, steps: 1000, batch: 64, guided: true, labels: .stepsAndStates)
    #expect(oneLayer.result.config.model.transitionOutputs == [2])
    #expect(oneLayer.result.config.model.stateOutputs == [2])
    let last = try #require(oneLayer.result.evaluations.last)
    #expect(last.stepAccuracy?.count == 1 && last.stateAccuracy?.count == 1)
    #expect(oneLayer.accuracy[480]! < 0.9)
}
