import CrossCheck
import Depth
import Foundation
import SequenceModels

/// The final metrics of `tower train`: a table on stdout, and with `--json` one JSON object as
/// the last line.
struct TrainReport {
    let result: TrainingResult
    let isRegression: Bool
    var theory: TrainTheory?
    /// The same weights evaluated in Double (`--eval-precision both`).
    var doubleEvaluations: [Evaluation]?
    /// The precision of `result.evaluations`.
    var precision = "float"
    /// The run's --seed (the kept attempt may have trained from a derived seed).
    var runSeed: UInt64?
    /// Every attempt when the recipe allowed more than one, and the kept one (1-based).
    var attempts: [TrainingAttempts.Attempt]?
    var keptAttempt = 1

    func print(json: Bool, groupName: String?) throws {
        let c = result.config
        Swift.print("\(result.task): \(c.model.family.rawValue), \(c.model.layers) layer(s), width \(c.model.width), state \(c.model.state); "
            + "\(result.steps) steps, final loss \(String(format: "%.5f", result.finalLoss)), \(String(format: "%.1f", result.wallSeconds)) s")
        let double = doubleEvaluations.map { d in Dictionary(d.map { ($0.length, $0) }, uniquingKeysWith: { a, _ in a }) }
        Swift.print((isRegression ? "length  per-token  sequence  mse" : "length  per-token  sequence") + (double == nil ? "" : "  per-token(double)"))
        for e in result.evaluations {
            var row = String(format: "%6d  %9.4f  %8.4f", e.length, e.perTokenAccuracy, e.sequenceAccuracy)
            if let mse = e.mse { row += String(format: "  %.3e", mse) }
            if let d = double?[e.length] { row += String(format: "  %17.4f", d.perTokenAccuracy) }
            Swift.print(row)
        }
        if let levels = result.evaluations.first?.cosetAccuracy?.count, levels > 1 {
            // How far down the derived series the model tracks the prefix product.
            let names = (1...levels).map { "G/G^(\($0))" }.joined(separator: ", ")
            printRows("accuracy of the predicted coset in \(names):") { $0.cosetAccuracy }
        }
        if let heads = result.evaluations.first?.headAccuracy?.count, heads > 0 {
            // What the guidance asked of the layers below each head, and whether they learned it.
            let kind = c.guidanceLabels ?? .derivedSeries
            let what = kind != .derivedSeries ? "the coset in G/G^(l) and the step modulo G^(l+1)" : "the coset in G/G^(l)"
            let after = heads == 1 ? "the head after layer 1" : "the heads after layers " + (1...heads).map(String.init).joined(separator: ", ")
            printRows("accuracy of \(after) (head l predicts \(what)):") { $0.headAccuracy }
        }
        for (kind, classes, accuracy) in [("transition", c.model.transitionOutputs, { (e: Evaluation) in e.stepAccuracy }),
                                          ("state", c.model.stateOutputs, { (e: Evaluation) in e.stateAccuracy })] {
            guard let first = result.evaluations.first.flatMap(accuracy), !first.isEmpty else { continue }
            let layers = classes.indices.filter { classes[$0] > 0 }.map { String($0 + 1) }
            printRows("accuracy of the \(kind) heads on layers \(layers.joined(separator: ", "))"
                      + (kind == "state" ? " (what each layer must have added up):" : " (the step each layer must add):"), accuracy)
        }
        let profile = LengthProfile(result.evaluations.map { ($0.length, $0.perTokenAccuracy) }, trainLength: c.trainLength)
        Swift.print("longest length with per-token accuracy above 90%: \(result.longestLengthAbove90.map(String.init) ?? "none")")
        if !isRegression {
            Swift.print("break length (first length below 90%): \(profile.breakLength.map(String.init) ?? "none up to \(profile.longest)")")
            if let learned = profile.learned {
                Swift.print("learned (>= 0.9 at \(LengthProfile.learnedFactor)x the training length, \(profile.learnedLength)): \(learned ? "yes" : "no")")
            }
        }
        let checkLength = TrainingAttempts.checkLength(c)
        if let attempts {
            let checks = attempts.map { a in a.check.map { String(format: "%.3f", $0) } ?? "diverged" }.joined(separator: ", ")
            Swift.print("attempts: \(attempts.count) (held-out accuracy at \(checkLength): \(checks)); kept attempt \(keptAttempt)"
                        + (keptAttempt > 1 ? " (seed \(c.seed)\(attempts[keptAttempt - 1].guidance.map { ", guidance \($0)" } ?? "")"
                           + "\(attempts[keptAttempt - 1].learningRate.map { ", learning rate \($0)" } ?? ""))" : ""))
        }
        if let theory, let p = theory.prediction(c.model.family) {
            Swift.print("theory: predicted minimal depth \(p.minimalDepth.map(String.init) ?? "none (no depth suffices)") (\(p.basis)); "
                        + "chance level \(String(format: "%.4f", theory.chance))")
        }
        guard json else { return }
        var object: [String: Any] = [
            "model": c.model.family.rawValue, "layers": c.model.layers, "steps": result.steps, "seed": runSeed ?? c.seed, "training_seed": c.seed,
            "wall_seconds": finite(result.wallSeconds), "width": c.model.width, "state": c.model.state, "batch": c.batchSize,
            "train_length": c.trainLength, "learning_rate": Self.decimal(c.learningRate), "final_loss": finite(Double(result.finalLoss)),
            "longest_length_above_90": result.longestLengthAbove90 as Any? ?? NSNull(),
            "evaluations": Self.objects(result.evaluations), "evaluation_precision": precision,
            "guidance": c.isGuided ? (c.guidanceLabels ?? .derivedSeries).rawValue : "none", "curriculum_steps": c.curriculumSteps,
        ]
        if !isRegression {
            object["break_length"] = profile.breakLength as Any? ?? NSNull()
            object["learned"] = profile.learned as Any? ?? NSNull()
        }
        if let attempts {
            object["attempts"] = attempts.map { a -> [String: Any] in
                var o: [String: Any] = ["attempt": a.attempt, "seed": a.seed, "check_accuracy": a.check.map { $0 as Any } ?? NSNull(),
                                        "check_length": checkLength, "wall_seconds": finite(a.wallSeconds)]
                if let g = a.guidance { o["guidance"] = g }
                if let lr = a.learningRate { o["learning_rate"] = Self.decimal(lr) }
                return o
            }
            object["kept_attempt"] = keptAttempt
        }
        if let doubleEvaluations { object["evaluations_double"] = Self.objects(doubleEvaluations) }
        if let theory {
            let p = theory.prediction(c.model.family)
            object["predicted_min_depth"] = p?.minimalDepth as Any? ?? NSNull()
            object["prediction_basis"] = p?.basis ?? NSNull()
            object["derived_length"] = theory.derivedLength as Any? ?? NSNull()
            object["chance_level"] = theory.chance
        }
        if let groupName { object["group"] = groupName } else { object["task"] = result.task }
        Swift.print(try JSONLine.encode(object))
    }

