import FloatBackend

/// Restarts, as a careful experimenter makes them: train, check the model on held-out sequences
/// at 4x the training length, and when the check fails train again from a fresh initialisation
/// (a seed derived from the run's seed), up to the recipe's number of attempts; keep the attempt
/// with the best check. The check never reads the evaluation's sequences (its stream is its own),
/// so the reported evaluation of the kept model is still on unseen sequences.
///
/// Why (docs/training-recipe.md): with the default recipe a two-layer stack learns about two
/// seeds in three, and the seeds that fail are not the groups that fail: a second attempt is the
/// cheapest way to the model a careful experimenter reports. The check is at 4x the training
/// length because that is where "learned" is read; a depth the theory forbids still has to hold
/// at 16x to count against the theory, which the check does not look at.
public enum TrainingAttempts {
    /// Per-token accuracy at or above this passes the check (the verdicts' "learned" threshold).
    public static let threshold = 0.9
    /// The check is read at the first evaluation length >= this factor x the training length.
    public static let learnedFactor = 4

    /// The training seed of attempt `attempt` (1-based) of a run with seed `seed`: the seed itself
    /// for the first attempt (so one attempt is exactly the run without restarts), a derived seed
    /// for later ones. `tower train --seed <that seed>` reproduces the attempt alone.
    public static func seed(_ seed: UInt64, attempt: Int) -> UInt64 {
        guard attempt > 1 else { return seed }
        return derived(seed, attempt)
    }

    /// The rungs of the retry ladder of a recipe that alternates guidance
    /// (`TrainingRecipe.retryGuidance`), climbed in this order from one seed: plain, guided, and
    /// guided at `TrainingRecipe.retryLearningRateFactor` times the learning rate.
    public static let ladderLength = 3

    /// The training seed of attempt `attempt` when the recipe alternates guidance
    /// (`TrainingRecipe.retryGuidance`): attempts 1-3 (the ladder: plain, guided, guided faster)
    /// from the seed itself, 4-6 from the seed of attempt 2 above, and so on;
    /// `seed(_:attempt:)` otherwise.
    public static func seed(_ seed: UInt64, attempt: Int, alternating: Bool) -> UInt64 {
        alternating ? self.seed(seed, attempt: (attempt + ladderLength - 1) / ladderLength) : self.seed(seed, attempt: attempt)
    }

    /// Whether attempt `k` (1-based) of a recipe that alternates guidance is a guided one (the
    /// second and third rung of the ladder).
    public static func isGuidedRetry(_ k: Int) -> Bool { (k - 1) % ladderLength != 0 }

    /// Whether attempt `k` (1-based) of a recipe that alternates guidance is the ladder's third
    /// rung: guided, at `TrainingRecipe.retryLearningRateFactor` times the learning rate.
    public static func isFasterRetry(_ k: Int) -> Bool { (k - 1) % ladderLength == 2 }

    private static func derived(_ seed: UInt64, _ attempt: Int) -> UInt64 {
        var g = SplitMix64(seed: seed, stream: 0xA77E_3000 &+ UInt64(attempt))
        return g.next() >> 32   // 32 bits: short enough to type back as --seed
    }

    /// The length of the check: the first of the run's evaluation lengths >= 4x the training
    /// length (250 for the default 60), else exactly 4x.
    public static func checkLength(_ config: TrainingConfig) -> Int {
        config.evalLengths.sorted().first { $0 >= learnedFactor * config.trainLength } ?? learnedFactor * config.trainLength
    }

    /// Per-token accuracy of `model` on `config.evalSequences` fresh sequences of the check length,
    /// drawn from a stream derived from the run's seed that the evaluation never uses.
    public static func check(model: SequenceModel, task: some SequenceTask, config: TrainingConfig, runSeed: UInt64) -> Double {
        var g = SplitMix64(seed: runSeed, stream: 0xC4EC_0000)
        let seed = g.next()
        return Evaluator.evaluate(model: model, task: task, lengths: [checkLength(config)], sequences: config.evalSequences,
                                  seed: seed, form: config.form).first?.perTokenAccuracy ?? 0
    }

    /// What one attempt reported: its training seed, the check's accuracy (nil: it diverged and
    /// is never kept), how long it took, and its guidance and peak learning rate when the recipe
    /// alternates them (nil: the run's own).
    public struct Attempt: Sendable, Codable, Equatable {
        public var attempt: Int
        public var seed: UInt64
        public var check: Double?
        public var wallSeconds: Double
        /// "none" or the guidance labels' name.
        public var guidance: String?
        public var learningRate: Float?
        public init(attempt: Int, seed: UInt64, check: Double?, wallSeconds: Double, guidance: String? = nil, learningRate: Float? = nil) {
            self.attempt = attempt; self.seed = seed; self.check = check; self.wallSeconds = wallSeconds; self.guidance = guidance
            self.learningRate = learningRate
        }
        public var passed: Bool { (check ?? 0) >= threshold }
    }

    /// Runs up to `attempts` attempts: `train(attempt, seed)` trains one (returning its result and
    /// model, or nil when it diverged) and the loop stops at the first attempt whose check passes.
    /// Returns every attempt and the index of the kept one: the best check, the earliest on ties;
    /// nil when every attempt diverged.
    /// With a `ladder` recipe that has a `retryGuidance` the attempts climb its ladder (plain,
    /// guided, guided faster: the caller builds each attempt's configuration from
    /// `ladder.forAttempt(k)`, and the record says that recipe's guidance and learning rate) and
    /// the seeds follow `seed(_:attempt:alternating:)`.
    public static func run<R>(attempts: Int, seed: UInt64, task: some SequenceTask, config: TrainingConfig,
                              ladder: TrainingRecipe? = nil,
                              train: (_ attempt: Int, _ seed: UInt64) throws -> (result: R, model: SequenceModel)?) rethrows
        -> (attempts: [Attempt], results: [R?], kept: Int?) {
        var tried: [Attempt] = [], results: [R?] = []
        let clock = ContinuousClock()
        let climbing = ladder?.retryGuidance != nil
        for k in 1...max(1, attempts) {
            let s = self.seed(seed, attempt: k, alternating: climbing)
            let began = clock.now
            let outcome = try train(k, s)
            let check = outcome.map { task.isRegression ? 0 : self.check(model: $0.model, task: task, config: config, runSeed: seed) }
            let rung = climbing ? ladder?.forAttempt(k) : nil
            tried.append(Attempt(attempt: k, seed: s, check: check, wallSeconds: (clock.now - began).seconds,
                                 guidance: rung.map { $0.guidanceWeight > 0 ? ($0.guidanceLabels ?? .derivedSeries).rawValue : "none" },
                                 learningRate: rung?.learningRate))
            results.append(outcome?.result)
            if tried.last!.passed || task.isRegression { break }
        }
        let finished = tried.indices.filter { tried[$0].check != nil }
        let kept = finished.max { tried[$0].check! < tried[$1].check! || (tried[$0].check! == tried[$1].check! && $0 > $1) }
        return (tried, results, kept)
    }
}
