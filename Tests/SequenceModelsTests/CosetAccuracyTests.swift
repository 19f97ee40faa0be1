import Testing
import FloatBackend
@testable import SequenceModels

/// The evaluation's accuracy modulo the derived series: how far down G > G' > G'' > ... a model
/// tracks the prefix product (a model that knows only G / G' is right on the first level only).
@Suite struct CosetAccuracyTests {
    /// S3 as the permutations of {0, 1, 2}, identity first; G' = A3 = {e, (012), (021)}.
    static func s3() throws -> (task: WordProblemTask, a3: [Int]) {
        let perms: [[Int]] = [[0, 1, 2], [1, 2, 0], [2, 0, 1], [1, 0, 2], [0, 2, 1], [2, 1, 0]]
        let index = { (p: [Int]) in perms.firstIndex(of: p)! }
        // element_i * element_j: apply j first, then i (any fixed convention gives a group table).
        let rows = perms.map { a in perms.map { b in index((0..<3).map { a[b[$0]] }) } }
        let a3 = [0, 1, 2]
        return (try WordProblemTask(name: "S3", cayleyTable: rows).guided(byDerivedSeries: [a3, [0]]), a3)
    }

    @Test func predictionsInTheRightCosetCountAtTheFirstLevelOnly() throws {
        let (task, a3) = try Self.s3()
        let batch = TaskBatch(batch: 1, length: 4, tokens: [1, 3, 4, 0], classTargets: [1, 3, 4, 5])
        // Predicted: 1 (right), 2 (in A3, target 3 is odd: wrong coset), 5 (odd like 4: right coset,
        // wrong element), 0 (even, target 5 odd: wrong coset).
        let predicted = [1, 2, 5, 0]
        var outputs = Tensor<Float>(shape: [4, 6], repeating: 0)
        for (i, p) in predicted.enumerated() { outputs[i, p] = 1 }
        #expect(task.correct(outputs: outputs, batch: batch) == [true, false, false, false])
        #expect(task.correctCosets(predicted: task.predictions(outputs), batch: batch) == [2, 1])
        #expect(a3.allSatisfy { task.derivedSeriesCosets[0][$0] == 0 })
    }

    @Test func theLastLevelIsThePerTokenAccuracyWhenTheSeriesEndsInOne() throws {
        let (task, _) = try Self.s3()
        let config = ModelConfig(family: .dcd, layers: 1, width: 8, state: 4, vocabulary: 6, outputs: 6)
        let model = try SequenceModel(config: config, seed: 5)
        let evaluations = Evaluator.evaluate(model: model, task: task, lengths: [10, 30], sequences: 20, seed: 3)
        #expect(evaluations.count == 2)
        for e in evaluations {
            let levels = try #require(e.cosetAccuracy)
            #expect(levels.count == 2)
            #expect(levels[1] == e.perTokenAccuracy)
            // Being right implies being in the right coset.
            #expect(levels[0] >= levels[1])
        }
        // A task without derived-series labels reports none.
        let plain = try WordProblemTask.cyclic(order: 3)
        let c3 = try SequenceModel(config: ModelConfig(family: .dcd, layers: 1, width: 8, state: 4, vocabulary: 3, outputs: 3), seed: 5)
        #expect(Evaluator.evaluate(model: c3, task: plain, lengths: [10], sequences: 4, seed: 3)[0].cosetAccuracy == nil)
    }
}
