import Testing
import FloatBackend
@testable import SequenceModels

private func maximumGradientError(_ config: ModelConfig, form: DiagonalRecurrence.Form = .sequential, auxiliaryWeight: Double = 0) throws -> Double {
    let model = try SequenceModel(config: config, seed: 3)
    let params = model.parameters.map(Double.init)
    let (batch, length) = (2, 5)
    let tokens = (0..<(batch * length)).map { ($0 * 7 + 1) % config.vocabulary }
    let targets = (0..<(batch * length)).map { ($0 * 5 + 2) % config.outputs }
    let auxiliary = config.auxiliaryOutputs.map { classes in (0..<(batch * length)).map { ($0 * 3 + 1) % classes } }
    func run(_ p: [Double]) -> (loss: Double, gradient: [Double], outputs: Tensor<Double>) {
        SequenceModel.lossAndGradient(config: config, layout: model.layout, parameters: p, tokens: tokens, batch: batch,
                                      length: length, form: form, auxiliaryTargets: auxiliary, auxiliaryWeight: auxiliaryWeight) { let r = SoftmaxCrossEntropy.evaluate(logits: $0, targets: targets); return (r.loss, r.gradient) }
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

@Test func wholeModelGradientMatchesFiniteDifferencesWithScanForm() throws {
    let config = ModelConfig(family: .dcd, layers: 1, width: 4, state: 3, mlpHidden: 4, vocabulary: 3, outputs: 2)
    #expect(try maximumGradientError(config, form: .associative) < 1e-6)
}
