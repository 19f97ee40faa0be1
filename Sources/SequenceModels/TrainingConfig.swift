import Foundation
import FloatBackend

/// Everything that fixes a training run besides the task: the model, the budget, the optimiser and
/// the seed. Stored in every training checkpoint, so a resumed run continues the same run.
public struct TrainingConfig: Sendable, Codable, Equatable {
    public var model: ModelConfig
    public var steps: Int
    public var batchSize: Int
    public var trainLength: Int
    public var evalLengths: [Int]
    /// Sequences drawn per evaluation length.
    public var evalSequences: Int
    public var learningRate: Float
    public var warmupSteps: Int
    public var weightDecay: Float
    /// Maximum global gradient norm (0 disables clipping).
    public var gradientClip: Float
    public var seed: UInt64
    public var form: DiagonalRecurrence.Form
    /// Length curriculum: over the first `curriculumSteps` steps the training length grows
    /// linearly from `curriculumStartLength` to `trainLength` (0 steps: no curriculum). Long
    /// sequences from the first step give gradients dominated by late, chaotic positions;
    /// short ones first let the model find the right phases.
    public var curriculumSteps: Int
    /// How the curriculum's length grows (nil: `.linear`, as before this option).
    public var curriculumShape: CurriculumShape?
    public var curriculumStartLength: Int
    /// Theory-guided training: weight of the auxiliary heads' cross-entropy (nil or 0: plain
    /// training). The model must have the auxiliary heads (`ModelConfig.auxiliaryOutputs`).
    public var guidanceWeight: Float?
    /// What the auxiliary heads predict (nil: `.derivedSeries`, as before this option).
    public var guidanceLabels: GuidanceLabels?
    /// How the initial weights are drawn (nil: `.legacy`, what checkpoints written before this
    /// option used).
    public var initialization: ModelInitialization?
    /// The cosine schedule ends at this fraction of the peak rate (nil: 0.1, as before this option).
    public var finalLearningRateFraction: Float?
    /// Training-time phase drift of dcd layers (`PhaseDrift`): the standard deviation of the
    /// per-sequence angle offset (nil or 0: none, as before this option).
    public var phaseDrift: Float?
    /// Decoupled decay of every mixer's input (b) columns, on top of `weightDecay`: after each
    /// step those weights and biases shrink by learning rate x this rate (nil or 0: none, as before
    /// this option). Pulls the affine part of each layer towards pure transitions (`InputDecay`).
    public var inputDecay: Float?
    /// Label smoothing of the classification loss, in [0, 1) (nil or 0: none, as before this
    /// option): the target puts 1 - e on the right class and e / C on every class, so the logits
    /// cannot grow without bound and the loss keeps rewarding states at the centre of their class.
    public var labelSmoothing: Float?
    /// Weight of the root-of-unity penalty on dcd transition angles (`RootPenalty`; nil or 0:
    /// none, as before this option).
    public var rootPenalty: Float?
    /// The root penalty is off before this fraction of the steps and grows linearly from 0 to
    /// `rootPenalty` over the rest (nil: 0.5, after the length curriculum of deeper stacks), so
    /// angles are pulled to roots only once the model has chosen which root each input gets.
    public var rootPenaltyStart: Float?

    /// `rootPenaltyStart` when nil.
    public static let defaultRootPenaltyStart: Float = 0.5

    /// Where the root penalty starts, in steps (a fraction of a step when the steps are odd).
    private var rootPenaltyStartPoint: Float { Float(steps) * (rootPenaltyStart ?? Self.defaultRootPenaltyStart) }

    /// The first 0-based step at which the root penalty acts.
    public var rootPenaltyFirstStep: Int { Int(rootPenaltyStartPoint.rounded(.up)) }

    /// The root penalty's weight at 0-based step `step`.
    public func rootPenalty(at step: Int) -> Float {
        guard let w = rootPenalty, w > 0 else { return 0 }
        let start = rootPenaltyStartPoint, s = Float(step)
        guard s >= start else { return 0 }
        return w * Swift.min(1, (s - start + 1) / Swift.max(1, Float(steps) - start))
    }

