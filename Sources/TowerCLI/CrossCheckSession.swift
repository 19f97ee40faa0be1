import ArgumentParser
import CrossCheck
import Foundation
import Groups
import SequenceModels

/// The training part of `tower crosscheck`: builds the budget, plans and runs a word-problem
/// sweep into its directory (or runs the rotation task), with the progress display of `tower train`.
struct CrossCheckSession {
    let command: CrossCheckSweep

    /// The budget of every run: by default one cell per depth with the recipe's guidance rule
    /// ("auto": plain, or cascade for deep stacks); with --guidance none plain cells only; with
    /// --guidance MODE plain and guided cells side by side (the runner sets the weight per mode).
    func budget() throws -> CrossCheckResults.Budget {
        let recipe = try command.training.recipe()
        let modes: [String]
        switch command.training.guidance {
        case .auto: modes = [CrossCheckRunner.automaticGuidance]
        case .none: modes = ["none"]
        default: modes = ["none", (recipe.guidanceLabels ?? .derivedSeries).rawValue]
        }
        return CrossCheckResults.Budget(recipe: recipe, seeds: (1...command.seeds).map(UInt64.init), guidance: modes)
    }

    /// The command line as typed, quoted where a shell needs it.
    static var commandLine: String {
        "tower " + CommandLine.arguments.dropFirst().map { arg in
            arg.isEmpty || arg.contains(where: { " ;()'\"$*?&|<>".contains($0) }) ? "'" + arg.replacingOccurrences(of: "'", with: "'\\''") + "'" : arg
        }.joined(separator: " ")
    }

    /// The plan of the sweep the options describe; every group name is resolved here, before any training.
    func plan() throws -> SweepPlan {
        let c = command
        let families = CrossCheckOptions.names(c.models).map { MixerFamily(rawValue: $0)! }
        let depths = try CrossCheckOptions.range(c.layers, option: "--layers")
        let noise = try c.witnessNoise.map { try CrossCheckOptions.scales($0, option: "--witness-noise") } ?? []
        let runner = CrossCheckRunner(budget: try budget())
        let names = CrossCheckOptions.groupNames(c.groups)
        for name in names {
            do { _ = try GroupCatalog.group(named: name) } catch {
                throw InputFailure("--groups: '\(name)' is not a catalog group (\(error))")
            }
        }
        do {
            return try runner.plan(groups: names, families: families, depths: depths, noise: noise, splitSeeds: c.splitSeeds,
                                   towerVersion: TowerVersion.string, command: Self.commandLine)
        } catch let e as TrainingError { throw InputFailure("\(e)") }
    }

    /// `tower crosscheck --out DIR ...` on word problems: plan, check DIR, write plan.json (or
    /// resume the same plan), train every cell, and write the report when all are done.
    func sweep() throws {
        let c = command
        let plan = try plan()
        let directory = SweepDirectory(path: c.out)
        try directory.prepare(plan, overwrite: c.overwrite) { try ReportDirectory.check(c.out, overwrite: c.overwrite, merging: false) }
        if c.planOnly {
            printError("wrote \(directory.planPath): \(plan.cells.count) cells; run them with tower crosscheck run \(c.out) [--shard I/N]")
            if c.json { print(try JSONLine.encode(["out": c.out, "plan": directory.planPath, "cells": plan.cells.count])) }
            return
        }
        let summary = try SweepWorker(directory: directory, plan: plan).run()
        let results = directory.results(plan)
        let files = try ReportDirectory.write(results, to: c.out)
        if let partial = results.partial {
            printError("\(partial.done) of \(partial.total) cells done (\(summary.heldByOthers.count) held by other workers); "
                       + "wrote a partial report (\(files.count) files) to \(c.out)")
        } else {
            printError("wrote \(files.count) files to \(c.out)")
        }
        print(ReportTables.markdown(results))
        if c.json { print(try JSONLine.encode(Self.summary(results, out: c.out))) }
    }

    /// A runner of `budget` whose runs show the progress line of `tower train`.
    static func displayingRunner(_ budget: CrossCheckResults.Budget) -> CrossCheckRunner {
        final class Holder { var display: TrainProgressDisplay? }
        let holder = Holder()
        var runner = CrossCheckRunner(budget: budget)
        runner.onStart = { holder.display = TrainProgressDisplay(label: $0) }
        runner.progress = { holder.display?.update($0) }
        runner.onFinish = { holder.display?.finish() }
        return runner
    }

    /// `--task rotations`: trains the rotation experiment and merges it into `existing`.
    func rotations(existing: CrossCheckResults?) throws -> CrossCheckResults {
        let budget = try budget()
        let runner = Self.displayingRunner(budget)
        let depths = try CrossCheckOptions.range(command.layers, option: "--layers")
        let line = Self.commandLine
        let began = Date()
        var results = existing ?? CrossCheckResults(command: line, budget: budget)
        do {
            results.rotations = try runner.rotations(depths: depths)
            results.rotations?.command = line
        } catch let e as TrainingError {
            throw InputFailure("\(e)")
        }
        if existing != nil {
            // The word-problem wall time stays as it was; the rotation runs report their own.
            results.rotations?.wallSeconds = Date().timeIntervalSince(began)
        } else {
            results.wallSeconds += Date().timeIntervalSince(began)
            results.rotations?.wallSeconds = results.wallSeconds
        }
        return results
    }

    static func summary(_ r: CrossCheckResults, out: String) -> [String: Any] {
        var object: [String: Any] = [
            "out": out, "cells": r.cells.count, "wall_seconds": r.wallSeconds,
            "consistent": r.cells.filter { $0.verdict.isConsistent }.count,
            "learned_where_allowed": r.cells.filter { $0.verdict == .learned }.count,
            "failed_where_forbidden": r.cells.filter { $0.verdict == .brokeDown }.count,
            "learnability_gaps": r.cells.filter { $0.verdict == .learnabilityGap }.count,
            "contradictions": r.cells.filter { $0.verdict == .contradiction }.count,
            "inconclusive": r.cells.filter { $0.verdict == .inconclusive }.count,
        ]
        if let rot = r.rotations { object["rotations_fitted_slope"] = rot.fittedSlope ?? NSNull() }
        if let exponents = r.exponents {
            object["exponents"] = exponents.map { x -> [String: Any] in
                ["layers": x.layers, "fitted": x.fitted ?? NSNull(), "ci_low": x.ciLow ?? NSNull(), "ci_high": x.ciHigh ?? NSNull(),
                 "predicted_algebra": x.predictedAlgebra ?? NSNull(), "predicted_paper": x.predictedPaper]
            }
        }
        if let p = r.partial { object["partial"] = ["done": p.done, "total": p.total] }
        return object
    }
}
