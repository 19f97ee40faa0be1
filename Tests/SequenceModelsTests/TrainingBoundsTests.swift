import Testing
@testable import SequenceModels

/// Issue 18: training configurations far past any real run (a batch of 10^9, an evaluation length
/// of 2^63 - 1, a step whose activations need terabytes) are refused by `validate(for:)` with the
/// field named, before any allocation; the default recipe is far inside every bound.
@Suite("training configuration bounds")
struct TrainingBoundsTests {
    private func refusal(_ edit: (inout TrainingConfig) -> Void) throws -> String? {
        let task = try WordProblemTask.cyclic(order: 3)
        var config = smallConfig(task, family: .dcd, steps: 2)
        edit(&config)
        do { try config.validate(for: task); return nil } catch { return "\(error)" }
    }

    @Test func theDefaultRecipeIsInsideEveryBound() throws {
        let task = try WordProblemTask.cyclic(order: 3)
        let recipe = TrainingRecipe()
        let config = recipe.config(model: recipe.model(for: task, family: .dcd, layers: 4), seed: 1)
        try config.validate(for: task)
        // About 5 KB per token and layer, 79 MB for four layers: far below the 4 GiB bound.
        #expect(config.estimatedStepBytes < Double(TrainingConfig.maximumStepBytes) / 50)
    }

    @Test func valuesPastTheirBoundAreNamed() throws {
        #expect(try refusal { $0.batchSize = 1_000_000_000 } == "invalid training configuration: batchSize must be at most 65536, got 1000000000")
        #expect(try refusal { $0.trainLength = Int.max } == "invalid training configuration: trainLength must be at most 1000000, got 9223372036854775807")
        #expect(try refusal { $0.steps = Int.max }?.contains("steps must be at most 100000000") == true)
        #expect(try refusal { $0.evalLengths = [10, Int.max] } == "invalid training configuration: evaluation length 9223372036854775807 is longer than the limit of 1000000")
        #expect(try refusal { $0.evalSequences = 100_000; $0.evalLengths = [1000] }?.contains("more than the limit of 10000000 tokens per length") == true)
    }

    @Test func aStepWhoseActivationsNeedMoreThanTheMemoryBoundIsRefused() throws {
        let m = try refusal { $0.batchSize = 60_000; $0.trainLength = 60_000; $0.evalLengths = [10] }
        #expect(m?.contains("a training step of 60000 sequences of length 60000") == true, "\(m ?? "nil")")
        #expect(m?.contains("above the limit of 4 GiB") == true, "\(m ?? "nil")")
    }
}
