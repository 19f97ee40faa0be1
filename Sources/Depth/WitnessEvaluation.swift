import FloatBackend
import Foundation
import SequenceModels

/// How a witness model does on random words of one length, in one precision.
public struct WitnessRun: Sendable, Codable, Equatable {
    public var length: Int
    public var sequences: Int
    /// "float" or "double".
    public var precision: String
    public var perTokenAccuracy: Double
    /// Smallest distance (radians) from any state's phase to the nearest decision boundary of its
    /// cyclic factor, pi/n minus the phase error; the decoder is exact while this is positive.
    public var phaseMargin: Double
}

extension WitnessModel {
    /// Runs the model on `sequences` uniform random words of each length, in Float and in Double,
    /// and compares every position with the exact prefix product.
    public func evaluate(lengths: [Int], sequences: Int, seed: UInt64) throws -> [WitnessRun] {
        var runs: [WitnessRun] = []
        for length in lengths {
            var rng = SplitMix64(seed: seed, stream: UInt64(length))
            let words = (0..<sequences).map { _ in (0..<length).map { _ in Int(rng.next() % UInt64(cascade.group.order)) } }
            runs.append(try run(words, length: length, as: Float.self, precision: "float"))
            runs.append(try run(words, length: length, as: Double.self, precision: "double"))
        }
        return runs
    }

    private func run<T: FloatScalar & BinaryFloatingPoint>(_ words: [[Int]], length: Int, as: T.Type, precision: String) throws -> WitnessRun {
        var correct = 0
        var margin = Double.infinity
        for word in words {
            let (outputs, features) = try model.outputsAndMixerFeatures(tokens: word, batch: 1, length: length, as: T.self)
            let trace = try cascade.run(word)
            for t in 0..<length {
                var best = 0
                for c in 1..<outputs.columns where outputs[t, c] > outputs[t, best] { best = c }
                if best == trace.products[t] { correct += 1 }
            }
            margin = min(margin, phaseMargin(features: features, trace: trace, length: length))
        }
        return WitnessRun(length: length, sequences: words.count, precision: precision,
                          perTokenAccuracy: Double(correct) / Double(words.count * length), phaseMargin: margin)
    }

    private func phaseMargin<T: FloatScalar & BinaryFloatingPoint>(features: [Tensor<T>], trace: CascadeTrace, length: Int) -> Double {
        var margin = Double.infinity
        let s = model.config.state
        for (l, layer) in cascade.layers.enumerated() {
            let moduli = layer.quotient.moduli
            for t in 0..<length {
                let a = layer.quotient.coordinates(ofCode: trace.states[l][t])
                for (i, n) in moduli.enumerated() {
                    let angle = atan2(Double(features[l][t, s + i]), Double(features[l][t, i]))
                    var error = abs(angle - WitnessModel.phase(a[i], n))
                    if error > Double.pi { error = 2 * Double.pi - error }
                    margin = min(margin, Double.pi / Double(n) - error)
                }
            }
        }
        return margin
    }
}
