import FloatBackend

/// The one set of training choices shared by `tower train` and `tower crosscheck`: every field of
/// a `TrainingConfig` except the model family, the depth and the seed, plus the rules that size
/// the budget for a task. `TrainingRecipe()` is Tower's default recipe, chosen by the sweep in
/// docs/training-recipe.md; every field can be overridden.
public struct TrainingRecipe: Sendable, Codable, Equatable {
    /// Training steps; nil: `defaultSteps(vocabulary:layers:)`.
    public var steps: Int?
    public var batchSize: Int
    public var trainLength: Int
    /// nil: `defaultEvalLengths(trainLength:)`.
    public var evalLengths: [Int]?
    public var evalSequences: Int
    public var width: Int
    public var state: Int
    /// nil: 2 x width.
    public var mlpHidden: Int?
    public var learningRate: Float
    /// The cosine decay ends at this fraction of `learningRate`.
    public var finalLearningRateFraction: Float
    /// nil: min(200, steps / 10).
    public var warmupSteps: Int?
    public var weightDecay: Float
    public var gradientClip: Float
    /// The length curriculum covers this fraction of the steps (0: none), unless `curriculumSteps`
    /// is set; nil: `defaultCurriculumFraction(layers:)`.
    public var curriculumFraction: Double?
    public var curriculumSteps: Int?
    public var curriculumStartLength: Int
    /// nil: linear.
    public var curriculumShape: CurriculumShape?
    /// nil: `defaultNorm(family:)`.
    public var norm: Normalization?
    public var activation: Activation
    public var form: DiagonalRecurrence.Form
    public var initialization: ModelInitialization
    /// Theory-guided training: weight of the auxiliary derived-series losses (0: plain training).
    public var guidanceWeight: Float
    /// What the auxiliary heads predict when `guidanceWeight` > 0 (nil: `.derivedSeries`).
    public var guidanceLabels: GuidanceLabels?
    /// Training-time phase drift of dcd layers (`PhaseDrift`; nil or 0: none, the default; recipes
    /// saved before this option decode as nil). Not a default because it was measured to have no
    /// net effect (docs/training-recipe.md, 14 two-layer seeds with sigma 0.003 and without: 3
    /// seeds that broke at 4x the training length learned, 3 that learned broke).
    public var phaseDrift: Float?
    /// Extra decoupled decay of the mixers' input (b) columns (`TrainingConfig.inputDecay`); nil or
    /// 0: none, the default (measured: flat states, no more learned seeds; docs/training-recipe.md).
    public var inputDecay: Float?
    /// Label smoothing of the classification loss (`TrainingConfig.labelSmoothing`); nil:
    /// `defaultLabelSmoothing(layers:)`.
    public var labelSmoothing: Float?
    /// Weight of the root-of-unity penalty on dcd angles (`TrainingConfig.rootPenalty`); nil or
    /// 0: none, which is what recipes saved before this option decode as; `autoRootPenalty` (a
    /// new recipe's): the rule, `defaultRootPenalty(layers:)`.
    public var rootPenalty: Float?
    /// Where the root penalty starts (`TrainingConfig.rootPenaltyStart`); nil:
    /// `TrainingConfig.defaultRootPenaltyStart`.
    public var rootPenaltyStart: Float?
    /// Attempts per run (`TrainingAttempts`: a failed check at 4x the training length trains again
    /// from a derived seed); nil: one, which is what every recipe saved before this option did;
    /// 0 (`autoAttempts`, the default): the restart rule's number, `defaultAttempts(retrying:)`.
    public var attempts: Int?
    /// The guidance of the retries (`forAttempt(_:)`): a plain run whose check fails is trained
    /// again with this guidance from the same seed, then with it at `retryLearningRateFactor`
    /// times the learning rate (`TrainingAttempts.ladderLength`); nil: every attempt trains as
    /// the first (recipes saved before this option decode as nil). Set by the guidance rule
    /// (`withDefaultGuidance`, `defaultRetryGuidance`), never by an explicit `--guidance`.
    public var retryGuidance: GuidanceLabels?

