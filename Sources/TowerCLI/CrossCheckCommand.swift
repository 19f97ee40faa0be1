import ArgumentParser
import CrossCheck
import Foundation
import SequenceModels

/// `tower crosscheck [sweep]`: plan every (group, family, depth, seed) into a sweep directory,
/// train the cells, and put the results next to theory.
struct CrossCheckSweep: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sweep",
        abstract: "Plan a sweep into --out and train its cells (the default: tower crosscheck --groups ... is tower crosscheck sweep --groups ...).",
        discussion: """
        For every group, Tower computes the predicted minimal depth per model family (dcd: derived \
        length; real11: length of the elementary-abelian-2 series, a cascade prediction; real01: \
        impossible for any non-trivial group; dense: 1), trains every family at every depth with \
        the recipe of tower train (same options, same defaults), and gives each cell a verdict read \
        on accuracy against length (best seed per length): "learned where allowed" (>= 0.9 at 4x \
        the training length), "learnability gap" (allowed, not learned), "failed where forbidden" \
        (below 0.9 by the longest length), "contradiction" (a forbidden depth holds >= 0.9 at the \
        longest length, >= 16x the training length) or "inconclusive" (it holds, but the longest \
        length is shorter than that).

        By default (--guidance auto) each cell is trained as tower train would: plain, except \
        stacks of three or more layers on a group of derived length three or more, which get \
        cascade guidance, other stacks of two or more dcd layers on a solvable non-abelian group \
        of order above 81, which get steps-states guidance, and plain cells of two or more layers on a solvable non-abelian group, \
        whose retries are cascade-guided (guidance column "none, cascade on retry": plain, then \
        cascade, then cascade at twice the learning rate, from the same seed; the notes count the \
        seeds that kept a guided attempt). --guidance none trains every \
        cell plain; --guidance derived-series (or cascade) trains every cell of depth >= 2 twice, \
        plain and guided (auxiliary heads predicting the coset in G/G^(i) after layer i), and \
        shows both side by side. Each seed's run makes up to --attempts attempts, as tower train \
        does (default 3 in "none, cascade on retry" cells, the ladder above, and 2 elsewhere, \
        the second from a derived seed; each further attempt only while the ones before it hold \
        below 0.9 on held-out sequences at 4x the training length; the best is kept, on both \
        sides of the theory); \
        crosscheck.json records each run's attempts, the kept one and its guidance.

        --witness-noise adds the learnability experiment: dcd models of derived-length depth start \
        from the explicit witness (tower construct) plus Gaussian noise of each scale on every \
        weight. --task rotations trains dcd stacks on products of icosahedral rotations instead and \
        reports the error against depth with so(3)'s facts; it is merged into an existing report \
        in --out. --task max-length --groups A5,S4 measures depth against length: per group and dcd \
        depth, the longest training length in --lengths whose model reaches sequence accuracy > 0.9, \
        next to the paper's bound ceil(log2 T) + 1 (docs/depth-error.md); also merged. \
        --task rotations --angle-scales 0.4,0.2,0.1 runs the exponent experiment instead: \
        small-angle tokens exp(EPS X_j) (X_j = +-L_x, +-L_y, +-L_z), per depth and scale the error \
        (RMSE in Double, best and median over the seeds), per depth the slope of log error against \
        log EPS with a 95% interval next to the exponent the free Lie algebra's derived series \
        predicts and the paper's 2^(k-1)+1 (docs/depth-error.md). --from re-renders a report from its crosscheck.json without training.

        --out is a sweep directory. Tower checks every option and group name and the directory \
        first (exit 2 before any training), writes --out/plan.json (every cell, the command, the \
        version), then trains the cells, writing each result to --out/cells/<id>.json as it \
        finishes. Run the same command again to resume: finished cells are skipped, an \
        interrupted or damaged one is redone. --plan-only stops after plan.json (then run the \
        cells with tower crosscheck run DIR [--shard I/N], or on Slurm with tower crosscheck slurm \
        DIR). When every cell is done it writes the report: crosscheck.md, crosscheck.csv, \
        crosscheck.json, SVG plots, index.html (tower crosscheck report DIR renders it at any time).

        Group names are separated by commas outside parentheses or by semicolons, so names with \
        commas work as typed: --groups "PSL(2,7),S4" or --groups "PSL(2,7);S4".

        Example:
          tower crosscheck --groups C2,C6,S3,A5 --models dcd,real01 --layers 1-2 --seeds 1 --steps 300 --out report/
          tower crosscheck --groups S3,A4,S4 --models dcd --layers 1-3 --guidance derived-series --out report/
          tower crosscheck --task rotations --layers 1-6 --out report/
          tower crosscheck --task max-length --groups A5,S4 --layers 1-3 --lengths 2,4,8 --seeds 1 --steps 1500 --out report/
          tower crosscheck --task rotations --angle-scales 0.4,0.2,0.1 --layers 1-2 --seeds 1 --train-length 8 --steps 1000 --out report/
        """
    )

    @Option(help: "Catalog group names, separated by commas outside parentheses or by semicolons (\"PSL(2,7),S4\").") var groups: String = "C2,C6,C24,C60,S3,D8,Q8,A4,S4,A5"
    @Option(help: "Comma-separated families: dcd, real11, real01, dense.") var models: String = "dcd,real11,real01,dense"
    @Option(help: "Depths, as a range (1-4) or a list (1,2,4).") var layers: String = "1-4"
    @Option(help: "Seeds per cell (1...n).") var seeds: Int = 3
    @Flag(name: .customLong("split-seeds"),
          help: "Plan one sweep cell per seed instead of one per (group, family, depth, guidance), so the runs spread over more workers (crosscheck run --shard, slurm) and a killed worker loses one run at most; the report merges the seeds back into one row.")
    var splitSeeds = false
    @OptionGroup(title: "Training recipe (shared with tower train)") var training: TrainingOptions
    @Option(name: .customLong("witness-noise"), help: "Comma-separated noise scales for witness-initialised dcd runs.") var witnessNoise: String?
    @Option(help: "'words' (group word problems, default), 'rotations', or 'max-length' (depth against length on --groups).") var task: CrossCheckTask = .words
    @Option(help: ArgumentHelp("With --task max-length: the training lengths tried per group and depth, in increasing order until one fails.", valueName: "T,..."))
    var lengths: String = "2,4,8,16,32"
    @Option(name: .customLong("angle-scales"), help: ArgumentHelp("With --task rotations: the exponent experiment at these angle scales EPS (comma-separated, positive; at least 2 for a slope).", valueName: "EPS,..."))
    var angleScales: String?
    @Option(help: "Sweep directory: new or empty, one holding this sweep (resumed), or one holding an earlier report or sweep (then --overwrite, or --task rotations to merge).")
    var out: String = "report"
    @Flag(help: "Replace the earlier report or sweep in --out (its other files are kept).") var overwrite = false
    @Flag(name: .customLong("plan-only"), help: "Write --out/plan.json and stop (run it with tower crosscheck run or slurm).") var planOnly = false
    @Option(help: "Re-render the report from this crosscheck.json instead of training.") var from: String?
    @Flag(help: "Print one JSON summary object as the last line.") var json = false

    /// More seeds per cell than this is a typo, not a sweep (each seed is a training run).
    static let maximumSeeds = 1000

    func validate() throws {
        if let long = try CrossCheckOptions.positiveList(lengths, option: "--lengths").max(), long > TrainingConfig.maximumLength {
            throw ValidationError("--lengths: \(long) is longer than the limit of \(TrainingConfig.maximumLength)")
        }
        for name in CrossCheckOptions.names(models) where MixerFamily(rawValue: name) == nil {
            throw ValidationError("--models: unknown family '\(name)' (known: dcd, real11, real01, dense)")
        }
        try training.requireAnglesForGuidance(families: CrossCheckOptions.names(models))
        guard (1...Self.maximumSeeds).contains(seeds) else { throw ValidationError("--seeds must be between 1 and \(Self.maximumSeeds), got \(seeds)") }
        _ = try CrossCheckOptions.range(layers, option: "--layers")
        if let witnessNoise { _ = try CrossCheckOptions.scales(witnessNoise, option: "--witness-noise") }
        guard !CrossCheckOptions.groupNames(groups).isEmpty else { throw ValidationError("--groups is empty") }
        if splitSeeds && (task != .words || from != nil) { throw ValidationError("--split-seeds plans a word-problem sweep; it does not go with --task rotations, max-length or --from") }
        if let angleScales {
            guard task == .rotations else { throw ValidationError("--angle-scales goes with --task rotations") }
            let values = try CrossCheckOptions.scales(angleScales, option: "--angle-scales")
            if let i = values.firstIndex(where: { $0 <= 0 }) { throw ValidationError("--angle-scales: item \(i + 1) is 0; every EPS must be positive") }
            guard !values.isEmpty else { throw ValidationError("--angle-scales is empty") }
        }
        if planOnly && (task != .words || from != nil) { throw ValidationError("--plan-only plans a word-problem sweep; it does not go with --task rotations, max-length or --from") }
    }

    func run() throws {
        if task == .words && from == nil { return try reportingInputFailures { try CrossCheckSession(command: self).sweep() } }
        try reportingInputFailures {
            let directory = URL(fileURLWithPath: out)
            try ReportDirectory.check(out, overwrite: overwrite, merging: task != .words && from == nil)
            let results: CrossCheckResults
            if let from {
                let data = try FileAccess.read(from, what: "--from")
                do { results = try ReportTables.results(fromJSON: data) } catch {
                    throw InputFailure("--from: \(from) is not a crosscheck.json report (\(error))")
                }
            } else {
                let session = CrossCheckSession(command: self), existing = try existingResults(in: directory)
                if task == .maxLength {
                    results = try session.maxLength(existing: existing)
                } else {
                    results = angleScales == nil ? try session.rotations(existing: existing) : try session.depthError(existing: existing)
                }
            }
            let files = try ReportDirectory.write(results, to: out)
            printError("wrote \(files.count) files to \(directory.path)")
            print(ReportTables.markdown(results))
            if json { print(try JSONLine.encode(CrossCheckSession.summary(results, out: directory.path))) }
        }
    }

    /// The report already in --out, merged with a rotations run (nil when there is none); one
    /// that cannot be read is an error before any training, never silently dropped.
    private func existingResults(in directory: URL) throws -> CrossCheckResults? {
        guard task != .words else { return nil }
        let path = directory.appendingPathComponent(ReportDirectory.marker).path
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        let data = try FileAccess.read(path, what: "--out")
        do { return try ReportTables.results(fromJSON: data) } catch {
            throw InputFailure("--out: \(path) is not a crosscheck.json report (\(error)); the \(task.rawValue) section cannot be merged into it")
        }
    }
}

/// `tower crosscheck --task`: what the sweep trains.
enum CrossCheckTask: String, CaseIterable, ExpressibleByArgument {
    /// Group word problems (the default).
    case words
    /// Products of rotations (icosahedral, or small-angle with --angle-scales).
    case rotations
    /// Depth against length on --groups.
    case maxLength = "max-length"
}
