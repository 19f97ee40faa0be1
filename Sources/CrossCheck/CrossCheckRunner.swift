import Depth
import FloatBackend
import Foundation
import Groups
import LieAlgebras
import SequenceModels

/// Trains every (group, family, depth, seed) combination with one shared budget and collects
/// the results next to the theory. The caller supplies progress reporting.
public struct CrossCheckRunner {
    public var budget: CrossCheckResults.Budget
    /// Called before each run with a label such as "S3 dcd x2 seed 1".
    public var onStart: (String) -> Void = { _ in }
    public var progress: (TrainingProgress) -> Void = { _ in }
    public var onFinish: () -> Void = {}

    public init(budget: CrossCheckResults.Budget) { self.budget = budget }

    /// Theory for a group (its name is a catalog name).
    public func theory(_ name: String, group: PermutationGroup) -> CrossCheckResults.GroupTheory {
        CrossCheckResults.GroupTheory(group: name, order: group.order.intValue ?? 0, derivedLength: group.derivedLength,
                                      predictions: FamilyPrediction.predictions(for: group))
    }

    /// The budget's guidance mode that stands for the recipe's rule
    /// (`TrainingRecipe.defaultGuidance(for:layers:family:)`): each cell gets the mode the rule picks.
    public static let automaticGuidance = "auto"

    /// The concrete guidance modes of the cells of one depth: "auto" replaced by the mode the
    /// recipe's rule picks for the task and depth, repeats dropped, and guided modes kept only
    /// where the model gets an auxiliary head.
    public static func guidanceModes(_ modes: [String], task: some SequenceTask, depth: Int, family: MixerFamily) -> [String] {
        var concrete: [String] = []
        for mode in modes {
            let m = mode == automaticGuidance ? automaticMode(task: task, depth: depth, family: family) : mode
            guard !concrete.contains(m) else { continue }
            if isPlain(m) || !TrainingConfig.guidanceHeads(for: task, layers: depth, labels: GuidanceLabels(rawValue: m) ?? .derivedSeries).isEmpty {
                concrete.append(m)
            }
        }
        return concrete
    }

    /// The concrete mode of "auto" for one depth: the guidance rule's labels
    /// (`TrainingRecipe.defaultGuidance`), else `plainThenCascade` where the retry rule applies
    /// (`TrainingRecipe.defaultRetryGuidance`), else "none".
    static func automaticMode(task: some SequenceTask, depth: Int, family: MixerFamily) -> String {
        if let labels = TrainingRecipe.defaultGuidance(for: task, layers: depth, family: family) { return labels.rawValue }
        return TrainingRecipe.defaultRetryGuidance(for: task, layers: depth, family: family) == .cascade ? plainThenCascade : "none"
    }

    /// The cell mode of "auto" where the retry rule applies: plain training, and a run whose
    /// first attempt fails the check is trained again with cascade guidance from the same seed.
    public static let plainThenCascade = "none, cascade on retry"

    /// Whether cells of this mode train plain (first): "none", and `plainThenCascade`.
    static func isPlain(_ mode: String) -> Bool { mode == "none" || mode == plainThenCascade }

    /// The budget's recipe for one concrete guidance mode (a result of `guidanceModes`): plain
    /// for "none" (and for `plainThenCascade`, with cascade retries), else guided with the
    /// budget's weight (the default weight when it has none).
    func recipe(guidance mode: String) -> TrainingRecipe {
        var recipe = budget.recipe
        recipe.guidanceWeight = Self.isPlain(mode) ? 0 : (recipe.guidanceWeight > 0 ? recipe.guidanceWeight : TrainingRecipe.defaultGuidanceWeight)
        recipe.guidanceLabels = GuidanceLabels(rawValue: mode)
        recipe.retryGuidance = mode == Self.plainThenCascade ? .cascade : nil
        return recipe
    }

