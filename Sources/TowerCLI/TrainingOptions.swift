import ArgumentParser
import FloatBackend
import SequenceModels

extension MixerFamily: ExpressibleByArgument {}
extension Normalization: ExpressibleByArgument {}
extension Activation: ExpressibleByArgument {}
extension DiagonalRecurrence.Form: ExpressibleByArgument {}
extension ModelInitialization.Phase: ExpressibleByArgument {}
extension ModelInitialization.Input: ExpressibleByArgument {}
extension CurriculumShape: ExpressibleByArgument {}

/// `--guidance`: plain training, auxiliary heads on the derived series (`GuidanceLabels`), or the
/// recipe's rule (`TrainingRecipe.defaultGuidance(for:layers:family:)`).
enum GuidanceMode: String, CaseIterable, ExpressibleByArgument {
    case auto
    case none
    case derivedSeries = "derived-series"
    case cascade
    case steps
    case states
    case stepsAndStates = "steps-states"
}

/// The training options of `tower train` and `tower crosscheck`: one declaration, one set of
/// defaults (`TrainingRecipe()`, chosen by the sweep in docs/training-recipe.md).
struct TrainingOptions: ParsableArguments {
    static let defaults = TrainingRecipe()

    @Option(help: ArgumentHelp("Training steps per run (default: 3000 per layer, +1000 per layer for each doubling of the group order past 8, at most 10000; two or more layers on a group of order above 32: 54000 / layers, between 10000 and 20000).",
                               valueName: "n")) var steps: Int?
    @Option(help: "Sequences per batch.") var batch: Int = defaults.batchSize
    @Option(name: .customLong("train-length"), help: "Sequence length during training.") var trainLength: Int = defaults.trainLength
    @Option(name: .customLong("eval-lengths"),
            help: "Comma-separated evaluation lengths (default: the training length and 2, ~4, ~8, ~16 times it: 60,120,250,500,1000).")
    var evalLengths: String?
    @Option(name: .customLong("eval-sequences"), help: "Random sequences per evaluation length.") var evalSequences: Int = defaults.evalSequences
    @Option(help: "Width of the residual stream.") var width: Int = defaults.width
    @Option(help: "State size of each mixer (complex coordinates for dcd).") var state: Int = defaults.state
    @Option(name: .customLong("mlp-hidden"), help: "Hidden width of each MLP (default 2 x width).") var mlpHidden: Int?
    @Option(help: "Peak learning rate.") var lr: Float = defaults.learningRate
    @Option(name: .customLong("final-lr"), help: "The cosine decay ends at this fraction of --lr.") var finalLR: Float = defaults.finalLearningRateFraction
    @Option(help: "Warm-up steps (default min(200, steps/10)).") var warmup: Int?
    @Option(name: .customLong("weight-decay"), help: "AdamW weight decay on weight matrices.") var weightDecay: Float = defaults.weightDecay
    @Option(help: "Global gradient-norm clip (0: off).") var clip: Float = defaults.gradientClip
    @Option(help: "Normalisation: none, rms, layer (default: rms, none for the dense family).") var norm: Normalization?
    @Option(help: "MLP activation: relu, gelu.") var activation: Activation = defaults.activation
    @Option(help: "Recurrence solver: sequential, associative.") var scan: DiagonalRecurrence.Form = defaults.form
    @Option(help: ArgumentHelp("Fraction of the steps over which the training length grows from 4 to --train-length (0: no curriculum; default: 0 for one layer, 0.5 for deeper stacks).", valueName: "fraction"))
    var curriculum: Double?
    @Option(name: .customLong("curriculum-steps"), help: "The curriculum's length in steps (overrides --curriculum).") var curriculumSteps: Int?
    @Option(name: .customLong("curriculum-shape"), help: "How the curriculum's length grows: linear (the same steps per added token) or geometric (the same steps per doubling).")
    var curriculumShape: CurriculumShape = .linear
    @Option(name: .customLong("phase-init"), help: "dcd phase biases at the start: uniform (in [-pi, pi]), zero, or auto (zero for one layer, uniform for deeper stacks).")
    var phaseInit: ModelInitialization.Phase = defaults.initialization.phase
    @Option(name: .customLong("input-init"), help: "Input (b) columns of each mixer at the start: zero (pure rotations) or random.")
    var inputInit: ModelInitialization.Input = defaults.initialization.input
    @Option(help: "Theory-guided training: auto (cascade for stacks of three or more layers on a solvable group of derived length three or more, where plain training was measured never to fit; steps-states for the other stacks of two or more dcd layers on a solvable non-abelian group of order above 81, where plain training learned none of the groups tried; none otherwise); none; derived-series (after layer i an auxiliary head predicts the coset of the prefix product in G/G^(i)); cascade (the same head also predicts the step that layer i+1 must add, in G^(i)/G^(i+1)); steps (cascade, plus a head on each dcd layer's transitions that predicts the step the layer adds); states (cascade, plus a head on each layer's state that predicts what the layer has added up); or steps-states (both); word problems only.")
    var guidance: GuidanceMode = .auto
    @Option(name: .customLong("guidance-weight"), help: "Weight of each auxiliary loss with --guidance. Each step is computed as two shards of half the batch, and each shard adds W x its heads' mean loss while the main loss is a mean over the whole batch, so beside the main loss each head weighs 2W (W for a batch of one sequence); every measured run in docs/training-recipe.md trained this way.")
    var guidanceWeight: Float = TrainingRecipe.defaultGuidanceWeight
    @Option(name: .customLong("phase-drift"),
            help: ArgumentHelp("Training only, dcd: offset every transition angle of a sequence by one constant per sequence, layer and state coordinate drawn from N(0, SIGMA^2), so later layers learn to tolerate the slow drift that breaks long sequences (default 0: off; measured in docs/training-recipe.md).", valueName: "SIGMA"))
    var phaseDrift: Float?
    @Option(name: .customLong("input-decay"),
            help: ArgumentHelp("Training only: after every step shrink each mixer's input (b) weights and biases by learning rate x RATE, on top of --weight-decay, pulling every layer towards pure transitions whose state does not drift with length.", valueName: "RATE"))
    var inputDecay: Float?
    @Option(name: .customLong("label-smoothing"),
            help: ArgumentHelp("Training only, word problems: the loss's target puts 1 - E on the right class and E / |G| on every class, so the logits stay bounded and the loss keeps pulling each state to the centre of its class (default: 0 for one layer, 0.1 for deeper stacks).", valueName: "E"))
    var labelSmoothing: Float?
    @Option(name: .customLong("root-penalty"),
            help: ArgumentHelp("Training only, dcd on word problems: add W x the mean of 1 - cos(e theta) over every transition angle theta of layer l, e the exponent of the derived factor G^(l)/G^(l+1) that layer l tracks, pulling each angle to an e-th root of unity, where a layer that adds up that factor exactly at every length must have them. Plain training may track another series (D8 > C4 > 1 as well as D8 > C2 > 1), so without guidance e is the exponent of G for every layer. Default: 10 for stacks of two or more layers, from half the steps on (--root-penalty-from), and none for one layer; 0: off. Measured in docs/training-recipe.md.", valueName: "W"))
    var rootPenalty: Float?
    @Option(name: .customLong("root-penalty-from"),
            help: ArgumentHelp("With --root-penalty: off before this fraction of the steps, then growing linearly to W at the last step (default 0.5).", valueName: "fraction"))
    var rootPenaltyFrom: Float?
    @Option(help: ArgumentHelp("Attempts per run on a word problem: when a trained model holds below 0.9 on held-out sequences at 4x the training length, train again from a fresh initialisation (a seed derived from --seed) and keep the attempt that holds best; the evaluation's sequences are never used for the choice. Under --guidance auto a plain run of two or more layers on a solvable non-abelian group climbs a ladder from --seed itself instead: plain, then cascade guidance, then cascade guidance at twice --lr (later attempts repeat it from a derived seed). Default: 3 on that ladder, 2 elsewhere; 1: no restarts.", valueName: "n"))
    var attempts: Int?

