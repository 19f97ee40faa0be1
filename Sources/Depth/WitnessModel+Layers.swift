import Foundation
import SequenceModels

extension WitnessModel {
    /// Transition phases from the letter's coordinates; b = 0; initial state 1; output map copies.
    static func setMixer(_ w: inout WeightSheet, layer l: Int, cascade: WitnessCascade, stream: WitnessStreamLayout,
                         copied: [Int], state s: Int) {
        let p = "layers.\(l).mixer."
        let layer = cascade.layers[l], moduli = layer.quotient.moduli
        let alphabet = stream.alphabet(ofLayer: l)
        for (position, g) in layer.top.members.enumerated() {
            let row = l == 0 ? stream.token.lowerBound + g : alphabet.lowerBound + position
            let a = layer.quotient.coordinates(ofCode: layer.projection(g)!)
            for (i, n) in moduli.enumerated() {
                w.set(p + "in.weight", row, i, Float(phase(a[i], n)))
            }
        }
        for i in 0..<moduli.count { w.set(p + "initial_state", i, 1) }
        for j in 0..<(2 * s) { w.set(p + "out.weight", j, j, 1) }
        for (m, column) in copied.enumerated() { w.set(p + "out.weight", 2 * s + column, 2 * s + m, 1) }
    }

    /// The decoding units (see the type's documentation).
    static func setMLP(_ w: inout WeightSheet, layer l: Int, cascade: WitnessCascade, stream: WitnessStreamLayout,
                       copied: [Int], state s: Int) {
        let k = cascade.layers.count, layer = cascade.layers[l], q = layer.quotient
        let delta = decisionOffset(moduli: q.moduli)
        var unit = 0
        // A decision fires when the state reads `code` and the copied one-hot inputs at `hot` are on:
        // pre-activation P = 1 then, P <= -1 otherwise. It is written as the pair
        // ReLU(2P) - ReLU(2P - 1), which is exactly 1 for any P >= 1/2 and 0 for P <= 0 (margin 1
        // on both sides): the one-hot it writes does not carry the state's rounding error into the
        // next layer's transition angle, where it would accumulate over time.
        func addUnit(code: Int, hot: [Int], writes column: Int) {
            let a = q.coordinates(ofCode: code)
            let bias = (-Double(q.moduli.count) - Double(hot.count) + delta) / delta
            for (shift, sign) in [(0.0, Float(1)), (-1.0, Float(-1))] {
                for (i, n) in q.moduli.enumerated() {
                    w.set("layers.\(l).mlp.up.weight", i, unit, Float(2 * cos(phase(a[i], n)) / delta))
                    w.set("layers.\(l).mlp.up.weight", s + i, unit, Float(2 * sin(phase(a[i], n)) / delta))
                }
                for m in hot { w.set("layers.\(l).mlp.up.weight", 2 * s + m, unit, Float(2 / delta)) }
                w.set("layers.\(l).mlp.up.bias", unit, Float(2 * bias + shift))
                w.set("layers.\(l).mlp.down.weight", unit, column, sign)
                unit += 1
            }
        }
        if l < k - 1 {
            let next = cascade.series[l + 1]
            let nextPosition = Dictionary(uniqueKeysWithValues: next.members.enumerated().map { ($1, $0) })
            for code in 0..<q.order {
                for (position, g) in layer.top.members.enumerated() {
                    let previous = q.subtract(code, layer.projection(g)!)
                    let kappa = layer.kappa(previous, g)!
                    addUnit(code: code, hot: [position], writes: stream.emitted[l].lowerBound + nextPosition[kappa]!)
                }
                addUnit(code: code, hot: [], writes: stream.states[l].lowerBound + code)
            }
        } else {
            // Tuples of earlier states (codes), then this layer's own code.
            let earlier = cascade.layers.dropLast().map(\.quotient.order)
            var offsets: [Int] = [], offset = 0
            for o in earlier { offsets.append(offset); offset += o }
            for tuple in 0..<(earlier.reduce(1, *) * q.order) {
                var rest = tuple, codes: [Int] = []
                for o in earlier + [q.order] { codes.append(rest % o); rest /= o }
                let hot = zip(offsets, codes).map { $0 + $1 }
                let y = cascade.decode(states: codes)
                addUnit(code: codes[codes.count - 1], hot: hot, writes: stream.product.lowerBound + y)
            }
        }
    }

    /// Angle 2 pi a / n, reduced to (-pi, pi].
    static func phase(_ a: Int, _ n: Int) -> Double {
        let r = a % n
        return 2 * Double.pi * Double(2 * r > n ? r - n : r) / Double(n)
    }

    /// delta: a wrong phase in one coordinate costs at least 1 - cos(2 pi / n) >= 2 delta, a wrong
    /// one-hot costs 1 >= 2 delta; so scaled by 1/delta the pre-activation is 1 or at most -1.
    static func decisionOffset(moduli: [Int]) -> Double {
        let widest = moduli.max() ?? 2
        return min((1 - cos(2 * Double.pi / Double(widest))) / 2, 0.5)
    }
}
