import ArgumentParser
import CrossCheck
import Depth
import FloatBackend
import Foundation
import Groups
import SequenceModels

/// The body of `tower train` for one task: configure, say what theory predicts, train with
/// progress, save, report.
struct TrainRun {
    let command: Train

    func execute<Task: SequenceTask>(task: Task, theory: TrainTheory?) throws {
        let c = command
        let recipe = try c.training.recipe(for: task, layers: c.layers, family: c.model)
        var config = recipe.config(for: task, family: c.model, layers: c.layers, seed: c.seed)
        var start: TrainingCheckpoint?
        if let path = c.resume {
            var checkpoint = try CheckpointFile.loadTraining(from: URL(fileURLWithPath: path))
            // The run continues with the checkpoint's own model, optimiser and seed; the step budget
            // and the evaluation options come from this command line (they do not change training
            // up to the checkpoint's step, so the same --steps continues the same run).
            let lengths = config.evalLengths, sequences = config.evalSequences
            config = checkpoint.config
            if let steps = c.training.steps { config.steps = steps }
            config.evalLengths = lengths
            config.evalSequences = sequences
            checkpoint.config = config
            start = checkpoint
            printError("resuming '\(checkpoint.task)' from step \(checkpoint.step) of \(path)")
        }
        do { _ = try Trainer(task: task, config: config) } catch { throw InputFailure("\(error)") }
        // A resumed run continues its own attempt only.
        let attempts = c.resume == nil ? recipe.resolvedAttempts(for: task) : 1
        if let theory { printError(theory.line(family: config.model.family, layers: config.model.layers)) }
        let phaseOrders = config.phaseOrders(for: task)
        printError("recipe: \(config.steps) steps, batch \(config.batchSize), length \(config.trainLength) (curriculum \(config.curriculumSteps) steps), "
                   + "width \(config.model.width), state \(config.model.state), lr \(config.learningRate)"
                   + ", phase init \((config.initialization ?? .legacy).phase.rawValue)"
                   + (config.isGuided ? ", guidance \((config.guidanceLabels ?? .derivedSeries).rawValue) (weight \(config.guidanceWeight ?? 0)\(config.model.headList()))" : "")
                   + ((config.phaseDrift ?? 0) > 0 ? ", phase drift \(config.phaseDrift!)" : "")
                   + ((config.inputDecay ?? 0) > 0 ? ", input decay \(config.inputDecay!)" : "")
                   + (phaseOrders.isEmpty ? "" : ", root penalty \(config.rootPenalty ?? 0) from step \(config.rootPenaltyFirstStep) (angle orders \(phaseOrders.map(String.init).joined(separator: ", ")))")
                   + ((config.labelSmoothing ?? 0) > 0 && !task.isRegression ? ", label smoothing \(config.labelSmoothing!)" : "")
                   + (attempts > 1 ? ", up to \(attempts) attempts (again from a fresh start while held-out accuracy at \(TrainingAttempts.checkLength(config)) is below \(TrainingAttempts.threshold)"
                      + (recipe.retryGuidance.map { "; the ladder from seed \(config.seed): plain, then \($0.rawValue) guidance, then \($0.rawValue) guidance at "
                          + "\(String(format: "%g", TrainingRecipe.retryLearningRateFactor))x the learning rate" } ?? "") + ")" : ""))
        let saveURL = c.save.map { URL(fileURLWithPath: $0) }
        let label = "\(task.name) \(config.model.family.rawValue) x\(config.model.layers)"
        var divergence: (step: Int, loss: Float, lastGood: TrainingCheckpoint)?
        var previousDiverged = false
        let outcome = try TrainingAttempts.run(attempts: attempts, seed: config.seed, task: task, config: config,
                                               ladder: attempts > 1 ? recipe : nil) { k, seed in
            // Attempt k's recipe: the run's, or the retry ladder's rung (`TrainingRecipe.forAttempt`).
            var attemptConfig = k == 1 ? config : recipe.forAttempt(k).config(for: task, family: c.model, layers: c.layers, seed: seed)
            attemptConfig.seed = seed
            if k > 1 {
                let how = (attemptConfig.isGuided ? "with \((attemptConfig.guidanceLabels ?? .derivedSeries).rawValue) guidance" : "plain")
                    + (attemptConfig.learningRate != config.learningRate ? " at learning rate \(attemptConfig.learningRate)" : "")
                let why = previousDiverged ? "the previous attempt diverged"
                    : "the previous attempt held below \(TrainingAttempts.threshold) on held-out sequences of length \(TrainingAttempts.checkLength(config))"
                printError("attempt \(k) of \(attempts): \(why); training again \(how) from seed \(seed)")
            }
            let display = TrainProgressDisplay(label: attempts > 1 ? "\(label) attempt \(k)/\(attempts)" : label)
            do {
                let result = try Trainer(task: task, config: attemptConfig).train(
                    from: k == 1 ? start : nil, checkpointEvery: saveURL == nil ? 0 : c.checkpointEvery,
                    onCheckpoint: { try saveCheckpoint($0, to: saveURL!) }, progress: display.update)
                display.finish()
                previousDiverged = false
                return (result, result.model)
            } catch TrainingError.nonFiniteLoss(let step, let loss, let lastGood) {
                display.finish()
                divergence = (step, loss, lastGood)
                previousDiverged = true
                if k < attempts { printError("attempt \(k) diverged: loss is \(loss) at step \(step + 1)") }
                return nil
            } catch let e as TrainingError {
                display.finish()
                throw InputFailure("\(e)")
            }
        }
        guard let kept = outcome.kept, var result = outcome.results[kept] else {
            let (step, loss, lastGood) = divergence!
            printError("error: training diverged: loss is \(loss) at step \(step + 1); stopping.")
            if let saveURL {
                try saveCheckpoint(lastGood, to: saveURL)
                printError("the last good state (step \(lastGood.step)) is in \(saveURL.path)")
            }
            if c.json {
                // --json promises one object as the last line, also for a run that diverged.
                var object: [String: Any] = ["diverged": true, "diverged_at_step": step + 1, "loss": "\(loss)",
                                             "last_good_step": lastGood.step, "attempts": attempts,
                                             "saved": saveURL.map { $0.path as Any } ?? NSNull()]
                if let group = command.group { object["group"] = group } else { object["task"] = task.name }
                Swift.print(try JSONLine.encode(object))
            }
            throw ExitCode(1)
        }
        // The kept attempt is evaluated on its own training seed's sequences, as `tower train --seed
        // <that seed> --attempts 1` and `tower probe` of the saved model read them.
        result.wallSeconds = outcome.attempts.map(\.wallSeconds).reduce(0, +)
        if let saveURL { try saveCheckpoint(result.checkpoint, to: saveURL) }
        if let path = c.export {
            let word = task as? WordProblemTask
            let data = try ModelExport.safetensors(model: result.model, cayleyTable: word?.table, order: word?.order,
                                                   metadata: ["task": task.name, "producer": "tower train"])
            try FileAccess.writeAtomically(data, to: path, what: "--export")
        }
        var doubleEvaluations: [Evaluation]?
        if c.evalPrecision != .float {
            doubleEvaluations = Evaluator.evaluate(model: result.model, task: task, lengths: config.evalLengths, sequences: config.evalSequences,
                                                   seed: result.config.seed, form: config.form, as: Double.self)
            if c.evalPrecision == .double { result.evaluations = doubleEvaluations!; doubleEvaluations = nil }
        }
        try TrainReport(result: result, isRegression: task.isRegression, theory: theory, doubleEvaluations: doubleEvaluations,
                    precision: c.evalPrecision == .double ? "double" : "float", runSeed: config.seed,
                    attempts: attempts > 1 ? outcome.attempts : nil, keptAttempt: kept + 1)
            .print(json: c.json, groupName: command.group)
    }
}

