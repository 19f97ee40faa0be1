import ArgumentParser
import CommandOutput
import Foundation
import SequenceModels

/// `tower probe`: accuracy and state size along long sequences, per window of positions, for a
/// model saved by `tower train --save`.
struct Probe: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show where along long sequences a trained model goes wrong, and what its states do there.",
        discussion: """
        Reads a checkpoint written by `tower train --save`, runs it on fresh sequences of \
        --length (the same sequences `tower train` evaluates at that length with the same seed) \
        and prints, per window of positions, the per-token accuracy and each layer's mean state \
        size |h_t| (per state coordinate; the modulus for dcd). Windows end at half the training \
        length, the training length and its evaluation lengths (60: 30, 60, 120, 250, 500, ...).

        How to read it: a unit-modulus (dcd) layer whose input b is zero keeps |h_t| = |h0| at \
        every length. A state size that grows along the sequence is an affine part (b != 0) \
        adding up a random walk; accuracy that falls while the state sizes stay flat points at \
        transition angles that are slightly off, so the error grows with the position.

        Examples:
          tower train --group S3 --layers 2 --save s3.ckpt
          tower probe s3.ckpt --group S3
          tower probe s3.ckpt --group S3 --length 2000 --sequences 64 --json

        """
    )

    @Argument(help: "Checkpoint written by tower train --save.") var checkpoint: String
    @Option(help: "The group the model was trained on (as given to tower train --group).") var group: String
    @Option(help: "Length of the probe sequences.") var length: Int = 1000
    @Option(help: "Number of probe sequences.") var sequences: Int = 32
    @Option(help: "Seed of the probe sequences (default: the checkpoint's training seed, as its evaluation used).") var seed: UInt64?
    @Flag(help: "Print one JSON object instead of the table.") var json = false

    func validate() throws {
        guard (2...100_000).contains(length) else { throw ValidationError("--length must be between 2 and 100000, got \(length)") }
        guard (1...10_000).contains(sequences) else { throw ValidationError("--sequences must be between 1 and 10000, got \(sequences)") }
    }

    func run() throws {
        try reportingInputFailures {
            try FileAccess.checkReadable(checkpoint, what: "checkpoint")
            let state = try CheckpointFile.loadTraining(from: URL(fileURLWithPath: checkpoint))
            let (task, _) = try TrainTaskResolver.wordProblem(named: group)
            guard state.task == task.name else {
                throw InputFailure("\(checkpoint) was trained on '\(state.task)', not on '\(task.name)'")
            }
            guard state.model.config.vocabulary == task.vocabulary, state.model.config.outputs == task.outputs else {
                throw InputFailure("\(checkpoint): its model has \(state.model.config.vocabulary) inputs and \(state.model.config.outputs) outputs, the word problem of \(task.name) \(task.vocabulary) and \(task.outputs)")
            }
            let trainLength = state.config.trainLength
            let probe = try PositionProbe.measure(model: state.model, task: task, length: length, sequences: sequences,
                                                  boundaries: PositionProbe.defaultBoundaries(trainLength: trainLength, length: length),
                                                  seed: seed ?? state.config.seed)
            let c = state.model.config
            if json {
                let object: [String: Any] = [
                    "group": task.name, "model": c.family.rawValue, "layers": c.layers, "train_length": trainLength,
                    "length": length, "sequences": sequences, "step": state.step,
                    "windows": probe.windows.map { ["start": $0.start, "end": $0.end, "accuracy": $0.accuracy, "state_size": $0.stateSize] },
                ]
                Swift.print(try JSONLine.encode(object))
                return
            }
            Swift.print("\(task.name) \(c.family.rawValue) x\(c.layers), step \(state.step), trained at length \(trainLength); \(sequences) sequences of length \(length)")
            let header = ["positions", "accuracy"] + (0..<c.layers).map { "|h| layer \($0 + 1)" }
            let rows = probe.windows.map { w in
                ["\(w.start)-\(w.end - 1)", String(format: "%.3f", w.accuracy)] + w.stateSize.map { String(format: "%.3f", $0) }
            }
            for line in FixedWidthTable.lines([header] + rows) { Swift.print(line) }
        }
    }
}
