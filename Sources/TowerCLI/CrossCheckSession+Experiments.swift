import CrossCheck
import Foundation
import Groups
import SequenceModels

extension CrossCheckSession {
    /// `--task rotations --angle-scales ...`: trains the exponent experiment, fits the exponents
    /// and merges both into `existing` (the word-problem wall time stays as it was).
    func depthError(existing: CrossCheckResults?) throws -> CrossCheckResults {
        let budget = try budget()
        let runner = Self.displayingRunner(budget)
        let depths = try CrossCheckOptions.range(command.layers, option: "--layers")
        let scales = try CrossCheckOptions.scales(command.angleScales ?? "", option: "--angle-scales")
        let line = Self.commandLine
        let began = Date()
        var results = existing ?? CrossCheckResults(command: line, budget: budget)
        do {
            var d = try runner.depthError(scales: scales, depths: depths)
            d.command = line
            d.wallSeconds = Date().timeIntervalSince(began)
            results.depthError = d
            results.exponents = CrossCheckRunner.exponents(of: d)
        } catch let e as TrainingError {
            throw InputFailure("\(e)")
        }
        if existing == nil { results.wallSeconds += Date().timeIntervalSince(began) }
        return results
    }

    /// `--task max-length`: depth against length on --groups, merged into `existing`.
    func maxLength(existing: CrossCheckResults?) throws -> CrossCheckResults {
        let budget = try budget()
        let runner = Self.displayingRunner(budget)
        let depths = try CrossCheckOptions.range(command.layers, option: "--layers")
        let lengths = try CrossCheckOptions.positiveList(command.lengths, option: "--lengths")
        let names = CrossCheckOptions.groupNames(command.groups)
        for name in names {
            do { _ = try GroupCatalog.group(named: name) } catch {
                throw InputFailure("--groups: '\(name)' is not a catalog group (\(error))")
            }
        }
        let line = Self.commandLine
        let began = Date()
        var results = existing ?? CrossCheckResults(command: line, budget: budget)
        do {
            results.maxLength = try runner.maxLength(groups: names, depths: depths, lengths: lengths)
        } catch let e as TrainingError {
            throw InputFailure("\(e)")
        }
        results.maxLengthRun = MaxLengthResults(command: line, budget: budget, wallSeconds: Date().timeIntervalSince(began))
        if existing == nil { results.wallSeconds += Date().timeIntervalSince(began) }
        return results
    }
}