    /// A title, then one row per evaluation length with the given accuracies.
    private func printRows(_ title: String, _ values: (Evaluation) -> [Double]?) {
        Swift.print(title)
        for e in result.evaluations {
            Swift.print(String(format: "%6d  ", e.length) + (values(e) ?? []).map { String(format: "%.4f", $0) }.joined(separator: "  "))
        }
    }

    /// JSON has no NaN or infinity: such values are written as null.
    private func finite(_ x: Double) -> Any { x.isFinite ? x : NSNull() }

    /// A Float as the Double of its shortest decimal form (0.003, not 0.003000000026077032).
    static func decimal(_ x: Float) -> Double { Double("\(x)") ?? Double(x) }

    private static func objects(_ evaluations: [Evaluation]) -> [[String: Any]] {
        evaluations.map { e in
            var o: [String: Any] = ["length": e.length, "per_token_accuracy": e.perTokenAccuracy, "sequence_accuracy": e.sequenceAccuracy]
            if let mse = e.mse { o["mse"] = mse.isFinite ? mse : NSNull() }
            if let cosets = e.cosetAccuracy { o["coset_accuracy"] = cosets }
            if let heads = e.headAccuracy { o["head_accuracy"] = heads }
            if let steps = e.stepAccuracy { o["step_accuracy"] = steps }
            if let states = e.stateAccuracy { o["state_accuracy"] = states }
            return o
        }
    }
}
