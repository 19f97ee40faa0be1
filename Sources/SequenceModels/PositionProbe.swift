import FloatBackend

/// Where along a long sequence a trained model goes wrong, and what its states do there: per
/// window of positions, the per-token accuracy and each layer's mean state size (|h_t| per
/// state coordinate: the modulus for `dcd`, the absolute value otherwise).
///
/// Why: "breaks at 250" says nothing about the mechanism. A unit-modulus layer with b = 0 keeps
/// |h_t| = |h0| at every length, so a state size that grows with t shows an affine part (b != 0)
/// that accumulates a random walk, while a break with flat state sizes points at angles that are
/// slightly off (docs/training-recipe.md uses this to tell the two apart).
public struct PositionProbe: Sendable, Equatable {
    public struct Window: Sendable, Equatable {
        /// Positions start..<end (0-based).
        public var start: Int
        public var end: Int
        public var accuracy: Double
        /// Mean state size of each layer over the window (all sequences, all state coordinates).
        public var stateSize: [Double]
    }

    public var length: Int
    public var sequences: Int
    public var windows: [Window]

    /// Probes `sequences` fresh sequences of `length` (`Evaluator.forEachChunk`: the sequences the
    /// evaluation sees with the same seed and length), split at
    /// `boundaries` (positions strictly inside 0..<length, in any order; others are ignored).
    public static func measure(model: SequenceModel, task: some SequenceTask, length: Int, sequences: Int, boundaries: [Int],
                               seed: UInt64) throws -> PositionProbe {
        precondition(length > 0 && sequences > 0, "length and sequences must be positive")
        let cuts = [0] + Set(boundaries.filter { $0 > 0 && $0 < length }).sorted() + [length]
        let layers = model.config.layers, s = model.config.state, dcd = model.config.family == .dcd
        var correct = [Int](repeating: 0, count: length)
        var size = [[Double]](repeating: [Double](repeating: 0, count: length), count: layers)
        try Evaluator.forEachChunk(of: task, length: length, sequences: sequences, seed: seed) { batch in
            let b = batch.batch
            let (outputs, features) = try model.outputsAndMixerFeatures(tokens: batch.tokens, batch: b, length: length)
            let ok = task.correct(outputs: outputs, batch: batch)
            for e in 0..<b { for t in 0..<length where ok[e * length + t] { correct[t] += 1 } }
            for (l, f) in features.enumerated() {
                let r = f.shape[1]
                f.storage.withUnsafeBufferPointer { x in
                    for e in 0..<b {
                        for t in 0..<length {
                            let row = (e * length + t) * r
                            var m = 0.0
                            if dcd {
                                for j in 0..<s { let re = Double(x[row + j]), im = Double(x[row + s + j]); m += (re * re + im * im).squareRoot() }
                                m /= Double(s)
                            } else {
                                for j in 0..<r { m += abs(Double(x[row + j])) }
                                m /= Double(r)
                            }
                            size[l][t] += m
                        }
                    }
                }
            }
        }
        let windows = zip(cuts, cuts.dropFirst()).map { a, z in
            let n = Double((z - a) * sequences)
            return Window(start: a, end: z, accuracy: Double(correct[a..<z].reduce(0, +)) / n,
                          stateSize: (0..<layers).map { l in size[l][a..<z].reduce(0, +) / n })
        }
        return PositionProbe(length: length, sequences: sequences, windows: windows)
    }

    /// Half the training length, then the default evaluation lengths below `length` (training
    /// length 60, probe length 1000: 30, 60, 120, 250, 500).
    public static func defaultBoundaries(trainLength: Int, length: Int) -> [Int] {
        ([Swift.max(1, trainLength / 2)] + TrainingRecipe.defaultEvalLengths(trainLength: trainLength)).filter { $0 < length }
    }
}