    func validate() throws {
        for (name, v) in [("batch", batch), ("train-length", trainLength), ("eval-sequences", evalSequences),
                          ("width", width), ("state", state)] where v < 1 {
            throw ValidationError("--\(name) must be at least 1, got \(v)")
        }
        // Upper bounds before anything is computed from these values (2 x --width overflows
        // past 2^62; a batch of 10^9 asks for terabytes); TrainingConfig checks them again, with
        // the memory a step needs, for plans and checkpoints.
        var bounded = [("batch", batch, TrainingConfig.maximumBatchSize), ("train-length", trainLength, TrainingConfig.maximumLength),
                       ("eval-sequences", evalSequences, TrainingConfig.maximumEvalSequences),
                       ("width", width, ModelConfig.maximumDimension), ("state", state, ModelConfig.maximumDimension)]
        if let steps { bounded.append(("steps", steps, TrainingConfig.maximumSteps)) }
        if let mlpHidden { bounded.append(("mlp-hidden", mlpHidden, ModelConfig.maximumDimension)) }
        for (name, v, limit) in bounded where v > limit {
            throw ValidationError("--\(name) must be at most \(limit), got \(v)")
        }
        if let evalLengths, let long = try CrossCheckOptions.positiveList(evalLengths, option: "--eval-lengths").max() {
            guard long <= TrainingConfig.maximumLength else {
                throw ValidationError("--eval-lengths: \(long) is longer than the limit of \(TrainingConfig.maximumLength)")
            }
            guard Double(long) * Double(evalSequences) <= Double(TrainingConfig.maximumEvalTokens) else {
                throw ValidationError("--eval-lengths times --eval-sequences: \(evalSequences) sequences of length \(long) are more than the limit of \(TrainingConfig.maximumEvalTokens) tokens per length")
            }
        }
        if let attempts, !(1...Self.maximumAttempts).contains(attempts) {
            throw ValidationError("--attempts must be between 1 and \(Self.maximumAttempts), got \(attempts)")
        }
        if let steps, steps < 1 { throw ValidationError("--steps must be at least 1, got \(steps)") }
        if let mlpHidden, mlpHidden < 1 { throw ValidationError("--mlp-hidden must be at least 1, got \(mlpHidden)") }
        if let warmup, warmup < 0 { throw ValidationError("--warmup must be at least 0, got \(warmup)") }
        if let curriculumSteps, curriculumSteps < 0 { throw ValidationError("--curriculum-steps must be at least 0, got \(curriculumSteps)") }
        if let curriculum, !(curriculum.isFinite && (0...1).contains(curriculum)) {
            throw ValidationError("--curriculum must be between 0 and 1, got \(curriculum)")
        }
        guard lr.isFinite, lr > 0 else { throw ValidationError("--lr must be a positive number, got \(lr)") }
        guard finalLR.isFinite, (0...1).contains(finalLR) else { throw ValidationError("--final-lr must be between 0 and 1, got \(finalLR)") }
        guard weightDecay.isFinite, weightDecay >= 0 else { throw ValidationError("--weight-decay must be a non-negative number, got \(weightDecay)") }
        guard clip.isFinite, clip >= 0 else { throw ValidationError("--clip must be a non-negative number, got \(clip)") }
        if let phaseDrift, !(phaseDrift.isFinite && phaseDrift >= 0) { throw ValidationError("--phase-drift must be a non-negative number, got \(phaseDrift)") }
        if let labelSmoothing, !(labelSmoothing.isFinite && labelSmoothing >= 0 && labelSmoothing < 1) {
            throw ValidationError("--label-smoothing must be at least 0 and below 1, got \(labelSmoothing)")
        }
        if let inputDecay, !(inputDecay.isFinite && inputDecay >= 0) { throw ValidationError("--input-decay must be a non-negative number, got \(inputDecay)") }
        if let rootPenalty, !(rootPenalty.isFinite && rootPenalty >= 0) { throw ValidationError("--root-penalty must be a non-negative number, got \(rootPenalty)") }
        if let rootPenaltyFrom, !(rootPenaltyFrom.isFinite && (0...1).contains(rootPenaltyFrom)) {
            throw ValidationError("--root-penalty-from must be between 0 and 1, got \(rootPenaltyFrom)")
        }
        guard guidanceWeight.isFinite, guidanceWeight > 0 else { throw ValidationError("--guidance-weight must be a positive number, got \(guidanceWeight)") }
        if let evalLengths { _ = try CrossCheckOptions.positiveList(evalLengths, option: "--eval-lengths") }
    }