    /// All families x depths x guidance modes for one group, randomly initialised. Guided cells
    /// exist only where the model gets an auxiliary head (`TrainingConfig.guidanceHeads`): not for
    /// one layer on an abelian group, whose only quotient is what the main head predicts.
    public func cells(group name: String, families: [MixerFamily], depths: [Int],
                      guidance modes: [String]? = nil) throws -> (CrossCheckResults.GroupTheory, [CrossCheckResults.Cell]) {
        let group = try GroupCatalog.group(named: name.trimmingCharacters(in: .whitespaces))
        let theory = theory(name, group: group)
        let task = try WordProblemTask(name: name, group: group)
        var cells: [CrossCheckResults.Cell] = []
        for family in families {
            for depth in depths {
                for mode in Self.guidanceModes(modes ?? budget.guidance, task: task, depth: depth, family: family) {
                    let recipe = recipe(guidance: mode)
                    let model = recipe.model(for: task, family: family, layers: depth)
                    let suffix = Self.isPlain(mode) ? "" : " guided"
                    let runs = try budget.seeds.map { seed in
                        try train(task, recipe: recipe, model: model, seed: seed, label: "\(name) \(family.rawValue) x\(depth)\(suffix) seed \(seed)")
                    }
                    cells.append(cell(theory, family: family.rawValue, depth: depth, initialisation: "random", guidance: mode, runs: runs))
                }
            }
        }
        return (theory, cells)
    }

    /// dcd models of derived-length depth started from the witness plus Gaussian noise of each
    /// scale on every parameter. Non-solvable groups have no witness and give no cells.
    public func witnessCells(group name: String, noise scales: [Double]) throws -> [CrossCheckResults.Cell] {
        let group = try GroupCatalog.group(named: name.trimmingCharacters(in: .whitespaces))
        guard group.isSolvable else { return [] }
        let theory = theory(name, group: group)
        let task = try WordProblemTask(name: name, group: group)
        let witness = try WitnessModel(cascade: WitnessCascade(group: group))
        return try scales.map { scale in
            let runs = try budget.seeds.map { seed in
                var model = witness.model
                var rng = SplitMix64(seed: seed, stream: 0x5EED)
                for i in model.parameters.indices { model.parameters[i] += Float(scale * rng.nextNormal()) }
                var recipe = budget.recipe
                recipe.guidanceWeight = 0
                return try train(task, recipe: recipe, model: model.config, seed: seed, start: model,
                                 label: "\(name) dcd witness+noise \(scale) seed \(seed)")
            }
            return cell(theory, family: MixerFamily.dcd.rawValue, depth: witness.model.config.layers,
                        initialisation: "witness+noise \(scale)", runs: runs)
        }
    }

    /// dcd stacks of each depth on the rotation task, with so(3)'s facts from LieAlgebras.
    public func rotations(depths: [Int]) throws -> RotationResults {
        let facts = LieInvariants(of: try LieCatalog.algebra(named: "so(3)"))
        let task = RotationTask()
        let errors = try depths.map { depth in
            var recipe = budget.recipe
            recipe.guidanceWeight = 0
            let model = recipe.model(for: task, family: .dcd, layers: depth)
            let runs = try budget.seeds.map { seed in
                try train(task, recipe: recipe, model: model, seed: seed, label: "rotations dcd x\(depth) seed \(seed)")
            }
            return RotationResults.DepthError(depth: depth, mse: runs.map(\.finalLoss).min() ?? .nan)
        }
        var results = RotationResults(algebra: "so(3)", dimension: facts.dimension, solvable: facts.isSolvable,
                                      derivedSeriesDimensions: facts.derivedSeriesDimensions, depths: errors)
        results.budget = budget
        return results
    }

    private func cell(_ theory: CrossCheckResults.GroupTheory, family: String, depth: Int, initialisation: String, guidance: String = "none",
                      runs: [CrossCheckResults.Run]) -> CrossCheckResults.Cell {
        var cell = CrossCheckResults.Cell(group: theory.group, family: family, depth: depth, initialisation: initialisation,
                                          guidance: guidance, trainLength: budget.trainLength, runs: runs, verdict: .learnabilityGap)
        cell.verdict = Verdict(prediction: theory.prediction(for: family)!, depth: depth, profile: cell.profile)
        return cell
    }