    /// The default auxiliary-loss weight of `--guidance derived-series`.
    public static let defaultGuidanceWeight: Float = 1

    public init(steps: Int? = nil, batchSize: Int = 64, trainLength: Int = 60, evalLengths: [Int]? = nil, evalSequences: Int = 100,
                width: Int = 64, state: Int = 16, mlpHidden: Int? = nil, learningRate: Float = 3e-3,
                finalLearningRateFraction: Float = 0.1, warmupSteps: Int? = nil,
                weightDecay: Float = 0, gradientClip: Float = 1, curriculumFraction: Double? = nil, curriculumSteps: Int? = nil,
                curriculumStartLength: Int = 4, norm: Normalization? = nil, activation: Activation = .relu,
                form: DiagonalRecurrence.Form = .sequential,
                initialization: ModelInitialization = ModelInitialization(phase: .auto, input: .zero), guidanceWeight: Float = 0,
                phaseDrift: Float? = nil, curriculumShape: CurriculumShape? = nil, inputDecay: Float? = nil, labelSmoothing: Float? = nil,
                attempts: Int? = TrainingRecipe.defaultAttempts, rootPenalty: Float? = TrainingRecipe.autoRootPenalty) {
        self.inputDecay = inputDecay; self.labelSmoothing = labelSmoothing; self.attempts = attempts; self.rootPenalty = rootPenalty
        self.steps = steps; self.batchSize = batchSize; self.trainLength = trainLength; self.evalLengths = evalLengths
        self.evalSequences = evalSequences; self.width = width; self.state = state; self.mlpHidden = mlpHidden
        self.learningRate = learningRate; self.finalLearningRateFraction = finalLearningRateFraction; self.warmupSteps = warmupSteps; self.weightDecay = weightDecay
        self.gradientClip = gradientClip; self.curriculumFraction = curriculumFraction; self.curriculumSteps = curriculumSteps
        self.curriculumStartLength = curriculumStartLength; self.norm = norm; self.activation = activation; self.form = form
        self.initialization = initialization; self.guidanceWeight = guidanceWeight; self.phaseDrift = phaseDrift
        self.curriculumShape = curriculumShape
    }

    /// The budget rule, stated in `tower train --help`: 3000 steps per layer, plus 1000 per layer
    /// for every doubling of the vocabulary (the group order) past 8, at most 10000. Stacks of two
    /// or more layers on groups of order above 32 get 54000 / layers instead, between 10000 and
    /// 20000 (2 layers: 20000, 3: 18000, 4: 13500). The caps keep one run near 5 minutes on a
    /// 2-core machine, measured alone: C2 wr C4 with 2 layers, 20000 steps, 230 s; S4 x C2 with 3
    /// layers, 20000 steps, 327 s (so 18000 about 295 s). Measured (docs/training-recipe.md):
    /// doubling an earlier rule's budget turned C24 x1, D8 x2 and A4 x2 from not learned to
    /// learned; at 10000 steps C2 wr C4 (order 64) with two layers and S4 x C2 (48) with three
    /// failed on seeds that learn at 15000-20000.
    public static func defaultSteps(vocabulary: Int, layers: Int) -> Int {
        var doublings = 0, v = 8
        while v < vocabulary { v *= 2; doublings += 1 }
        let rule = Swift.min(maximumDefaultSteps, layers * (3000 + 1000 * doublings))
        guard layers >= 2 && vocabulary > largeGroupOrder else { return rule }
        return Swift.max(rule, Swift.min(maximumLargeGroupSteps, largeGroupLayerSteps / layers))
    }

    /// The cap of `defaultSteps` (groups of order up to `largeGroupOrder`, or one layer).
    public static let maximumDefaultSteps = 10_000

    /// Above this order, stacks of two or more layers get the larger budget of `defaultSteps`.
    public static let largeGroupOrder = 32

