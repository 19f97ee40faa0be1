import Foundation

/// What `tower construct` prints: the series, the model's size, and accuracy per length and
/// precision with the phase margin.
public struct WitnessReport {
    public let group: String
    public let witness: WitnessModel
    public let runs: [WitnessRun]
    public let modelOut: String?

    public init(group: String, witness: WitnessModel, runs: [WitnessRun], modelOut: String?) {
        self.group = group; self.witness = witness; self.runs = runs; self.modelOut = modelOut
    }

    /// Lowest per-token accuracy over all runs.
    public var accuracy: Double { runs.map(\.perTokenAccuracy).min() ?? 0 }
    /// Smallest phase margin over all runs (radians).
    public var phaseMargin: Double { runs.map(\.phaseMargin).min() ?? 0 }

    public var text: String {
        let c = witness.model.config, cascade = witness.cascade
        var lines = [
            "group \(group): order \(cascade.group.order), witness with \(c.layers) dcd layer\(c.layers == 1 ? "" : "s")",
            "series orders: " + cascade.series.map { String($0.count) }.joined(separator: " > "),
        ]
        for (l, layer) in cascade.layers.enumerated() {
            let factor = layer.quotient.moduli.isEmpty ? "1" : layer.quotient.moduli.map { "Z\($0)" }.joined(separator: " x ")
            lines.append("  layer \(l + 1): N_\(l)/N_\(l + 1) = \(factor)")
        }
        lines.append("model: width \(c.width), state \(c.state), MLP hidden \(c.mlpHidden), norm \(c.norm.rawValue), \(witness.model.parameters.count) parameters")
        lines.append("length  words  precision  per-token accuracy  phase margin (rad)")
        for r in runs {
            lines.append(pad(String(r.length), 6) + "  " + pad(String(r.sequences), 5) + "  " + pad(r.precision, 9) + "  "
                         + pad(String(format: "%.6f", r.perTokenAccuracy), 18) + "  " + String(format: "%.6f", r.phaseMargin))
        }
        lines.append(String(format: "lowest accuracy %.6f, smallest phase margin %.6f rad", accuracy, phaseMargin))
        if let modelOut { lines.append("model written to \(modelOut)") }
        return lines.joined(separator: "\n")
    }

    public var jsonObject: [String: Any] {
        let c = witness.model.config
        var object: [String: Any] = [
            "group": group,
            "order": witness.cascade.group.order,
            "layers": c.layers,
            "factors": witness.cascade.layers.map(\.quotient.moduli),
            "series_orders": witness.cascade.series.map(\.count),
            "width": c.width, "state": c.state, "mlp_hidden": c.mlpHidden, "norm": c.norm.rawValue,
            "parameters": witness.model.parameters.count,
            "accuracy": accuracy,
            "phase_margin": phaseMargin,
            "runs": runs.map { ["length": $0.length, "sequences": $0.sequences, "precision": $0.precision,
                                "per_token_accuracy": $0.perTokenAccuracy, "phase_margin": $0.phaseMargin] as [String: Any] },
        ]
        if let modelOut { object["model_out"] = modelOut }
        return object
    }

    /// The JSON object printed when no witness exists.
    public static func refusalObject(group: String, _ refusal: WitnessError) -> [String: Any] {
        var object: [String: Any] = ["group": group, "refused": true, "reason": refusal.description]
        switch refusal {
        case let .notSolvable(order, gens):
            object["perfect_residuum"] = ["order": order, "generators": gens]
        case let .tooFewLayers(requested, length, order, gens):
            object["layers"] = requested
            object["derived_length"] = length
            object["derived_subgroup"] = ["order": order, "generators": gens]
        default:
            break
        }
        return object
    }

    private func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s : s + String(repeating: " ", count: n - s.count) }
}
