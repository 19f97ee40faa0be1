import ArgumentParser
import CrossCheck
import Foundation

/// `tower table`: a ground-truth table of many groups, built as a sweep directory (plan.json, one
/// cell file per group), so it resumes, shards and runs on Slurm like `tower crosscheck`.
struct TableCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "table",
        abstract: "A ground-truth table of many groups: order, derived length, nilpotency class, predicted depth per family, composition factors.",
        discussion: """
        A table is a directory: plan.json (one cell per group), cells/<id>.json (one computed row \
        each, written atomically), and the table files rendered from them (table.md, table.csv, \
        table.json, table.tex, table.g). `tower table --groups SPEC --out DIR` plans and computes \
        it (see tower table build --help); the same command again resumes it.

        Examples:
          tower table --groups "C2..C12; D4..D20; S3..S6" --out groups/
          tower table --groups "AGL(1,p) for p in 2..31" --out agl/ --format md,tex,gap --certificates
          tower table --groups transitive.jsonl --out tg/ --plan-only
          tower table run tg/ --shard 2/4    (worker 2 of 4, on any machine)
          tower table status tg/
          tower table report tg/             (partial while rows are left)
          tower table slurm tg/ --array 4 --time 00:30:00 --submit
        """,
        subcommands: [TableBuild.self, TableRun.self, TableStatus.self, TableReport.self, TableSlurm.self],
        defaultSubcommand: TableBuild.self
    )
}

/// `tower table [build] --groups SPEC --out DIR`.
struct TableBuild: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Plan a table into --out and compute its rows (the default: tower table --groups ... is tower table build --groups ...).",
        discussion: """
        SPEC is a list of items separated by ';' or by ',' outside parentheses, each one of:
          a name          a catalog name or GAP constructor, as tower group takes it: S4, "PSL(2,7)", SymmetricGroup(5)
          a range         <name><a>..<name><b> over the name's last integer: C2..C100, D4..D200, S3..S12, Heis3..Heis7
          a template      "<name using v> for v in a..b": "AGL(1,p) for p in 2..101", "PSL(2,q) for q in 4..9"
          a JSONL file    an item ending in .jsonl: one group per line, the lines of tower group --batch \
        ("generators" or "catalog", optional "degree"); the row is labelled by the line's "id", else <file>:<line>
        A range or template keeps the values the catalog accepts and leaves out those it refuses as \
        parameters, saying so on stderr (D4..D200: odd n, as dihedral groups have even order; \
        AGL(1,q): q that is not a prime power). Every item is resolved before anything is written: \
        a bad SPEC or an unusable --out is one error line and exit status 2.

        Columns: group, order, derived length, nilpotency class ("not nilpotent"), solvable, the \
        predicted minimal depth of each model family (dcd, real11, real01, dense: the predictions \
        tower crosscheck uses; "impossible" when no depth suffices), composition factor orders. \
        --format picks the files: md, csv, json, tex (a booktabs table for a paper), gap (a GAP \
        script asserting every invariant of every row, as tower group --gap-script; run it with \
        gap -q DIR/table.g). --certificates also writes DIR/certificates/<id>.json per row (the \
        certificate of tower group --certificate; check it with tower verify).

        --out is a table directory: new or empty, or one holding this table (resumed: finished rows \
        are skipped, a damaged one redone). --plan-only stops after plan.json; then run the cells \
        with tower table run DIR [--shard I/N] or tower table slurm DIR.
        """
    )

    @Option(help: ArgumentHelp("The groups: names, ranges (C2..C100), templates (\"AGL(1,p) for p in 2..101\"), JSONL files; separated by ';'.", valueName: "SPEC"))
    var groups: String
    @Option(help: "Table directory: new or empty, or one holding this table (resumed).") var out: String
    @Option(help: "Comma-separated files to write: md, csv, json, tex, gap.") var format: String = "md,csv,json,tex"
    @Flag(help: "Also write a certificate per row (DIR/certificates/<id>.json).") var certificates = false
    @Flag(help: "Replace a different table already in --out.") var overwrite = false
    @Flag(name: .customLong("plan-only"), help: "Write --out/plan.json and stop (run it with tower table run or slurm).") var planOnly = false
    @Flag(help: "Print one JSON summary object as the last line.") var json = false

    static let marker = "table.json"

    func validate() throws {
        let formats = CrossCheckOptions.names(format)
        guard !formats.isEmpty else { throw ValidationError("--format is empty") }
        for f in formats where !TableRender.formats.contains(f) {
            throw ValidationError("--format: unknown format '\(f)' (known: \(TableRender.formats.joined(separator: ", ")))")
        }
    }

    func run() throws {
        try reportingInputFailures {
            let plan = TablePlan(towerVersion: TowerVersion.string, command: CrossCheckSession.commandLine, groups: groups,
                                 certificates: certificates, formats: CrossCheckOptions.names(format), cells: try TableSpec.cells(groups))
            let directory = SweepDirectory(path: out)
            try directory.prepare(plan, overwrite: overwrite) {
                let state = try FileAccess.checkReportDirectory(out, what: "--out", marker: Self.marker)
                if state == .earlierReport && !overwrite {
                    throw InputFailure("--out: \(out) already holds a table (\(Self.marker)); give --overwrite to replace it, or a new directory")
                }
            }
            if planOnly {
                printError("wrote \(directory.planPath): \(plan.cells.count) rows; run them with tower table run \(out) [--shard I/N]")
                if json { print(try JSONLine.encode(["out": out, "plan": directory.planPath, "cells": plan.cells.count])) }
                return
            }
            let summary = try SweepWorker(directory: directory, plan: plan).run()
            try TableReport.render(directory, plan: plan, json: json, held: summary.heldByOthers.count)
        }
    }
}
