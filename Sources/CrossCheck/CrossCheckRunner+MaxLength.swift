import Foundation
import Groups
import SequenceModels

extension CrossCheckRunner {
    /// Depth against length: for each group and dcd depth, trains at each training length in
    /// increasing order (the budget's recipe and seeds, evaluated at that length on the recipe's
    /// evaluation sequences) and stops after the first length whose best sequence accuracy is at
    /// or below 0.9. A run whose loss turns non-finite is evaluated at its last good state.
    public func maxLength(groups names: [String], depths: [Int], lengths: [Int]) throws -> [MaxLengthResults.Row] {
        var rows: [MaxLengthResults.Row] = []
        for name in names {
            let group = try GroupCatalog.group(named: name.trimmingCharacters(in: .whitespaces))
            let task = try WordProblemTask(name: name, group: group)
            for depth in depths {
                var tried: [MaxLengthResults.Point] = []
                // Plain, or the recipe's guidance rule under the default "auto" budget (one attempt
                // per run here: a plain cell with cascade-guided retries trains plain).
                let automatic = budget.guidance.contains(Self.automaticGuidance)
                    ? Self.guidanceModes([Self.automaticGuidance], task: task, depth: depth, family: .dcd).first ?? "none" : "none"
                let mode = automatic == Self.plainThenCascade ? "none" : automatic
                for length in lengths.sorted() {
                    var recipe = recipe(guidance: mode)
                    recipe.trainLength = length
                    recipe.evalLengths = [length]
                    let model = recipe.model(for: task, family: .dcd, layers: depth)
                    let accuracy = try budget.seeds.map { seed -> Double in
                        let config = recipe.config(model: model, seed: seed)
                        onStart("\(name) dcd x\(depth) length \(length) seed \(seed)")
                        let trained: SequenceModel
                        do {
                            trained = try Trainer(task: task, config: config).train(progress: progress).model
                        } catch TrainingError.nonFiniteLoss(_, _, let lastGood) {
                            trained = lastGood.model
                        }
                        onFinish()
                        return Evaluator.evaluate(model: trained, task: task, lengths: [length], sequences: recipe.evalSequences,
                                                  seed: seed, form: config.form).first?.sequenceAccuracy ?? 0
                    }.max() ?? 0
                    tried.append(.init(length: length, sequenceAccuracy: accuracy))
                    if !(accuracy > MaxLengthResults.threshold) { break }
                }
                rows.append(.init(group: name, layers: depth, derivedLength: group.derivedLength, tried: tried, guidance: mode == "none" ? nil : mode))
            }
        }
        return rows
    }
}
