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

        Before training, Tower prints the group's derived length, the predicted minimal depth of \
        the chosen family and the chance level. Training samples fresh batches whose length grows \
        from 4 to --train-length over the first --curriculum of the steps (by default none for one \
        layer, half the steps for deeper stacks); at the end the model is \
        evaluated on fresh sequences of every --eval-lengths length (per-token accuracy, \
        full-sequence accuracy, the longest length above 90% and the break length: the first \
        length below 90%). "Learned" means per-token accuracy >= 0.9 at 4x the training length. \
        Same options and seed, same numbers.

        The defaults are Tower's recipe, chosen by a sweep over many groups \
        (docs/training-recipe.md): batch 64, width 64, state 16, learning rate 3e-3 with warm-up \
        and cosine decay, no weight decay, curriculum as above, zero-initialised mixer \
        inputs, RMSNorm (none for the dense family), dcd phase biases zero for one layer and \
        uniform for deeper stacks (--phase-init auto), label smoothing 0.1 for deeper stacks, and \
        for stacks of two or more dcd layers a root penalty of weight 10 over the second half of \
        the steps (--root-penalty: \
        each transition angle is pulled to the roots of unity of the order the theory gives its \
        layer, so the sums can hold past the training length). --phase-drift SIGMA (off by default) \
        offsets each training sequence's angles by a constant, so later layers learn to \
        tolerate the drift that breaks long sequences; --input-decay RATE pulls every layer's \
        input b towards zero (off: measured to change which seeds learn, not how many); \
        --label-smoothing E puts E / |G| of the target on every class, so the loss never \
        saturates and keeps pulling the angles to their exact values (default: none for one \
        layer, 0.1 for deeper stacks). `tower probe` shows where a saved model breaks along \
        long sequences. The step budget scales with the task: 3000 steps per layer, plus 1000 per layer \
        for every doubling of the group order past 8, at most 10000 (C6 x1: 3000; S3 x2: 6000; A4 x2: 8000; S4 x3: 10000); \
        stacks of two or more layers on groups of order above 32 get 54000 / layers steps, between \
        10000 and 20000 (x2: 20000; x3: 18000; x4: 13500). The caps keep one run near 5 minutes on \
        a 2-core machine; at 10000 steps C2 wr C4 (order 64) x2 and S4 x C2 (48) x3 failed on \
        seeds that learn with the larger budget.

        --guidance derived-series adds, after layer i (i = 1, 2, ...), a linear head that predicts \
        the coset of the prefix product in G / G^(i), with labels computed exactly from the derived \
        series (after the last layer only when that quotient is not all of G); the losses are added \
        with --guidance-weight (default 1). The main head and the architecture are unchanged, so a \
        depth below the derived length still breaks down with length. --guidance cascade makes \
        the same heads also predict, jointly with that coset, the step c_t that layer i+1 must \
        accumulate in G^(i) / G^(i+1) (the prefix product written as n_t r(g_t) with r a fixed \
        transversal of G^(i), n_t = n_(t-1) c_t): the input of the next layer, not only the state \
        of this one. --guidance steps adds to cascade guidance, on every dcd layer, a linear head \
        on the layer's transitions (cos and sin of its angles) that predicts the step the layer \
        must add: the token modulo G' for the first layer, the cascade step c_t for the next \
        (measured in docs/training-recipe.md; not a default). --guidance states puts a head on \
        each layer's state that predicts what the layer must have added up; --guidance \
        steps-states both. \
        --guidance auto (the default) applies cascade guidance to stacks of three or \
        more layers on a solvable group of derived length three or more (S4, SL(2,3), S4 x C2 with \
        three layers: plain training never fitted the training length, cascade fitted it in 8 of \
        9 runs and learned 5 of 9), steps-states guidance to the other stacks of two or more dcd \
        layers on a solvable non-abelian group of order above 81 (plain training learned none of \
        eight such groups of order 96 to 240; steps-states learned eight of ten on at least one \
        seed, 11 of 15 seeds, among them A4 x C8, D100 and S3 x S3 x C3; not Heis5), and trains \
        everything else plain, except that a plain run of \
        two or more layers on a solvable non-abelian group whose first attempt fails the check \
        (below) climbs a ladder from the same seed: cascade guidance, then cascade guidance at \
        twice the learning rate. The rungs fail on different seeds (docs/training-recipe.md: of \
        13 two-layer seeds on 9 groups whose plain first attempt failed, the cascade retry \
        learned 12, a plain retry from a fresh seed 6 of 12; the three seeds no attempt had \
        learned, S3 seed 4, AGL(1,7) seed 2 and AGL(1,8) seed 1, all learned on the third \
        rung; S4 and SL(2,3) with two layers, forbidden, still break down with length). \
        --guidance none is plain everywhere, retries included.

        --attempts N restarts a run that did not learn (default 3 on that ladder, 2 elsewhere; \
        each further attempt only when the ones before it failed): after training, the model is \
        checked on held-out sequences at 4x the training length (250 for 60; never the \
        evaluation's sequences); below 0.9 it is trained again from a fresh initialisation and \
        the attempt that held best is kept and reported, with every attempt's check and guidance \
        in the JSON (`attempts`, `kept_attempt`, `training_seed`, `guidance`: `--seed \
        <training_seed> --guidance <guidance> --attempts 1` reproduces the kept attempt alone). \
        The retry trains from a seed derived from --seed; under --guidance auto, on the ladder \
        (above), attempts 1-3 use --seed itself (plain, cascade, cascade at twice --lr; each \
        attempt's guidance and learning rate are in the JSON), 4-6 the derived seed, and so on. \
        A run that fails every check costs two or three times the time: every run at a depth \
        the theory forbids does. --resume continues the saved attempt only; --attempts 1 is the \
        run without restarts.

        Examples:
          tower train --group S3 --model dcd --layers 2
          tower train --group S4 --model dcd --layers 3 --json          # cascade guidance (auto)
          tower train --group S3 --model dcd --layers 2 --guidance derived-series --json
          tower train --group C6 --model dcd --layers 1 --steps 1000 --save c6.ckpt
          tower train --group C6 --model dcd --layers 1 --steps 2000 --resume c6.ckpt
          tower train --task rotations --model dcd --layers 2 --steps 3000 --json
          tower train --task rotations --angle-scale 0.1 --layers 1 --train-length 8 --steps 1000

        """
    )

    @Option(help: "Group whose word problem to learn (C<n>, S<n>, or a catalog name).") var group: String?
    @Option(help: "Other task instead of a group: 'rotations' (icosahedral rotations of a 3-D vector, MSE).") var task: String?
    @Option(name: .customLong("angle-scale"),
            help: ArgumentHelp("With --task rotations: small-angle tokens exp(EPS X_j), X_j = +-L_x, +-L_y, +-L_z of so(3), instead of the icosahedral rotations (docs/depth-error.md).", valueName: "EPS"))
    var angleScale: Double?
    @Option(help: "Mixer family: dcd, real01, real11, dense.") var model: MixerFamily = .dcd
    @Option(help: "Number of residual layers.") var layers: Int = 2
    @Option(help: "Seed for weights, batches and evaluation sequences.") var seed: UInt64 = 1
    @OptionGroup(title: "Training recipe (shared with tower crosscheck)") var training: TrainingOptions
    @Option(name: .customLong("eval-precision"), help: "Evaluate the trained weights in float (as trained), double, or both.")
    var evalPrecision: EvalPrecision = .float
    @Option(help: "Write the final training state here (also every --checkpoint-every steps).") var save: String?
    @Option(help: "Also write the trained model here as safetensors (weights by name, config in the metadata, a reference batch; docs/python.md).") var export: String?
    @Option(help: "Continue from this training checkpoint.") var resume: String?
    @Option(name: .customLong("checkpoint-every"), help: "Steps between checkpoint writes (with --save).") var checkpointEvery: Int = 1000
    @Flag(help: "Print one JSON object as the last line.") var json = false

    enum EvalPrecision: String, CaseIterable, ExpressibleByArgument { case float, double, both }

    func validate() throws {
        guard (group == nil) != (task == nil) else { throw ValidationError("give exactly one of --group and --task") }
        if let task, task != "rotations" { throw ValidationError("unknown task '\(task)' (known: rotations)") }
        for (name, v) in [("layers", layers), ("checkpoint-every", checkpointEvery)] where v < 1 {
            throw ValidationError("--\(name) must be at least 1, got \(v)")
        }
        if let angleScale {
            guard task == "rotations" else { throw ValidationError("--angle-scale goes with --task rotations") }
            guard angleScale.isFinite, angleScale > 0 else { throw ValidationError("--angle-scale must be a positive number, got \(angleScale)") }
        }
        if training.guidance != .none && training.guidance != .auto && task != nil { throw ValidationError("--guidance needs a group (--group): the rotation task has no derived series") }
        try training.requireAnglesForGuidance(families: [model.rawValue])
    }

    func run() throws {
        try reportingInputFailures {
            if let save { try FileAccess.checkWritable(save, what: "--save") }  // before any training
            if let export { try FileAccess.checkWritable(export, what: "--export") }
            if let resume { try FileAccess.checkReadable(resume, what: "--resume") }
            if task == "rotations", let angleScale {
                try TrainRun(command: self).execute(task: SmallRotationTask(angleScale: angleScale), theory: nil)
            } else if task == "rotations" {
                try TrainRun(command: self).execute(task: RotationTask(), theory: nil)
            } else {
                let (task, group) = try TrainTaskResolver.wordProblem(named: self.group!)
                try TrainRun(command: self).execute(task: task, theory: TrainTheory(group: group, classes: task.outputs))
            }
        }
    }
}
