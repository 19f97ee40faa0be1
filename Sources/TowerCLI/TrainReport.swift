import Foundation
import SequenceModels

/// The final metrics of `tower train`: a table on stdout, and with `--json` one JSON object as
/// the last line.
struct TrainReport {
    let result: TrainingResult
    let isRegression: Bool

    func print(json: Bool, groupName: String?) {
        let c = result.config
        Swift.print("\(result.task): \(c.model.family.rawValue), \(c.model.layers) layer(s), width \(c.model.width), state \(c.model.state); "
            + "\(result.steps) steps, final loss \(String(format: "%.5f", result.finalLoss)), \(String(format: "%.1f", result.wallSeconds)) s")
        Swift.print(isRegression ? "length  per-token  sequence  mse" : "length  per-token  sequence")
        for e in result.evaluations {
            var row = String(format: "%6d  %9.4f  %8.4f", e.length, e.perTokenAccuracy, e.sequenceAccuracy)
            if let mse = e.mse { row += String(format: "  %.3e", mse) }
            Swift.print(row)
        }
        Swift.print("longest length with per-token accuracy above 90%: \(result.longestLengthAbove90.map(String.init) ?? "none")")
        guard json else { return }
        var object: [String: Any] = [
            "model": c.model.family.rawValue, "layers": c.model.layers, "steps": result.steps, "seed": c.seed,
            "wall_seconds": result.wallSeconds, "width": c.model.width, "state": c.model.state, "batch": c.batchSize,
            "train_length": c.trainLength, "learning_rate": Double(c.learningRate), "final_loss": Double(result.finalLoss),
            "longest_length_above_90": result.longestLengthAbove90 as Any? ?? NSNull(),
            "evaluations": result.evaluations.map { e -> [String: Any] in
                var o: [String: Any] = ["length": e.length, "per_token_accuracy": e.perTokenAccuracy, "sequence_accuracy": e.sequenceAccuracy]
                if let mse = e.mse { o["mse"] = mse }
                return o
            },
        ]
        if let groupName { object["group"] = groupName } else { object["task"] = result.task }
        let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        Swift.print(String(decoding: data, as: UTF8.self))
    }
}