    /// One run. For regression tasks `finalLoss` holds the MSE at the training length.
    private func train<Task: SequenceTask>(_ task: Task, recipe: TrainingRecipe, model: ModelConfig, seed: UInt64, start: SequenceModel? = nil,
                                           label: String) throws -> CrossCheckResults.Run {
        // The full configuration reads the check's length and sequences (`TrainingAttempts`).
        let full = recipe.config(model: model, seed: seed)
        let lengths = Array(Set([full.trainLength] + full.evalLengths)).sorted()
        // The trainer's own final evaluation is kept minimal: the runner evaluates below, also for
        // runs that diverge.
        func trainerConfig(_ c: TrainingConfig) -> TrainingConfig {
            var c = c
            c.evalLengths = [c.trainLength]
            c.evalSequences = 1
            return c
        }
        let config = trainerConfig(full)
        var checkpoint: TrainingCheckpoint?
        var initial: Double?
        if let start {
            checkpoint = TrainingCheckpoint(task: task.name, config: config, step: 0, model: start,
                                            optimizer: AdamW(parameterCount: start.parameters.count, weightDecay: config.weightDecay))
            initial = Evaluator.evaluate(model: start, task: task, lengths: [config.trainLength], sequences: recipe.evalSequences,
                                         seed: seed).first?.perTokenAccuracy
        }
        // Restarts (`TrainingAttempts`) from random initialisations only: a witness start is the experiment.
        let attempts = start == nil ? recipe.resolvedAttempts(for: task) : 1
        let began = Date()
        typealias Trained = (model: SequenceModel, finalLoss: Double, diverged: Int?, stepsTo90: Int?, seed: UInt64)
        var firstDivergence: Trained?
        let outcome = try TrainingAttempts.run(attempts: attempts, seed: seed, task: task, config: full,
                                               ladder: attempts > 1 ? recipe : nil) { k, attemptSeed -> (result: Trained, model: SequenceModel)? in
            // Attempt k's recipe: the run's, or with the retry rule's guidance (its own model, with
            // auxiliary heads) on the ladder's guided rungs.
            let again = recipe.forAttempt(k)
            var attemptConfig = k == 1 ? config
                : trainerConfig(again.config(model: again.model(for: task, family: model.family, layers: model.layers), seed: attemptSeed))
            attemptConfig.seed = attemptSeed
            onStart(attempts > 1 ? "\(label) attempt \(k)/\(attempts)" : label)
            defer { onFinish() }
            var stepsTo90: Int?
            do {
                let result = try Trainer(task: task, config: attemptConfig).train(from: checkpoint, progress: { p in
                    if stepsTo90 == nil, p.accuracy >= Verdict.successThreshold, config.trainLength(at: p.step - 1) == config.trainLength {
                        stepsTo90 = p.step
                    }
                    progress(p)
                })
                return ((result.model, Double(result.finalLoss), nil, stepsTo90, attemptSeed), result.model)
            } catch TrainingError.nonFiniteLoss(let step, _, let lastGood) {
                // A diverged attempt is never kept; when every attempt diverged the run reports the
                // first one's last good state (a diverged run is a result, not an error).
                if firstDivergence == nil { firstDivergence = (lastGood.model, .nan, step + 1, stepsTo90, attemptSeed) }
                return nil
            }
        }
        let trained = outcome.kept.map { outcome.results[$0]! } ?? firstDivergence!
        // On the kept attempt's own training seed's sequences, as `tower train` evaluates it.
        let evaluations = Evaluator.evaluate(model: trained.model, task: task, lengths: lengths, sequences: recipe.evalSequences,
                                             seed: trained.seed, form: config.form)
        let atTrain = evaluations.first { $0.length == config.trainLength }!
        return CrossCheckResults.Run(
            seed: seed, accuracyAtTrainLength: atTrain.perTokenAccuracy,
            evaluations: evaluations.map { .init(length: $0.length, accuracy: task.isRegression ? ($0.mse ?? .nan) : $0.perTokenAccuracy,
                                                 cosets: $0.cosetAccuracy) },
            finalLoss: task.isRegression ? (atTrain.mse ?? .nan) : trained.finalLoss,
            wallSeconds: Date().timeIntervalSince(began), initialAccuracy: initial, divergedAtStep: trained.diverged,
            steps: config.steps, stepsTo90: trained.stepsTo90,
            attempts: attempts > 1 ? outcome.attempts.count : nil, keptAttempt: attempts > 1 ? outcome.kept.map { $0 + 1 } : nil,
            keptGuidance: outcome.kept.flatMap { outcome.attempts[$0].guidance })
    }
}
