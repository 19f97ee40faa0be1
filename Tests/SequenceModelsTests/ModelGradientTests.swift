import Foundation
import Testing
import FloatBackend
@testable import SequenceModels

private func maximumGradientError(_ config: ModelConfig, form: DiagonalRecurrence.Form = .sequential, auxiliaryWeight: Double = 0,
                                  phaseOrders: [Int] = [], rootPenalty: Double = 0) throws -> Double {
    let model = try SequenceModel(config: config, seed: 3)
    let params = model.parameters.map(Double.init)
    let (batch, length) = (2, 5)
    let tokens = (0..<(batch * length)).map { ($0 * 7 + 1) % config.vocabulary }
    let targets = (0..<(batch * length)).map { ($0 * 5 + 2) % config.outputs }
    let auxiliary = config.auxiliaryOutputs.map { classes in (0..<(batch * length)).map { ($0 * 3 + 1) % classes } }
    let transitions = config.transitionOutputs.map { classes in classes == 0 ? [] : (0..<(batch * length)).map { ($0 * 2 + 1) % classes } }
    let states = config.stateOutputs.map { classes in classes == 0 ? [] : (0..<(batch * length)).map { ($0 * 5 + 3) % classes } }
    func run(_ p: [Double]) -> (loss: Double, gradient: [Double], outputs: Tensor<Double>) {
        SequenceModel.lossAndGradient(config: config, layout: model.layout, parameters: p, tokens: tokens, batch: batch,
                                      length: length, form: form, auxiliaryTargets: auxiliary, auxiliaryWeight: auxiliaryWeight,
                                      transitionTargets: transitions, stateTargets: states, phaseOrders: phaseOrders,
                                      rootPenalty: rootPenalty) { let r = SoftmaxCrossEntropy.evaluate(logits: $0, targets: targets); return (r.loss, r.gradient) }
    }
    let analytic = run(params).gradient
    var worst = 0.0
    let h = 1e-6
    for i in params.indices {
        var plus = params, minus = params
        plus[i] += h
        minus[i] -= h
        let numeric = (run(plus).loss - run(minus).loss) / (2 * h)
        worst = max(worst, abs(numeric - analytic[i]) / max(1, abs(numeric)))
    }
    return worst
}



@Test(arguments: MixerFamily.allCases)
func wholeModelGradientMatchesFiniteDifferences(family: MixerFamily) throws {
    let config = ModelConfig(family: family, layers: 2, width: 4, state: 2, mlpHidden: 5, vocabulary: 3, outputs: 3, norm: .rms)
    #expect(try maximumGradientError(config) < 1e-6)
}

@Test(arguments: [Normalization.none, .layer])
func wholeModelGradientMatchesFiniteDifferencesForEachNorm(norm: Normalization) throws {
    let config = ModelConfig(family: .dcd, layers: 2, width: 4, state: 2, mlpHidden: 5, vocabulary: 3, outputs: 3,
                             norm: norm, activation: .gelu)
    #expect(try maximumGradientError(config) < 1e-6)
}

@Test(arguments: [Normalization.rms, .none])
func wholeModelGradientWithAuxiliaryHeadsMatchesFiniteDifferences(norm: Normalization) throws {
    // Guided training: heads after layers 0 and 1 of 3, weighted 0.7; their loss reaches every earlier parameter.
    let config = ModelConfig(family: .dcd, layers: 3, width: 4, state: 2, mlpHidden: 5, vocabulary: 6, outputs: 6, norm: norm,
                             auxiliaryOutputs: [2, 3])
    #expect(try maximumGradientError(config, auxiliaryWeight: 0.7) < 1e-6)
    let layout = ParameterLayout(config: config)
    #expect(layout.entry("aux.1.weight")?.shape == [4, 3])
    // The heads come after the readout, so the rest of the layout is that of the unguided model.
    var plain = config
    plain.auxiliaryOutputs = []
    #expect(Array(layout.entries.prefix(ParameterLayout(config: plain).entries.count)) == ParameterLayout(config: plain).entries)
}

