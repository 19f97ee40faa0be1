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

    /// A guided model's auxiliary heads are scored against their labels: a head rigged to always
    /// answer "the coset of A3" (class 0) is right exactly where the prefix product is even.
    @Test func guidanceHeadsAreScoredAgainstTheirLabels() throws {
        let (task, a3) = try Self.s3()
        let config = ModelConfig(family: .dcd, layers: 2, width: 8, state: 4, vocabulary: 6, outputs: 6, auxiliaryOutputs: [2])
        var model = try SequenceModel(config: config, seed: 5)
        try model.setParameter("aux.0.weight", [Float](repeating: 0, count: 8 * 2))
        try model.setParameter("aux.0.bias", [1, 0])
        let lengths = [7, 40], sequences = 30
        let evaluations = Evaluator.evaluate(model: model, task: task, lengths: lengths, sequences: sequences, seed: 9, guidance: .derivedSeries)
        #expect(evaluations.count == 2)
        for e in evaluations {
            var even = 0, positions = 0
            Evaluator.forEachChunk(of: task, length: e.length, sequences: sequences, seed: 9) { batch in
                even += batch.classTargets.filter { a3.contains($0) }.count
                positions += batch.classTargets.count
            }
            #expect(positions == e.length * sequences)
            #expect(e.headAccuracy == [Double(even) / Double(positions)])
            #expect(e.headAccuracy != [1.0] && e.headAccuracy != [0.0])
        }
        // Rigged the other way, the head is right exactly where it was wrong.
        try model.setParameter("aux.0.bias", [0, 1])
        let flipped = Evaluator.evaluate(model: model, task: task, lengths: lengths, sequences: sequences, seed: 9, guidance: .derivedSeries)
        for (a, b) in zip(evaluations, flipped) {
            #expect(abs((a.headAccuracy?[0] ?? -1) + (b.headAccuracy?[0] ?? -1) - 1) < 1e-12)
        }
        // Unscored without the guidance labels, and for a model without heads.
        #expect(Evaluator.evaluate(model: model, task: task, lengths: [7], sequences: 4, seed: 9)[0].headAccuracy == nil)
        let plain = try SequenceModel(config: ModelConfig(family: .dcd, layers: 2, width: 8, state: 4, vocabulary: 6, outputs: 6), seed: 5)
        #expect(Evaluator.evaluate(model: plain, task: task, lengths: [7], sequences: 4, seed: 9, guidance: .derivedSeries)[0].headAccuracy == nil)
    }

    /// `--guidance steps`: layer 0's transition head learns the token modulo G' = A3 (its sign),
    /// layer 1's the cascade step c_t in A3, and those steps multiply up to n_t = g_t r(g_t)^-1.
    @Test func stepLabelsAreTheTokensSignAndStepsThatMultiplyToTheTrackedElement() throws {
        let (task, a3) = try Self.s3()
        #expect(task.transitionClasses(layers: 2) == [2, 3])
        #expect(task.transitionClasses(layers: 3) == [2, 3, 0])
        var rng = SplitMix64(seed: 4)
        let batch = task.sample(batch: 3, length: 9, using: &rng)
        let labels = task.transitionTargets(batch: batch, layers: 2)
        #expect(labels.count == 2 && labels.allSatisfy { $0.count == 27 })
        let even = labels[0][batch.tokens.firstIndex(where: { a3.contains($0) })!]
        #expect(zip(batch.tokens, labels[0]).allSatisfy { (a3.contains($0.0) ? even : 1 - even) == $0.1 })
        let level = task.cascadeLevel(0)
        let element = Dictionary(uniqueKeysWithValues: a3.map { (level.stepClass[$0], $0) })
        #expect(element.count == 3)
        var checked = 0
        for e in 0..<3 {
            var n = 0
            for i in (e * 9)..<((e + 1) * 9) {
                n = task.product(n, element[labels[1][i]]!)
                let g = batch.classTargets[i]
                #expect(n == task.product(g, task.inverse(level.representatives[level.cosets[g]])))
                checked += 1
            }
        }
        #expect(checked == 27)
        // --guidance states: layer 0 holds the prefix product's sign, layer 1 the element n_t.
        #expect(task.stateClasses(layers: 2) == [2, 3])
        let states = task.stateTargets(batch: batch, layers: 2)
        let evenState = states[0][batch.classTargets.firstIndex(where: { a3.contains($0) })!]
        #expect(zip(batch.classTargets, states[0]).allSatisfy { (a3.contains($0.0) ? evenState : 1 - evenState) == $0.1 })
        for i in 0..<27 {
            let g = batch.classTargets[i]
            #expect(element[states[1][i]] == task.product(g, task.inverse(level.representatives[level.cosets[g]])))
        }
    }
}
