import Testing
import FloatBackend
@testable import SequenceModels

/// The C3 word problem whose targets turn NaN in any batch with token 2 at its first position,
/// as corrupted data would: a regression loss against NaN is NaN.
struct CorruptedTask: SequenceTask {
    let base = try! WordProblemTask.cyclic(order: 3)
    var name: String { "corrupted" }
    var vocabulary: Int { 3 }
    var outputs: Int { 3 }
    var isRegression: Bool { true }
    func sample(batch: Int, length: Int, using rng: inout SplitMix64) -> TaskBatch {
        var b = base.sample(batch: batch, length: length, using: &rng)
        b.vectorTargets = b.classTargets.flatMap { t in (0..<3).map { Float($0 == t ? 1 : 0) } }
        if b.tokens[0] == 2 { b.vectorTargets[0] = .nan }
        return b
    }
    func loss(outputs: Tensor<Float>, batch: TaskBatch) -> (loss: Float, gradient: Tensor<Float>) {
        MeanSquaredError.evaluate(prediction: outputs, target: Tensor(shape: outputs.shape, storage: batch.vectorTargets))
    }
    func correct(outputs: Tensor<Float>, batch: TaskBatch) -> [Bool] { base.correct(outputs: outputs, batch: batch) }
}

@Test func nanInTheDataStopsTrainingWithTheLastGoodState() throws {
    let task = CorruptedTask()
    let model = TrainingConfig.model(for: task, family: .dcd, layers: 1, width: 8, state: 2)
    let config = TrainingConfig(model: model, steps: 50, batchSize: 2, trainLength: 5, seed: 1)
    do {
        _ = try Trainer(task: task, config: config).train()
        Issue.record("training on NaN targets should have stopped")
    } catch TrainingError.nonFiniteLoss(let step, _, let lastGood) {
        #expect(lastGood.step == step)
        #expect(lastGood.model.parameters.allSatisfy { $0.isFinite })
    }
}

@Test func invalidConfigurationIsRejectedBeforeTraining() throws {
    let task = try WordProblemTask.cyclic(order: 2)
    var config = smallConfig(task, family: .dcd, steps: 10)
    config.learningRate = -1
    #expect(throws: TrainingError.self) { try Trainer(task: task, config: config) }
}