    /// The larger budget: steps times layers, and its cap in steps.
    public static let maximumLargeGroupSteps = 20_000
    public static let largeGroupLayerSteps = 54_000

    /// The curriculum rule, stated in `tower train --help`: none for one layer, half the steps for
    /// deeper stacks. Measured (docs/training-recipe.md): without it one layer learns C2 and C6 to
    /// 16x the training length, with it both break at 4x; two layers need it to learn S3 at all.
    public static func defaultCurriculumFraction(layers: Int) -> Double { layers == 1 ? 0 : 0.5 }

    public func resolvedCurriculumFraction(layers: Int) -> Double {
        curriculumFraction ?? Self.defaultCurriculumFraction(layers: layers)
    }

    /// The phase-initialisation rule, stated in `tower train --help`: dcd phase biases zero for
    /// one layer, uniform in [-pi, pi] for deeper stacks. Measured (docs/training-recipe.md, 3 seeds
    /// each): with zero biases one layer learns C2 3/3, C6 2/3, C24 2/3, C60 2/3 (to length 1000);
    /// with uniform ones 2/3, 3/3, 3/3 and C60 not at all; on two layers zero made S3 worse.
    public static func defaultPhase(layers: Int) -> ModelInitialization.Phase { layers == 1 ? .zero : .uniform }

    /// The initialisation of a model of this depth (the phase rule applied when `auto`).
    public func resolvedInitialization(layers: Int) -> ModelInitialization {
        var i = initialization
        if i.phase == .auto { i.phase = Self.defaultPhase(layers: layers) }
        return i
    }

    /// The normalisation rule: RMSNorm, except none for the dense family. Measured
    /// (docs/training-recipe.md): with RMSNorm one dense layer does not learn S3 (0.64 at the
    /// training length, state 4), without it it does (1.00, and 0.93 at 8x).
    public static func defaultNorm(family: MixerFamily) -> Normalization { family == .dense ? .none : .rms }

    /// Training length, 2x, ~4x, ~8x and ~16x it (60 -> 60, 120, 250, 500, 1000): the verdicts
    /// read accuracy at 4x ("learned") and at the longest length ("breaks down").
    public static func defaultEvalLengths(trainLength t: Int) -> [Int] {
        t == 60 ? [60, 120, 250, 500, 1000] : [t, 2 * t, 4 * t, 8 * t, 16 * t]
    }

    /// The label-smoothing rule, stated in `tower train --help`: none for one layer, 0.1 for deeper
    /// stacks. Measured (docs/training-recipe.md, this session): on 14 two-layer seeds of S3, D8,
    /// Q8 and A4, 0.1 learned 9 (plain 6), and four of them held 1.000 to length 1000, which no
    /// plain two-layer run did; on six one-layer seeds it learned 4 against 3 but lost C60 seed 1.
    public static func defaultLabelSmoothing(layers: Int) -> Float { layers == 1 ? 0 : 0.1 }

    /// `rootPenalty` meaning "the rule" (`defaultRootPenalty(layers:)`).
    public static let autoRootPenalty: Float = -1

    /// The root penalty's weight for stacks of two or more dcd layers (`RootPenalty`,
    /// `--root-penalty`), from half the steps on.
    public static let stackRootPenalty: Float = 10

    /// The default weight of the root penalty: `stackRootPenalty` for two or more layers, none
    /// for one. Measured (docs/training-recipe.md, section of 5 Dec from 17:22): on two-layer S3,
    /// D8, Q8, A4 every seed still learned and most reached further (kept models >= 0.9 at 16x
    /// the training length: 5 -> 7 of 12), S4 x3 learned 3 of 3 seeds (2 of 3 before); on one
    /// layer it helped C6 and C24 on one seed each and cost every C2 seed tried (three), so one
    /// layer goes without.
    public static func defaultRootPenalty(layers: Int) -> Float { layers >= 2 ? stackRootPenalty : 0 }

