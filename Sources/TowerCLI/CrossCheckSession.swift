import ArgumentParser
import CrossCheck
import Foundation
import SequenceModels

/// The training part of `tower crosscheck`: builds the budget, runs every cell with the progress
/// display of `tower train`, and assembles the results.
struct CrossCheckSession {
    let command: CrossCheckCommand

    func execute(existing: CrossCheckResults?) throws -> CrossCheckResults {
        let c = command
        // Plain cells always; with --guidance the guided cells next to them (the runner sets the weight per mode).
        let recipe = try c.training.recipe()
        let guided = recipe.guidanceWeight > 0
        let budget = CrossCheckResults.Budget(recipe: recipe, seeds: (1...c.seeds).map(UInt64.init),
                                              guidance: guided ? ["none", "derived-series"] : ["none"])
        var runner = CrossCheckRunner(budget: budget)
        var display: TrainProgressDisplay?
        runner.onStart = { display = TrainProgressDisplay(label: $0) }
        runner.progress = { display?.update($0) }
        runner.onFinish = { display?.finish() }
        let depths = try CrossCheckOptions.range(c.layers, option: "--layers")
        let line = "tower " + CommandLine.arguments.dropFirst().map { $0.contains(" ") ? "'\($0)'" : $0 }.joined(separator: " ")
        let began = Date()
        var results = existing ?? CrossCheckResults(command: line, budget: budget)
        do {
            if c.task == "rotations" {
                results.rotations = try runner.rotations(depths: depths)
                results.rotations?.command = line
            } else {
                let families = CrossCheckOptions.names(c.models).map { MixerFamily(rawValue: $0)! }
                let noise = try c.witnessNoise.map { try CrossCheckOptions.scales($0, option: "--witness-noise") } ?? []
                for name in CrossCheckOptions.names(c.groups) {
                    let (theory, cells) = try runner.cells(group: name, families: families, depths: depths)
                    results.groups.append(theory)
                    results.cells += cells
                    results.cells += try runner.witnessCells(group: name, noise: noise)
                }
            }
        } catch let e as TrainingError {
            throw InputFailure("\(e)")
        }
        if c.task == "rotations", existing != nil {
            // The word-problem wall time stays as it was; the rotation runs report their own.
            results.rotations?.wallSeconds = Date().timeIntervalSince(began)
        } else {
            results.wallSeconds += Date().timeIntervalSince(began)
            if c.task == "rotations" { results.rotations?.wallSeconds = results.wallSeconds }
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
        return object
    }
}