@Test func wholeModelGradientWithTransitionHeadsMatchesFiniteDifferences() throws {
    // --guidance steps: a head after layer 0 and heads on the transitions of layers 0 and 2 (none
    // on layer 1), weighted 0.7; their loss reaches the angles of those layers and everything below.
    let config = ModelConfig(family: .dcd, layers: 3, width: 4, state: 2, mlpHidden: 5, vocabulary: 6, outputs: 6,
                             auxiliaryOutputs: [4], transitionOutputs: [3, 0, 2])
    #expect(try maximumGradientError(config, auxiliaryWeight: 0.7) < 1e-6)
    let layout = ParameterLayout(config: config)
    #expect(layout.entry("transition.0.weight")?.shape == [4, 3])
    #expect(layout.entry("transition.1.weight") == nil)
    #expect(layout.entry("transition.2.bias")?.shape == [2])
    // They come last, so the rest of the layout is that of the model without them.
    var plain = config
    plain.transitionOutputs = []
    #expect(Array(layout.entries.prefix(ParameterLayout(config: plain).entries.count)) == ParameterLayout(config: plain).entries)
    // The transition heads' loss moves the gradient: it is not silently dropped.
    let model = try SequenceModel(config: config, seed: 3)
    let tokens = (0..<10).map { $0 % 6 }, targets = (0..<10).map { $0 % 6 }
    func gradient(_ transitions: [[Int]]) -> [Double] {
        SequenceModel.lossAndGradient(config: config, layout: layout, parameters: model.parameters.map(Double.init), tokens: tokens,
                                      batch: 2, length: 5, auxiliaryWeight: 0.7, transitionTargets: transitions) {
            let r = SoftmaxCrossEntropy.evaluate(logits: $0, targets: targets); return (r.loss, r.gradient)
        }.gradient
    }
    let angles = try #require(layout.entry("layers.0.mixer.in.weight"))
    let with = gradient([targets.map { $0 % 3 }, [], targets.map { $0 % 2 }]), without = gradient([])
    #expect(with[angles.range] != without[angles.range])
    // A family without phases cannot have them.
    var real = config
    real.family = .real11
    #expect(throws: ModelError.self) { try real.validate() }
}

@Test func wholeModelGradientWithTheRootPenaltyMatchesFiniteDifferences() throws {
    // --root-penalty: angle orders 2, 1 (none) and 5 on three dcd layers, weight 0.4, beside a
    // transition head; the penalty reaches the angles of layers 0 and 2 and everything below.
    let config = ModelConfig(family: .dcd, layers: 3, width: 4, state: 2, mlpHidden: 5, vocabulary: 6, outputs: 6,
                             transitionOutputs: [3, 0, 0])
    #expect(try maximumGradientError(config, phaseOrders: [2, 1, 5], rootPenalty: 0.4) < 1e-6)
    // The penalty is the mean of 1 - cos(e theta): zero where every angle is an e-th root of unity.
    let roots = (0..<6).map { k in 2 * Double.pi * Double(k) / 3 }
    let onRoots = RootPenalty.evaluate(aRe: Tensor(shape: [2, 3], storage: roots.map(cos)), aIm: Tensor(shape: [2, 3], storage: roots.map(sin)),
                                       order: 3, weight: 1)
    #expect(abs(onRoots.loss) < 1e-12 && onRoots.angleGradient.storage.allSatisfy { abs($0) < 1e-12 })
    let off = RootPenalty.evaluate(aRe: Tensor(shape: [1, 1], storage: [cos(0.1)]), aIm: Tensor(shape: [1, 1], storage: [sin(0.1)]), order: 3, weight: 2)
    #expect(abs(off.loss - 2 * (1 - cos(0.3))) < 1e-12 && abs(off.angleGradient.storage[0] - 2 * 3 * sin(0.3)) < 1e-12)
}

@Test(arguments: MixerFamily.allCases)
func wholeModelGradientWithStateHeadsMatchesFiniteDifferences(family: MixerFamily) throws {
    // --guidance states: heads on the states of layers 0 and 1 (none on layer 2), any family.
    let config = ModelConfig(family: family, layers: 3, width: 4, state: 2, mlpHidden: 5, vocabulary: 6, outputs: 6,
                             auxiliaryOutputs: [4], stateOutputs: [2, 3])
    #expect(try maximumGradientError(config, auxiliaryWeight: 0.7) < 1e-6)
    let layout = ParameterLayout(config: config)
    #expect(layout.entry("state.1.weight")?.shape == [family.featureWidth(state: 2), 3])
    #expect(layout.entry("state.2.weight") == nil)
}

@Test func wholeModelGradientMatchesFiniteDifferencesWithScanForm() throws {
    let config = ModelConfig(family: .dcd, layers: 1, width: 4, state: 3, mlpHidden: 4, vocabulary: 3, outputs: 2)
    #expect(try maximumGradientError(config, form: .associative) < 1e-6)
}