    /// More attempts than this is a sweep over seeds, not a restart (`--seeds` in crosscheck).
    static let maximumAttempts = 10

    /// The recipe these options describe.
    func recipe() throws -> TrainingRecipe {
        var r = TrainingRecipe(steps: steps, batchSize: batch, trainLength: trainLength,
                       evalLengths: try evalLengths.map { try CrossCheckOptions.positiveList($0, option: "--eval-lengths") },
                       evalSequences: evalSequences, width: width, state: state, mlpHidden: mlpHidden, learningRate: lr,
                       finalLearningRateFraction: finalLR, warmupSteps: warmup, weightDecay: weightDecay, gradientClip: clip, curriculumFraction: curriculum,
                       curriculumSteps: curriculumSteps, norm: norm, activation: activation, form: scan,
                       initialization: ModelInitialization(phase: phaseInit, input: inputInit),
                       guidanceWeight: guidance == .none || guidance == .auto ? 0 : guidanceWeight, phaseDrift: phaseDrift,
                       curriculumShape: curriculumShape == .linear ? nil : curriculumShape, inputDecay: inputDecay, labelSmoothing: labelSmoothing,
                       attempts: attempts ?? TrainingRecipe.autoAttempts)
        // nil for derived-series, so recipes (plan.json's budget) stay as before this option.
        r.rootPenalty = rootPenalty ?? TrainingRecipe.autoRootPenalty
        r.rootPenaltyStart = rootPenaltyFrom
        r.guidanceLabels = GuidanceLabels(rawValue: guidance.rawValue).flatMap { $0 == .derivedSeries ? nil : $0 }
        return r
    }

    /// `--guidance steps` and `steps-states` read dcd angles: refused, in one line, for a run of
    /// any other family among `families`.
    func requireAnglesForGuidance(families: [String]) throws {
        guard GuidanceLabels(rawValue: guidance.rawValue)?.hasTransitionHeads == true,
              let other = families.first(where: { $0 != MixerFamily.dcd.rawValue }) else { return }
        throw ValidationError("--guidance \(guidance.rawValue) puts heads on the dcd layers' transition angles; the \(other) family has none (--guidance states or cascade work for every family)")
    }

    /// The recipe of one run of `layers` layers on `task`: `recipe()` with `--guidance auto`
    /// resolved by the recipe's rule (an explicit --guidance-weight is kept).
    func recipe(for task: some SequenceTask, layers: Int, family: MixerFamily) throws -> TrainingRecipe {
        var r = try recipe()
        guard guidance == .auto else { return r }
        r.guidanceWeight = guidanceWeight
        return r.withDefaultGuidance(for: task, layers: layers, family: family)
    }
}
