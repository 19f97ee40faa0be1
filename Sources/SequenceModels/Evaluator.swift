import FloatBackend

/// Accuracy of a model on fresh random sequences of given lengths.
public enum Evaluator {
    /// `sequences` sequences per length, from a stream derived from `seed` and the length (so every
    /// model evaluated with the same seed sees the same sequences). The model runs in scalar type
    /// `T` (Float as trained, or Double to separate rounding from what the weights express).
    public static func evaluate<T: FloatScalar>(model: SequenceModel, task: some SequenceTask, lengths: [Int], sequences: Int, seed: UInt64,
                                                form: DiagonalRecurrence.Form = .sequential, as type: T.Type = Float.self) -> [Evaluation] {
        lengths.map { length in
            var correctTokens = 0, correctSequences = 0, squaredError = 0.0
            var correctCosets: [Int] = []
            forEachChunk(of: task, length: length, sequences: sequences, seed: seed) { batch in
                let b = batch.batch
                let computed: Tensor<T>? = try? model.outputs(tokens: batch.tokens, batch: b, length: length, as: T.self, form: form)
                let out: Tensor<Float> = computed?.converted(to: Float.self) ?? Tensor(shape: [b * length, task.outputs], repeating: .nan)
                let ok: [Bool]
                if let words = task as? WordProblemTask {
                    let predicted = words.predictions(out)
                    ok = words.correct(predicted: predicted, batch: batch)
                    let levels = words.correctCosets(predicted: predicted, batch: batch)
                    correctCosets = correctCosets.isEmpty ? levels : zip(correctCosets, levels).map(+)
                } else {
                    ok = task.correct(outputs: out, batch: batch)
                }
                correctTokens += ok.filter { $0 }.count
                for e in 0..<b where ok[(e * length)..<((e + 1) * length)].allSatisfy({ $0 }) { correctSequences += 1 }
                if task.isRegression {
                    for i in 0..<out.count { let d = Double(out.storage[i] - batch.vectorTargets[i]); squaredError += d * d }
                }
            }
            let tokens = Double(sequences * length)
            return Evaluation(length: length, perTokenAccuracy: Double(correctTokens) / tokens,
                              sequenceAccuracy: Double(correctSequences) / Double(sequences),
                              mse: task.isRegression ? squaredError / (tokens * Double(task.outputs)) : nil,
                              cosetAccuracy: correctCosets.isEmpty ? nil : correctCosets.map { Double($0) / tokens })
        }
    }

    /// The evaluation's `sequences` fresh sequences of one length, from a stream derived from
    /// `seed` and the length, in chunks that bound memory on long sequences (chunk boundaries do
    /// not change the sequences). `PositionProbe` reads the same sequences.
    static func forEachChunk<Task: SequenceTask>(of task: Task, length: Int, sequences: Int, seed: UInt64,
                                                  _ body: (TaskBatch) throws -> Void) rethrows {
        var rng = SplitMix64(seed: seed ^ 0x0E7A_1000, stream: UInt64(length))
        let chunk = Swift.max(1, Swift.min(sequences, 16_384 / length))
        var done = 0
        while done < sequences {
            let b = Swift.min(chunk, sequences - done)
            try body(task.sample(batch: b, length: length, using: &rng))
            done += b
        }
    }
}
