import FloatBackend

/// Accuracy of a model on fresh random sequences of given lengths.
public enum Evaluator {
    /// `sequences` sequences per length, from a stream derived from `seed` and the length (so every
    /// model evaluated with the same seed sees the same sequences). The model runs in scalar type
    /// `T` (Float as trained, or Double to separate rounding from what the weights express).
    /// `guidance`: the labels the model's auxiliary heads were trained on, to score them too
    /// (`Evaluation.headAccuracy`; nil, or a model without heads: not scored).
    public static func evaluate<T: FloatScalar>(model: SequenceModel, task: some SequenceTask, lengths: [Int], sequences: Int, seed: UInt64,
                                                form: DiagonalRecurrence.Form = .sequential, as type: T.Type = Float.self,
                                                guidance: GuidanceLabels? = nil) -> [Evaluation] {
        let heads = model.config.auxiliaryOutputs.count
        let scoresHeads = guidance != nil && model.config.hasGuidanceHeads && task is WordProblemTask
        // The per-layer heads of --guidance steps (on the transitions) and states (on the states).
        let layersWith = { (classes: [Int]) in scoresHeads ? classes.indices.filter { classes[$0] > 0 } : [] }
        let stepLayers = guidance?.hasTransitionHeads == true ? layersWith(model.config.transitionOutputs) : []
        let stateLayers = guidance?.hasStateHeads == true ? layersWith(model.config.stateOutputs) : []
        return lengths.map { length in
            var correctTokens = 0, correctSequences = 0, squaredError = 0.0
            var correctCosets: [Int] = [], correctHeads = [Int](repeating: 0, count: scoresHeads ? heads : 0)
            var correctSteps = [Int](repeating: 0, count: stepLayers.count), correctStates = [Int](repeating: 0, count: stateLayers.count)
            forEachChunk(of: task, length: length, sequences: sequences, seed: seed) { batch in
                let b = batch.batch
                let computed: (outputs: Tensor<T>, heads: [Tensor<T>], transitions: [Tensor<T>?], states: [Tensor<T>?])? = scoresHeads
                    ? try? model.outputsAndHeads(tokens: batch.tokens, batch: b, length: length, as: T.self, form: form)
                    : (try? model.outputs(tokens: batch.tokens, batch: b, length: length, as: T.self, form: form)).map { ($0, [], [], []) }
                let out: Tensor<Float> = computed?.outputs.converted(to: Float.self) ?? Tensor(shape: [b * length, task.outputs], repeating: .nan)
                let ok: [Bool]
                if let words = task as? WordProblemTask {
                    let predicted = words.predictions(out)
                    ok = words.correct(predicted: predicted, batch: batch)
                    let levels = words.correctCosets(predicted: predicted, batch: batch)
                    correctCosets = correctCosets.isEmpty ? levels : zip(correctCosets, levels).map(+)
                    if scoresHeads, let guidance, let logits = computed?.heads, logits.count == heads {
                        Self.score(logits.map { $0 }, words.auxiliaryTargets(batch: batch, heads: heads, labels: guidance),
                                   at: Array(0..<heads), in: words, into: &correctHeads)
                    }
                    let layers = model.config.layers
                    if !stepLayers.isEmpty, let logits = computed?.transitions, logits.count == layers {
                        Self.score(logits, words.transitionTargets(batch: batch, layers: layers), at: stepLayers, in: words, into: &correctSteps)
                    }
                    if !stateLayers.isEmpty, let logits = computed?.states, logits.count == layers {
                        Self.score(logits, words.stateTargets(batch: batch, layers: layers), at: stateLayers, in: words, into: &correctStates)
                    }
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
                              cosetAccuracy: correctCosets.isEmpty ? nil : correctCosets.map { Double($0) / tokens },
                              headAccuracy: scoresHeads && heads > 0 ? correctHeads.map { Double($0) / tokens } : nil,
                              stepAccuracy: stepLayers.isEmpty ? nil : correctSteps.map { Double($0) / tokens },
                              stateAccuracy: stateLayers.isEmpty ? nil : correctStates.map { Double($0) / tokens })
        }
    }

    /// Adds, for each head in `layers`, the positions where its largest output is its label.
    private static func score<T: FloatScalar>(_ logits: [Tensor<T>?], _ targets: [[Int]], at layers: [Int], in words: WordProblemTask,
                                              into correct: inout [Int]) {
        for (k, l) in layers.enumerated() {
            guard let layerLogits = logits[l], targets[l].count == layerLogits.rows else { continue }
            correct[k] += zip(words.predictions(layerLogits.converted(to: Float.self)), targets[l]).filter { $0 == $1 }.count
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
