import ArgumentParser
import FloatBackend
import Foundation
import SequenceModels

/// `tower train`: train one sequence model on a word problem or on the rotation task.
struct Train: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Train a sequence model on a group word problem or the 3-D rotation task.",
        discussion: """
        The word problem of a group G: the input is a random sequence of elements of G, the target \
        at every position is the product of the elements so far. A k-layer complex diagonal model \
        (dcd) can express it when G has derived length <= k; real diagonal models need more.

        Training samples fresh batches of length --train-length (optionally growing from 4 over \
        --curriculum-steps); at the end the model is evaluated on fresh sequences of every \
        --eval-lengths length (per-token accuracy, full-sequence accuracy, and the longest length \
        with per-token accuracy above 90%). Same options and seed, same numbers.

        Examples:
          tower train --group C6 --model dcd --layers 1 --width 32 --state 8 --steps 1000 \
        --curriculum-steps 500 --save c6.ckpt
          tower train --group C6 --model dcd --layers 1 --steps 2000 --resume c6.ckpt
          tower train --task rotations --model dcd --layers 2 --steps 3000 --json

        """
    )

    @Option(help: "Group whose word problem to learn (C<n>, S<n>, or a catalog name).") var group: String?
    @Option(help: "Other task instead of a group: 'rotations' (icosahedral rotations of a 3-D vector, MSE).") var task: String?
    @Option(help: "Mixer family: dcd, real01, real11, dense.") var model: String = "dcd"
    @Option(help: "Number of residual layers.") var layers: Int = 2
    @Option(help: "Training steps (total, including those before a resume).") var steps: Int = 2000
    @Option(help: "Seed for weights, batches and evaluation sequences.") var seed: UInt64 = 1
    @Option(name: .customLong("train-length"), help: "Sequence length during training.") var trainLength: Int = 60
    @Option(name: .customLong("eval-lengths"), help: "Comma-separated evaluation lengths.") var evalLengths: String = "60,120,250,500,1000"
    @Option(name: .customLong("eval-sequences"), help: "Random sequences per evaluation length.") var evalSequences: Int = 100
    @Option(help: "Width of the residual stream.") var width: Int = 64
    @Option(help: "State size of each mixer (complex coordinates for dcd).") var state: Int = 64
    @Option(name: .customLong("mlp-hidden"), help: "Hidden width of each MLP (default 2 x width).") var mlpHidden: Int?
    @Option(help: "Sequences per batch.") var batch: Int = 32
    @Option(help: "Peak learning rate.") var lr: Float = 3e-3
    @Option(help: "Warm-up steps (default min(200, steps/10)).") var warmup: Int?
    @Option(name: .customLong("weight-decay"), help: "AdamW weight decay.") var weightDecay: Float = 0.01
    @Option(help: "Global gradient-norm clip (0: off).") var clip: Float = 1
    @Option(help: "Normalisation: none, rms, layer.") var norm: String = "rms"
    @Option(help: "MLP activation: relu, gelu.") var activation: String = "relu"
    @Option(help: "Recurrence solver: sequential, associative.") var scan: String = "sequential"
    @Option(name: .customLong("curriculum-steps"), help: "Grow the training length linearly from 4 over this many steps (0: off).") var curriculumSteps: Int = 0
    @Option(help: "Write the final training state here (also every --checkpoint-every steps).") var save: String?
    @Option(help: "Continue from this training checkpoint.") var resume: String?
    @Option(name: .customLong("checkpoint-every"), help: "Steps between checkpoint writes (with --save).") var checkpointEvery: Int = 1000
    @Flag(help: "Print one JSON object as the last line.") var json = false

    func validate() throws {
        guard (group == nil) != (task == nil) else { throw ValidationError("give exactly one of --group and --task") }
        if let task, task != "rotations" { throw ValidationError("unknown task '\(task)' (known: rotations)") }
        guard MixerFamily(rawValue: model) != nil else { throw ValidationError("unknown model '\(model)' (known: dcd, real01, real11, dense)") }
        guard Normalization(rawValue: norm) != nil else { throw ValidationError("unknown norm '\(norm)' (known: none, rms, layer)") }
        guard Activation(rawValue: activation) != nil else { throw ValidationError("unknown activation '\(activation)' (known: relu, gelu)") }
        guard DiagonalRecurrence.Form(rawValue: scan) != nil else { throw ValidationError("unknown scan '\(scan)' (known: sequential, associative)") }
        for (name, v) in [("layers", layers), ("steps", steps), ("train-length", trainLength), ("eval-sequences", evalSequences),
                          ("width", width), ("state", state), ("batch", batch), ("checkpoint-every", checkpointEvery)] where v < 1 {
            throw ValidationError("--\(name) must be at least 1, got \(v)")
        }
        guard curriculumSteps >= 0 else { throw ValidationError("--curriculum-steps must be at least 0, got \(curriculumSteps)") }
        guard lr.isFinite, lr > 0 else { throw ValidationError("--lr must be a positive number, got \(lr)") }
        _ = try parsedEvalLengths()
    }

    func parsedEvalLengths() throws -> [Int] {
        let parts = evalLengths.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        var lengths: [Int] = []
        for (i, p) in parts.enumerated() {
            guard let n = Int(p), n >= 1 else { throw ValidationError("--eval-lengths: item \(i + 1) '\(p)' is not a positive integer") }
            lengths.append(n)
        }
        guard !lengths.isEmpty else { throw ValidationError("--eval-lengths is empty") }
        return lengths
    }

    func run() throws {
        try reportingInputFailures {
            if task == "rotations" {
                try TrainRun(command: self).execute(task: RotationTask())
            } else {
                try TrainRun(command: self).execute(task: TrainTaskResolver.wordProblem(named: group!))
            }
        }
    }
}