/// Writes a checkpoint for --save (Foundation's atomic write: a temporary file, then rename), a
/// file error as one plain-words line naming the path.
private func saveCheckpoint(_ checkpoint: TrainingCheckpoint, to url: URL) throws {
    try FileAccess.reportingWriteErrors(to: url.path, what: "--save") { try CheckpointFile.save(checkpoint, to: url) }
}

/// What theory says about the trained task, printed before training and carried into the JSON.
struct TrainTheory {
    var derivedLength: Int?
    var order: Int
    var predictions: [FamilyPrediction]
    /// Per-token accuracy of guessing (1 / number of classes).
    var chance: Double

    init(group: PermutationGroup, classes: Int) {
        derivedLength = group.derivedLength
        order = group.order.intValue ?? 0
        predictions = FamilyPrediction.predictions(for: group)
        chance = 1 / Double(max(classes, 1))
    }

    func prediction(_ family: MixerFamily) -> FamilyPrediction? { predictions.prediction(for: family.rawValue) }

    func line(family: MixerFamily, layers: Int) -> String {
        let dl = derivedLength.map(String.init) ?? "none (not solvable)"
        let p = prediction(family)
        let need = p?.minimalDepth.map { "\($0) layer(s)" } ?? "no depth suffices"
        let verdict = p.map { $0.allows(depth: layers) ? "allowed" : "forbidden" } ?? "unknown"
        return "theory: order \(order), derived length \(dl); predicted minimal depth for \(family.rawValue): \(need) "
            + "(\(p?.basis ?? "no prediction")); \(layers) layer(s) is \(verdict); chance level \(String(format: "%.4f", chance))"
    }
}
