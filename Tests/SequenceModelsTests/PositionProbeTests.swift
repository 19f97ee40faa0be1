import Testing
import FloatBackend
@testable import SequenceModels

@Test func probeAccuracyMatchesTheEvaluatorAndPureRotationsKeepTheirStateSize() throws {
    // A one-layer dcd model with b = 0 (zero input columns): |h_t| = |h0| = 1 at every position.
    let task = try WordProblemTask.cyclic(order: 3)
    let config = ModelConfig(family: .dcd, layers: 1, width: 8, state: 4, vocabulary: 3, outputs: 3)
    let model = try SequenceModel(config: config, seed: 3, initialization: ModelInitialization(phase: .uniform, input: .zero))
    let probe = try PositionProbe.measure(model: model, task: task, length: 40, sequences: 5, boundaries: [10, 20], seed: 7)
    #expect(probe.windows.map { [$0.start, $0.end] } == [[0, 10], [10, 20], [20, 40]])
    for w in probe.windows { #expect(abs(w.stateSize[0] - 1) < 1e-5, "\(w)") }
    // The windows' accuracies, weighted by their sizes, give the evaluator's per-token accuracy on
    // the same sequences (same seed and length).
    let evaluation = Evaluator.evaluate(model: model, task: task, lengths: [40], sequences: 5, seed: 7)[0]
    let pooled = probe.windows.map { $0.accuracy * Double($0.end - $0.start) }.reduce(0, +) / 40
    #expect(abs(pooled - evaluation.perTokenAccuracy) < 1e-12)

    // Random input columns: the state adds a random walk and grows along the sequence.
    let affine = try SequenceModel(config: config, seed: 3, initialization: ModelInitialization(phase: .uniform, input: .random))
    let grown = try PositionProbe.measure(model: affine, task: task, length: 400, sequences: 8, boundaries: [20, 200], seed: 7)
    #expect(grown.windows[2].stateSize[0] > 2 * grown.windows[0].stateSize[0], "\(grown.windows)")
}

@Test func probeWindowsFollowTheEvaluationLengths() {
    #expect(PositionProbe.defaultBoundaries(trainLength: 60, length: 1000) == [30, 60, 120, 250, 500])
    #expect(PositionProbe.defaultBoundaries(trainLength: 60, length: 100) == [30, 60])
    #expect(PositionProbe.defaultBoundaries(trainLength: 10, length: 1000) == [5, 10, 20, 40, 80, 160])
}

@Test func probeWindowsIgnoreRepeatedAndOutOfRangeBoundaries() throws {
    // Training length 1 gives the cuts 1, 1, 2, 4, ...: each window once, none empty.
    let task = try WordProblemTask.cyclic(order: 2)
    let model = try SequenceModel(config: ModelConfig(family: .dcd, layers: 1, width: 4, state: 2, vocabulary: 2, outputs: 2), seed: 1)
    let probe = try PositionProbe.measure(model: model, task: task, length: 6, sequences: 2,
                                          boundaries: PositionProbe.defaultBoundaries(trainLength: 1, length: 6) + [0, 9, 4], seed: 1)
    #expect(probe.windows.map { [$0.start, $0.end] } == [[0, 1], [1, 2], [2, 4], [4, 6]])
}