    /// This recipe's root-penalty weight for `layers` layers (0: none).
    public func resolvedRootPenalty(layers: Int) -> Float {
        rootPenalty == Self.autoRootPenalty ? Self.defaultRootPenalty(layers: layers) : Swift.max(rootPenalty ?? 0, 0)
    }

    public func resolvedLabelSmoothing(layers: Int) -> Float { labelSmoothing ?? Self.defaultLabelSmoothing(layers: layers) }

    /// The guidance rule (`--guidance auto`, the default of `tower train` and `tower crosscheck`),
    /// stated in `tower train --help`: cascade guidance for stacks of three or more layers on the
    /// word problem of a solvable group of derived length three or more; steps-states guidance
    /// for two or more layers on larger solvable non-abelian groups (below); none otherwise (nil).
    /// Measured (docs/training-recipe.md): plain training of S4, SL(2,3) and S4 x C2 with three
    /// layers never fitted even the training length (every run 0.27-0.56 at 60), cascade guidance
    /// fitted it in 8 of 9 runs and learned 5 of 9; at two layers it moved which seeds learn, not
    /// how many (7 of 12 against 8 of 12 plain, seed by seed), so two layers stay plain.
    ///
    /// Above order `stepsStatesOrder` stacks of two or more dcd layers (the family whose angles the
    /// transition heads read, and the only one measured) on a solvable non-abelian group that the
    /// cascade rule leaves plain get steps-states guidance (heads on every layer's
    /// transitions and state) from the first attempt instead. Measured (docs/training-recipe.md,
    /// 5 Dec 2026 from 20:05 UTC and the sections before): plain two-layer training learned none
    /// of the eight groups of order 96 to 240 tried (A4 x C8, C7 wr C2, D100, S3 x S3 x C3,
    /// AGL(1,11), Q8 x C3 x C5, Heis5, AGL(1,16)); steps-states learned 11 of 15 seeds, eight of
    /// ten groups on at least one (S3 x S3 x C3 to length 1000 on both seeds), and failed Heis5
    /// and AGL(1,16); end to end the new default learned 3 runs of 3 (D8 x C3 x C5, C7 wr C2,
    /// A4 x C8 seed 2 on its second attempt); the
    /// cascade rung learned S3 x S3 x C3 but not A4 x C8, Heis5, AGL(1,11), AGL(1,13) on the seeds
    /// tried. On S3, D8, Q8 and A4 steps-states learned none of the four seeds the cascade rung
    /// learns, so smaller groups keep the plain start and the cascade retries.
    public static func defaultGuidance(for task: some SequenceTask, layers: Int, family: MixerFamily = .dcd) -> GuidanceLabels? {
        guard layers >= 2, let d = derivedLength(of: task), d >= 2 else { return nil }
        if layers >= 3 && d >= 3 { return .cascade }
        guard family == .dcd, task.outputs > stepsStatesOrder,
              !TrainingConfig.guidanceHeads(for: task, layers: layers, labels: .stepsAndStates).isEmpty else { return nil }
        return .stepsAndStates
    }

    /// Above this group order the guidance rule guides stacks of two or more layers by
    /// steps-states (`defaultGuidance(for:layers:family:)`), stated in `tower train --help`: the largest
    /// order plain training with cascade-guided retries learned is 81 (C3 wr C3); the smallest
    /// tried above it, 96 (A4 x C8), failed plain and cascade-guided and learned with steps-states.
    public static let stepsStatesOrder = 81

    /// The derived length of the task's group (nil: not solvable, or not a group task).
    static func derivedLength(of task: some SequenceTask) -> Int? {
        guard task.outputs > 1 else { return nil }
        // Head l's classes are |G / G^(l+1)|: the derived length is the first head with |G|
        // classes. Each proper step at least halves the order, so log2 |G| + 1 heads reach it.
        let heads = Int.bitWidth - task.outputs.leadingZeroBitCount + 1
        let classes = task.auxiliaryClasses(heads: heads, labels: .derivedSeries)
        return classes.firstIndex(of: task.outputs).map { $0 + 1 }
    }

