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
        let budget = CrossCheckResults.Budget(
            steps: c.steps, batchSize: c.batch, trainLength: c.trainLength,
            evalLengths: try CrossCheckOptions.positiveList(c.evalLengths, option: "--eval-lengths"), evalSequences: c.evalSequences,
            width: c.width, state: c.state, mlpHidden: c.mlpHidden, learningRate: c.lr, warmupSteps: min(10, c.steps),
            weightDecay: 0, curriculumSteps: c.steps / 2, seeds: (1...c.seeds).map(UInt64.init))
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
                if existing != nil { results.command += "; " + line }
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
        results.wallSeconds += Date().timeIntervalSince(began)
        return results
    }

    static func summary(_ r: CrossCheckResults, out: String) -> [String: Any] {
        var object: [String: Any] = [
            "out": out, "cells": r.cells.count, "wall_seconds": r.wallSeconds,
            "consistent": r.cells.filter { $0.verdict == .consistent }.count,
            "learnability_gaps": r.cells.filter { $0.verdict == .learnabilityGap }.count,
            "contradictions": r.cells.filter { $0.verdict == .contradiction }.count,
        ]
        if let rot = r.rotations { object["rotations_fitted_slope"] = rot.fittedSlope ?? NSNull() }
        return object
    }
}