    /// The root penalty's angle orders for a run on `task` (`SequenceTask.phaseOrders`); empty
    /// when the run has no penalty (none set, or not the dcd family).
    public func phaseOrders(for task: some SequenceTask) -> [Int] {
        model.family == .dcd && (rootPenalty ?? 0) > 0 ? task.phaseOrders(layers: model.layers, guided: isGuided) : []
    }

    public init(model: ModelConfig, steps: Int, batchSize: Int = 32, trainLength: Int = 60, evalLengths: [Int]? = nil,
                evalSequences: Int = 100, learningRate: Float = 3e-3, warmupSteps: Int? = nil, weightDecay: Float = 0.01,
                gradientClip: Float = 1, seed: UInt64 = 1, form: DiagonalRecurrence.Form = .sequential,
                curriculumSteps: Int = 0, curriculumStartLength: Int = 4, guidanceWeight: Float? = nil,
                initialization: ModelInitialization? = nil, finalLearningRateFraction: Float? = nil, phaseDrift: Float? = nil,
                curriculumShape: CurriculumShape? = nil, inputDecay: Float? = nil, labelSmoothing: Float? = nil,
                guidanceLabels: GuidanceLabels? = nil, rootPenalty: Float? = nil, rootPenaltyStart: Float? = nil) {
        self.rootPenalty = rootPenalty; self.rootPenaltyStart = rootPenaltyStart
        self.inputDecay = inputDecay; self.labelSmoothing = labelSmoothing; self.guidanceLabels = guidanceLabels
        self.finalLearningRateFraction = finalLearningRateFraction; self.phaseDrift = phaseDrift; self.curriculumShape = curriculumShape
        self.curriculumSteps = curriculumSteps; self.curriculumStartLength = curriculumStartLength
        self.guidanceWeight = guidanceWeight; self.initialization = initialization
        self.model = model; self.steps = steps; self.batchSize = batchSize; self.trainLength = trainLength
        self.evalLengths = evalLengths ?? [trainLength]; self.evalSequences = evalSequences
        self.learningRate = learningRate; self.warmupSteps = warmupSteps ?? Swift.min(200, steps / 10)
        self.weightDecay = weightDecay; self.gradientClip = gradientClip; self.seed = seed; self.form = form
    }

    /// The training length at 0-based step `step`.
    public func trainLength(at step: Int) -> Int {
        guard curriculumSteps > 0, step < curriculumSteps else { return trainLength }
        let start = Swift.min(curriculumStartLength, trainLength)
        switch curriculumShape ?? .linear {
        case .linear:
            return start + (trainLength - start) * step / curriculumSteps
        case .geometric:
            // start * (T / start)^(step / steps): equal steps for every doubling of the length.
            let ratio = Double(trainLength) / Double(Swift.max(start, 1))
            let length = Double(start) * Foundation.pow(ratio, Double(step) / Double(curriculumSteps))
            return Swift.min(trainLength, Swift.max(start, Int(length)))
        }
    }

    /// A model configuration sized for `task` (its vocabulary and outputs).
    public static func model(for task: some SequenceTask, family: MixerFamily, layers: Int, width: Int, state: Int,
                             mlpHidden: Int? = nil, norm: Normalization = .rms, activation: Activation = .relu,
                             guided: Bool = false, labels: GuidanceLabels = .derivedSeries) -> ModelConfig {
        ModelConfig(family: family, layers: layers, width: width, state: state, mlpHidden: mlpHidden,
                    vocabulary: task.vocabulary, outputs: task.outputs, norm: norm, activation: activation,
                    auxiliaryOutputs: guided ? guidanceHeads(for: task, layers: layers, labels: labels) : [],
                    transitionOutputs: guided && labels.hasTransitionHeads && family == .dcd ? task.transitionClasses(layers: layers) : [],
                    stateOutputs: guided && labels.hasStateHeads ? task.stateClasses(layers: layers) : [])
    }