    /// The retry rule (`--guidance auto`), stated in `tower train --help`: where the guidance rule
    /// trains plain a stack of two or more layers on a solvable non-abelian group (derived length
    /// two or more), a run whose first attempt fails the check is trained again with cascade guidance
    /// from the same seed (the ladder of `forAttempt(_:)`); nil elsewhere. Measured
    /// (docs/training-recipe.md, 5 Dec 2026): on the 13 two-layer seeds of 9 groups whose plain
    /// first attempt failed, the cascade-guided run of the same seed learned 12 and a plain run
    /// from a fresh seed 6 of 12 (on the same seeds: 5 learned only with cascade, none only
    /// plain); forbidden depths (S4, SL(2,3) with two layers) still break down with length under
    /// cascade guidance.
    public static func defaultRetryGuidance(for task: some SequenceTask, layers: Int, family: MixerFamily = .dcd) -> GuidanceLabels? {
        guard layers >= 2, defaultGuidance(for: task, layers: layers, family: family) == nil, let d = derivedLength(of: task), d >= 2,
              !TrainingConfig.guidanceHeads(for: task, layers: layers, labels: .cascade).isEmpty else { return nil }
        return .cascade
    }

    /// This recipe with the guidance of `defaultGuidance(for:layers:family:)` (plain where it says none,
    /// with `defaultRetryGuidance` for the retries), keeping a guidance weight already set.
    public func withDefaultGuidance(for task: some SequenceTask, layers: Int, family: MixerFamily = .dcd) -> TrainingRecipe {
        var r = self
        if let labels = Self.defaultGuidance(for: task, layers: layers, family: family) {
            r.guidanceLabels = labels == .derivedSeries ? nil : labels
            if r.guidanceWeight <= 0 { r.guidanceWeight = Self.defaultGuidanceWeight }
            r.retryGuidance = nil
        } else {
            r.guidanceWeight = 0
            r.guidanceLabels = nil
            r.retryGuidance = Self.defaultRetryGuidance(for: task, layers: layers, family: family)
        }
        return r
    }

    /// The recipe of attempt `k` (1-based) of a run: this recipe, except that with a
    /// `retryGuidance` the attempts climb the ladder of `TrainingAttempts`: the second rung is
    /// guided by it (the default weight), the third also at `retryLearningRateFactor` times the
    /// learning rate.
    public func forAttempt(_ k: Int) -> TrainingRecipe {
        guard let labels = retryGuidance, TrainingAttempts.isGuidedRetry(k) else { return self }
        var r = self
        r.guidanceLabels = labels == .derivedSeries ? nil : labels
        r.guidanceWeight = Self.defaultGuidanceWeight
        if TrainingAttempts.isFasterRetry(k) { r.learningRate *= Self.retryLearningRateFactor }
        return r
    }

    /// The learning-rate factor of the ladder's third rung, stated in `tower train --help`.
    /// Measured (docs/training-recipe.md, 5 Dec 2026 from 02:55 UTC): on 20 two-layer seeds
    /// whose plain attempt failed, cascade at the default rate learned 17 and at twice it 18,
    /// on different seeds (all 20 by one of the two); the three seeds no earlier attempt learned
    /// (S3 seed 4, AGL(1,7) seed 2, AGL(1,8) seed 1) all learned at twice the rate. At the
    /// default rate 8 of the 20 hold to 16x the training length, at twice it 5, so the default
    /// rate stays the second rung; plain runs (S3 seed 2) and stacks guided from the start (S4
    /// x3) lost seeds at twice the rate, so it is a third rung, not a new default rate.
    public static let retryLearningRateFactor: Float = 2

    /// `attempts` = 0: the restart rule decides (`defaultAttempts(retrying:)`).
    public static let autoAttempts = 0

