import ArgumentParser
import CrossCheck
import Foundation

/// `tower table run DIR [--shard I/N]`: the same worker as `tower crosscheck run`.
struct TableRun: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Compute the rows of a planned table (all, or shard I of N) that are not done yet.",
        discussion: """
        Shard I of N is a stable split of the plan's rows balanced by predicted cost (degree^2 x \
        generators); each row is taken under a lease (DIR/locks/<id>.lock), so workers on one or \
        many machines sharing DIR never compute a row twice. Exit 0 when the shard is done, 3 when \
        some rows were left to a live worker holding their lease. See tower crosscheck run --help.

        Example:
          tower table run groups/ --shard 1/2 & tower table run groups/ --shard 2/2
        """
    )

    @OptionGroup var options: SweepRunOptions

    func run() throws {
        try reportingInputFailures {
            let (dir, plan) = try SweepDirectory.open(options.directory, as: TablePlan.self)
            try SweepWorker(directory: dir, plan: plan, shard: options.shardPair, leaseSeconds: options.lease).runShard(json: options.json)
        }
    }
}

/// `tower table status DIR`.
struct TableStatus: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show which rows of a table are done, running (a live lease), and left.",
        discussion: "Reads DIR/plan.json, DIR/cells and DIR/locks, as tower crosscheck status does.\n\nExample:\n  tower table status groups/ [--json]"
    )

    @OptionGroup var options: SweepStatusOptions

    func run() throws { try options.show(TablePlan.self) }
}

/// `tower table report DIR`.
struct TableReport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Render the table files from the finished rows (at any time; marked partial while rows are left).",
        discussion: """
        Writes the plan's formats (table.md, table.csv, table.json, table.tex, table.g) into DIR from \
        DIR/plan.json and DIR/cells, and prints the Markdown. A table with rows left is marked \
        "PARTIAL table: k of n rows done" (md, json, tex).

        Example:
          tower table report groups/ [--json]
        """
    )

    @Argument(help: "The table directory.") var directory: String
    @Flag(help: "Print one JSON summary object as the last line.") var json = false

    func run() throws {
        try reportingInputFailures {
            let (dir, plan) = try SweepDirectory.open(directory, as: TablePlan.self)
            try Self.render(dir, plan: plan, json: json, held: 0)
        }
    }

    /// Writes the table files, prints the Markdown (and a JSON summary).
    static func render(_ dir: SweepDirectory, plan: TablePlan, json: Bool, held: Int) throws {
        let (files, rows, missing) = try TableCell.report(dir, plan: plan)
        printError("wrote \(files.count) file\(files.count == 1 ? "" : "s") to \(dir.path)"
                   + (missing == 0 ? "" : " (partial: \(rows.count) of \(plan.cells.count) rows" + (held > 0 ? ", \(held) held by other workers" : "") + ")"))
        print(TableRender.markdown(rows, missing: missing, total: plan.cells.count), terminator: "")
        if json {
            print(try JSONLine.encode(["out": dir.path, "rows": rows.count, "cells": plan.cells.count, "missing": missing,
                                       "files": files, "certificates": rows.compactMap(\.certificate).count]))
        }
    }
}

/// `tower table slurm DIR --array N`: the Slurm job array of `tower crosscheck slurm`, running `tower table run`.
struct TableSlurm: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "slurm",
        abstract: "Write an sbatch script that computes a planned table as a Slurm job array (one shard per task).",
        discussion: """
        Writes DIR/slurm.sh (task I runs tower table run DIR --shard I/N) and prints the sbatch \
        command; --submit submits it. See tower crosscheck slurm --help and docs/cluster.md.

        Example:
          tower table --groups "S3..S9" --out t --plan-only && tower table slurm t --array 4 --submit
        """
    )

    @Argument(help: "The table directory.") var directory: String
    @OptionGroup(title: "Slurm") var slurm: SlurmOptions

    func run() throws {
        try reportingInputFailures {
            let (_, plan) = try SweepDirectory.open(directory, as: TablePlan.self)
            try slurm.write(directory: directory, plan: plan)
        }
    }
}