    /// Guided training's auxiliary heads: one after each layer l but the last, predicting the coset
    /// in G / G^(l+1); after the last layer too when that quotient is not all of G (a model shallower
    /// than the derived length), so even one layer gets the signal.
    public static func guidanceHeads(for task: some SequenceTask, layers: Int, labels: GuidanceLabels = .derivedSeries) -> [Int] {
        let all = task.auxiliaryClasses(heads: layers, labels: labels)
        guard let last = all.last else { return [] }
        return last < task.outputs ? all : Array(all.dropLast())
    }

    /// Whether the auxiliary losses are on.
    public var isGuided: Bool { (guidanceWeight ?? 0) > 0 && model.hasGuidanceHeads }

    /// Throws `TrainingError.invalidConfig` naming the first field out of range.
    public func validate(for task: some SequenceTask) throws {
        do { try model.validate() } catch { throw TrainingError.invalidConfig("\(error)") }
        try validateBounds()
        for (name, value) in [("steps", steps), ("batchSize", batchSize), ("trainLength", trainLength),
                              ("evalSequences", evalSequences), ("curriculumStartLength", curriculumStartLength)] where value < 1 {
            throw TrainingError.invalidConfig("\(name) must be at least 1, got \(value)")
        }
        if let bad = evalLengths.first(where: { $0 < 1 }) { throw TrainingError.invalidConfig("evaluation length \(bad) must be at least 1") }
        if let w = guidanceWeight, !(w.isFinite && w >= 0) { throw TrainingError.invalidConfig("guidance weight must be a non-negative number, got \(w)") }
        if (guidanceWeight ?? 0) > 0 {
            let labels = guidanceLabels ?? .derivedSeries
            guard model.auxiliaryOutputs == task.auxiliaryClasses(heads: model.auxiliaryOutputs.count, labels: labels) else {
                throw TrainingError.invalidConfig("task '\(task.name)' has no \(labels.rawValue) guidance labels for this model")
            }
            if labels.hasTransitionHeads, model.family == .dcd, model.transitionOutputs != task.transitionClasses(layers: model.layers) {
                throw TrainingError.invalidConfig("task '\(task.name)' has no step labels for this model's transition heads")
            }
            if labels.hasStateHeads, model.stateOutputs != task.stateClasses(layers: model.layers) {
                throw TrainingError.invalidConfig("task '\(task.name)' has no state labels for this model's state heads")
            }
        }
        if let d = phaseDrift, !(d.isFinite && d >= 0) { throw TrainingError.invalidConfig("phase drift must be a non-negative number, got \(d)") }
        if let e = labelSmoothing, !(e.isFinite && e >= 0 && e < 1) { throw TrainingError.invalidConfig("label smoothing must be in [0, 1), got \(e)") }
        if let d = inputDecay, !(d.isFinite && d >= 0) { throw TrainingError.invalidConfig("input decay must be a non-negative number, got \(d)") }
        if let r = rootPenalty, !(r.isFinite && r >= 0) { throw TrainingError.invalidConfig("root penalty must be a non-negative number, got \(r)") }
        if let f = rootPenaltyStart, !(f.isFinite && f >= 0 && f <= 1) { throw TrainingError.invalidConfig("root penalty start must be between 0 and 1, got \(f)") }
        if let f = finalLearningRateFraction, !(f.isFinite && f >= 0 && f <= 1) {
            throw TrainingError.invalidConfig("final learning-rate fraction must be between 0 and 1, got \(f)")
        }
        guard learningRate.isFinite, learningRate > 0 else { throw TrainingError.invalidConfig("learning rate must be positive, got \(learningRate)") }
        guard model.vocabulary == task.vocabulary, model.outputs == task.outputs else {
            throw TrainingError.invalidConfig("model has vocabulary \(model.vocabulary) and \(model.outputs) outputs, task '\(task.name)' needs \(task.vocabulary) and \(task.outputs)")
        }
    }
}

/// How a length curriculum grows from its start length to the training length.
public enum CurriculumShape: String, Sendable, Codable, CaseIterable {
    /// The same number of steps for every added token.
    case linear
    /// The same number of steps for every doubling of the length (more time on short sequences).
    case geometric
}
