import CrossCheck
import Foundation
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
}
