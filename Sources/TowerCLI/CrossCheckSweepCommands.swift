import ArgumentParser
import CrossCheck
import Foundation

/// `tower crosscheck`: the sweep (default), and the commands that work on a sweep directory.
struct CrossCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "crosscheck",
        abstract: "Train models of every family and depth on group word problems and compare with the predicted minimal depth.",
        discussion: """
        A cross-check is a sweep: a directory holding plan.json (every cell: group x family x depth \
        x guidance, with its seeds), one result file per finished cell (cells/<id>.json), and the \
        report rendered from them. `tower crosscheck --groups ... --out DIR` plans and trains it \
        (see tower crosscheck sweep --help for every option); the same command again resumes it.

        Examples:
          tower crosscheck --groups "C2,S3,PSL(2,7)" --layers 1-2 --out sweep/
          tower crosscheck --groups "C2;S3" --layers 1-2 --out sweep/ --plan-only
          tower crosscheck run sweep/ --shard 2/4   (worker 2 of 4, on any machine)
          tower crosscheck status sweep/            (done / running / left)
          tower crosscheck report sweep/            (partial while cells are left)
          tower crosscheck slurm sweep/ --array 4 --time 01:00:00 --submit
        """,
        subcommands: [CrossCheckSweep.self, CrossCheckRun.self, CrossCheckStatus.self, CrossCheckReport.self, CrossCheckSlurm.self],
        defaultSubcommand: CrossCheckSweep.self
    )
}

/// "2/4" -> (2, 4), 1 <= I <= N.
struct ShardOption: ExpressibleByArgument {
    let index: Int
    let count: Int
    init?(argument: String) {
        let parts = argument.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let i = Int(parts[0]), let n = Int(parts[1]), n >= 1, (1...n).contains(i) else { return nil }
        index = i; count = n
    }
    static var defaultValueDescription: String { "1/1" }
}

/// `tower crosscheck run DIR [--shard I/N]`.
struct CrossCheckRun: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Train the cells of a planned sweep (all, or shard I of N) that are not done yet.",
        discussion: """
        Shard I of N is a stable split of the plan's cells, balanced by predicted cost (seeds x \
        steps x depth): N workers, on one machine or many sharing DIR, each run one shard without \
        other coordination. A worker takes a cell's lease (DIR/locks/<id>.lock, created \
        exclusively, renewed while it trains) before training it, so two workers never both \
        train or write a cell; a lease whose worker is gone (same host) or that was not renewed \
        for --lease seconds is taken over. Finished cells are skipped, a damaged cell file \
        (truncated, not JSON, another plan's) is redone. Exit 0 when every cell of the shard is \
        done, 3 when some were left to a live worker holding their lease.

        Examples:
          tower crosscheck run sweep/
          tower crosscheck run sweep/ --shard 1/2 &
          tower crosscheck run sweep/ --shard 2/2
        """
    )

    @OptionGroup var options: SweepRunOptions

    func run() throws {
        try reportingInputFailures {
            let (dir, plan) = try SweepDirectory.open(options.directory)
            try SweepWorker(directory: dir, plan: plan, shard: options.shardPair, leaseSeconds: options.lease).runShard(json: options.json)
        }
    }
}

/// The arguments of `tower crosscheck run` and `tower table run`.
struct SweepRunOptions: ParsableArguments {
    @Argument(help: "The sweep or table directory (made by tower crosscheck|table ... --out DIR).") var directory: String
    @Option(help: ArgumentHelp("Run only shard I of N (1 <= I <= N).", valueName: "I/N")) var shard: ShardOption = ShardOption(argument: "1/1")!
    @Option(help: "Seconds without renewal after which another worker's lease counts as stale.") var lease: Double = 300
    @Flag(help: "Print one JSON summary object as the last line.") var json = false

    var shardPair: (index: Int, count: Int) { (shard.index, shard.count) }

    func validate() throws {
        guard lease > 0, lease.isFinite else { throw ValidationError("--lease must be a positive number of seconds, got \(lease)") }
    }
}

/// `tower crosscheck status DIR`.
struct CrossCheckStatus: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show which cells of a sweep are done, running (a live lease), and left.",
        discussion: """
        Reads DIR/plan.json, DIR/cells and DIR/locks; trains nothing. A lease whose worker is gone \
        or that was not renewed for --lease seconds counts as stale: its cell is left (the next \
        worker takes it over). Damaged cell files count as left.

        Example:
          tower crosscheck status sweep/ [--json]
        """
    )

    @OptionGroup var options: SweepStatusOptions

    func run() throws { try options.show(SweepPlan.self) }
}

/// `tower crosscheck report DIR`.
struct CrossCheckReport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Render the report of a sweep from its cell files (at any time; marked partial while cells are left).",
        discussion: """
        Writes crosscheck.md, crosscheck.csv, crosscheck.json, the SVG plots and index.html into DIR \
        from DIR/plan.json and DIR/cells, and prints the Markdown. A sweep with cells left gives a \
        report marked "PARTIAL sweep: k of n cells done".

        Example:
          tower crosscheck report sweep/ [--json]
        """
    )

    @Argument(help: "The sweep directory.") var directory: String
    @Flag(help: "Print one JSON summary object as the last line.") var json = false

    func run() throws {
        try reportingInputFailures {
            let (dir, plan) = try SweepDirectory.open(directory)
            let results = dir.results(plan)
            let files = try ReportDirectory.write(results, to: directory)
            printError("wrote \(files.count) files to \(directory)" + (results.partial.map { " (\($0.done) of \($0.total) cells: partial)" } ?? ""))
            print(ReportTables.markdown(results))
            if json { print(try JSONLine.encode(CrossCheckSession.summary(results, out: directory))) }
        }
    }
}