    /// The default of `attempts` (`--attempts`): the restart rule.
    public static let defaultAttempts: Int? = autoAttempts

    /// The restart rule (`TrainingAttempts`), stated in `tower train --help`: on classification
    /// tasks, up to three attempts where the recipe climbs the retry ladder (`retryGuidance`:
    /// plain, cascade, cascade at twice the learning rate), two elsewhere; each later attempt only
    /// when the ones before it fail the check at 4x the training length. Measured in
    /// docs/training-recipe.md.
    public static func defaultAttempts(retrying: Bool) -> Int { retrying ? TrainingAttempts.ladderLength : 2 }

    /// Attempts of one run on `task`: one for regression tasks (nothing to check), else the
    /// recipe's (one when unset, the restart rule's when `autoAttempts`).
    public func resolvedAttempts(for task: some SequenceTask) -> Int {
        if task.isRegression { return 1 }
        if attempts == Self.autoAttempts { return Self.defaultAttempts(retrying: retryGuidance != nil) }
        return max(1, attempts ?? 1)
    }

    public func resolvedSteps(vocabulary: Int, layers: Int) -> Int {
        steps ?? Self.defaultSteps(vocabulary: vocabulary, layers: layers)
    }

    public var resolvedEvalLengths: [Int] { evalLengths ?? Self.defaultEvalLengths(trainLength: trainLength) }

    /// The model for `task` with this recipe's sizes (with auxiliary heads when guided).
    public func model(for task: some SequenceTask, family: MixerFamily, layers: Int) -> ModelConfig {
        TrainingConfig.model(for: task, family: family, layers: layers, width: width, state: state, mlpHidden: mlpHidden,
                             norm: norm ?? Self.defaultNorm(family: family), activation: activation, guided: guidanceWeight > 0,
                             labels: guidanceLabels ?? .derivedSeries)
    }

    /// The full configuration of one run.
    public func config(for task: some SequenceTask, family: MixerFamily, layers: Int, seed: UInt64) -> TrainingConfig {
        config(model: model(for: task, family: family, layers: layers), seed: seed)
    }

    /// The full configuration of one run of a given model (e.g. a hand-built start).
    public func config(model: ModelConfig, seed: UInt64) -> TrainingConfig {
        let n = resolvedSteps(vocabulary: model.vocabulary, layers: model.layers)
        let smoothing = resolvedLabelSmoothing(layers: model.layers)
        let penalty = model.family == .dcd ? resolvedRootPenalty(layers: model.layers) : 0
        return TrainingConfig(model: model, steps: n, batchSize: batchSize, trainLength: trainLength, evalLengths: resolvedEvalLengths,
                              evalSequences: evalSequences, learningRate: learningRate, warmupSteps: warmupSteps,
                              weightDecay: weightDecay, gradientClip: gradientClip, seed: seed, form: form,
                              curriculumSteps: curriculumSteps ?? Int(resolvedCurriculumFraction(layers: model.layers) * Double(n)),
                              curriculumStartLength: curriculumStartLength,
                              guidanceWeight: guidanceWeight > 0 && model.hasGuidanceHeads ? guidanceWeight : nil,
                              initialization: resolvedInitialization(layers: model.layers), finalLearningRateFraction: finalLearningRateFraction,
                              phaseDrift: (phaseDrift ?? 0) > 0 ? phaseDrift : nil, curriculumShape: curriculumShape,
                              inputDecay: (inputDecay ?? 0) > 0 ? inputDecay : nil,
                              labelSmoothing: smoothing > 0 ? smoothing : nil,
                              guidanceLabels: guidanceWeight > 0 && model.hasGuidanceHeads && guidanceLabels != .derivedSeries ? guidanceLabels : nil,
                              rootPenalty: penalty > 0 ? penalty : nil,
                              rootPenaltyStart: penalty > 0 ? rootPenaltyStart : nil)
    }
}
