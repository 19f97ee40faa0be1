import ArgumentParser
import FloatBackend
import Foundation
import SequenceModels

/// The body of `tower train` for one task: configure, train with progress, save, report.
struct TrainRun {
    let command: Train

    func execute<Task: SequenceTask>(task: Task) throws {
        let c = command
        let modelConfig = TrainingConfig.model(for: task, family: MixerFamily(rawValue: c.model)!, layers: c.layers, width: c.width,
                                               state: c.state, mlpHidden: c.mlpHidden, norm: Normalization(rawValue: c.norm)!,
                                               activation: Activation(rawValue: c.activation)!)
        var config = TrainingConfig(model: modelConfig, steps: c.steps, batchSize: c.batch, trainLength: c.trainLength,
                                    evalLengths: try c.parsedEvalLengths(), evalSequences: c.evalSequences, learningRate: c.lr,
                                    warmupSteps: c.warmup, weightDecay: c.weightDecay, gradientClip: c.clip, seed: c.seed,
                                    form: DiagonalRecurrence.Form(rawValue: c.scan)!, curriculumSteps: c.curriculumSteps)
        var start: TrainingCheckpoint?
        if let path = c.resume {
            var checkpoint = try CheckpointFile.loadTraining(from: URL(fileURLWithPath: path))
            // The run continues with the checkpoint's own model, optimiser and seed; the step budget
            // and the evaluation options come from this command line (they do not change training
            // up to the checkpoint's step, so the same --steps continues the same run).
            config = checkpoint.config
            config.steps = c.steps
            config.evalLengths = try c.parsedEvalLengths()
            config.evalSequences = c.evalSequences
            checkpoint.config = config
            start = checkpoint
            printError("resuming '\(checkpoint.task)' from step \(checkpoint.step) of \(path)")
        }
        let trainer: Trainer<Task>
        do { trainer = try Trainer(task: task, config: config) } catch { throw InputFailure("\(error)") }
        let saveURL = c.save.map { URL(fileURLWithPath: $0) }
        let display = TrainProgressDisplay(label: "\(task.name) \(config.model.family.rawValue) x\(config.model.layers)")
        let result: TrainingResult
        do {
            result = try trainer.train(from: start, checkpointEvery: saveURL == nil ? 0 : c.checkpointEvery,
                                       onCheckpoint: { try CheckpointFile.save($0, to: saveURL!) },
                                       progress: display.update)
        } catch TrainingError.nonFiniteLoss(let step, let loss, let lastGood) {
            display.finish()
            printError("error: training diverged: loss is \(loss) at step \(step + 1); stopping.")
            if let saveURL {
                try CheckpointFile.save(lastGood, to: saveURL)
                printError("the last good state (step \(lastGood.step)) is in \(saveURL.path)")
            }
            throw ExitCode(1)
        } catch let e as TrainingError {
            display.finish()
            throw InputFailure("\(e)")
        }
        display.finish()
        if let saveURL { try CheckpointFile.save(result.checkpoint, to: saveURL) }
        TrainReport(result: result, isRegression: task.isRegression).print(json: c.json, groupName: command.group)
    }
}
