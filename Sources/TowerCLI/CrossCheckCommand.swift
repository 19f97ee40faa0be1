import ArgumentParser
import CrossCheck
import Foundation
import SequenceModels

/// `tower crosscheck`: train every (group, family, depth, seed) and put the results next to theory.
struct CrossCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "crosscheck",
        abstract: "Train models of every family and depth on group word problems and compare with the predicted minimal depth.",
        discussion: """
        For every group, Tower computes the predicted minimal depth per model family (dcd: derived \
        length; real11: length of the elementary-abelian-2 series, a cascade prediction; real01: \
        impossible for any non-trivial group; dense: 1), trains every family at every depth with \
        one shared budget, and gives each cell a verdict: consistent, learnability gap (theory \
        allows it, training failed), or contradiction (training succeeded where theory forbids it: \
        a bug or a finite-length artefact). A run succeeds when its per-token accuracy at the \
        training length is at least 0.9; a cell takes the best of its seeds.

        Default budget per run (the recipe with which 1-layer dcd learns C2 and C6 in the training \
        tests): 1000 steps, batch 16, training length 60 reached by a length curriculum over the \
        first half, width 32, state 8, MLP hidden 64, learning rate 3e-3, warm-up 10, no weight \
        decay; 32 evaluation sequences per length.

        --witness-noise adds the learnability experiment: dcd models of derived-length depth start \
        from the explicit witness (tower construct) plus Gaussian noise of each scale on every \
        weight. --task rotations trains dcd stacks on products of icosahedral rotations instead and \
        reports the error against depth with so(3)'s facts; it is merged into an existing report \
        in --out. --from re-renders a report from its crosscheck.json without training.

        Writes to --out: crosscheck.md, crosscheck.csv, crosscheck.json, SVG plots, index.html.

        Example:
          tower crosscheck --groups C2,C6,S3,A5 --models dcd,real01 --layers 1-2 --seeds 1 --steps 300 --out report/
          tower crosscheck --task rotations --layers 1-6 --out report/
        """
    )

    @Option(help: "Comma-separated catalog group names.") var groups: String = "C2,C6,C24,C60,S3,D8,Q8,A4,S4,A5"
    @Option(help: "Comma-separated families: dcd, real11, real01, dense.") var models: String = "dcd,real11,real01,dense"
    @Option(help: "Depths, as a range (1-4) or a list (1,2,4).") var layers: String = "1-4"
    @Option(help: "Seeds per cell (1...n).") var seeds: Int = 3
    @Option(help: "Training steps per run.") var steps: Int = 1000
    @Option(help: "Sequences per batch.") var batch: Int = 16
    @Option(name: .customLong("train-length"), help: "Training sequence length.") var trainLength: Int = 60
    @Option(name: .customLong("eval-lengths"), help: "Comma-separated evaluation lengths.") var evalLengths: String = "60,120,250,500,1000"
    @Option(name: .customLong("eval-sequences"), help: "Random sequences per evaluation length.") var evalSequences: Int = 32
    @Option(help: "Width of the residual stream.") var width: Int = 32
    @Option(help: "State size of each mixer.") var state: Int = 8
    @Option(name: .customLong("mlp-hidden"), help: "Hidden width of each MLP.") var mlpHidden: Int = 64
    @Option(help: "Peak learning rate.") var lr: Double = 3e-3
    @Option(name: .customLong("witness-noise"), help: "Comma-separated noise scales for witness-initialised dcd runs.") var witnessNoise: String?
    @Option(help: "'words' (group word problems, default) or 'rotations'.") var task: String = "words"
    @Option(help: "Output directory.") var out: String = "report"
    @Option(help: "Re-render the report from this crosscheck.json instead of training.") var from: String?
    @Flag(help: "Print one JSON summary object as the last line.") var json = false

    func validate() throws {
        guard ["words", "rotations"].contains(task) else { throw ValidationError("unknown task '\(task)' (known: words, rotations)") }
        for name in CrossCheckOptions.names(models) where MixerFamily(rawValue: name) == nil {
            throw ValidationError("--models: unknown family '\(name)' (known: dcd, real11, real01, dense)")
        }
        for (name, v) in [("seeds", seeds), ("steps", steps), ("batch", batch), ("train-length", trainLength),
                          ("eval-sequences", evalSequences), ("width", width), ("state", state), ("mlp-hidden", mlpHidden)] where v < 1 {
            throw ValidationError("--\(name) must be at least 1, got \(v)")
        }
        guard lr > 0, lr.isFinite else { throw ValidationError("--lr must be positive, got \(lr)") }
        _ = try CrossCheckOptions.range(layers, option: "--layers")
        _ = try CrossCheckOptions.positiveList(evalLengths, option: "--eval-lengths")
        if let witnessNoise { _ = try CrossCheckOptions.scales(witnessNoise, option: "--witness-noise") }
        guard !CrossCheckOptions.names(groups).isEmpty else { throw ValidationError("--groups is empty") }
    }

    func run() throws {
        try reportingInputFailures {
            let directory = URL(fileURLWithPath: out)
            let results: CrossCheckResults
            if let from {
                results = try ReportTables.results(fromJSON: Data(contentsOf: URL(fileURLWithPath: from)))
            } else {
                results = try CrossCheckSession(command: self).execute(existing: existingResults(in: directory))
            }
            let files = try ReportWriter.write(results, to: directory)
            printError("wrote \(files.count) files to \(directory.path)")
            print(ReportTables.markdown(results))
            if json { print(CrossCheckOptions.jsonLine(CrossCheckSession.summary(results, out: directory.path))) }
        }
    }

    /// The report already in --out, merged with a rotations run (nil when there is none).
    private func existingResults(in directory: URL) -> CrossCheckResults? {
        guard task == "rotations" else { return nil }
        let url = directory.appendingPathComponent("crosscheck.json")
        return (try? Data(contentsOf: url)).flatMap { try? ReportTables.results(fromJSON: $0) }
    }
}
