import Testing
import FloatBackend
@testable import SequenceModels

/// A test-sized run: 1 layer, width 16, state 4, batch 16 at length 60.
func smallRun(_ task: WordProblemTask, family: MixerFamily, steps: Int, seed: UInt64 = 1) throws -> TrainingResult {
    let model = TrainingConfig.model(for: task, family: family, layers: 1, width: 16, state: 4, mlpHidden: 32)
    let config = TrainingConfig(model: model, steps: steps, batchSize: 16, trainLength: 60, evalLengths: [60],
                                evalSequences: 32, learningRate: 1e-2, warmupSteps: 10, weightDecay: 0, seed: seed)
    return try Trainer(task: task, config: config).train()
}

@Test func oneLayerDcdLearnsC2ToFullAccuracyAtLength60() throws {
    let result = try smallRun(try .cyclic(order: 2), family: .dcd, steps: 150)
    #expect(result.evaluations[0].perTokenAccuracy == 1)
}

@Test func oneLayerDcdLearnsC6ToFullAccuracyAtLength60() throws {
    let result = try smallRun(try .cyclic(order: 6), family: .dcd, steps: 300)
    #expect(result.evaluations[0].perTokenAccuracy == 1)
}

@Test func oneLayerReal01DoesNotLearnC2() throws {
    let result = try smallRun(try .cyclic(order: 2), family: .real01, steps: 150)
    #expect(result.evaluations[0].perTokenAccuracy < 0.9)
}
