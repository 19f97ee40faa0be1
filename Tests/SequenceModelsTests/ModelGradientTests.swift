import Testing
import FloatBackend
@testable import SequenceModels

private func maximumGradientError(_ config: ModelConfig, form: DiagonalRecurrence.Form = .sequential) throws -> Double {
    let model = try SequenceModel(config: config, seed: 3)
    let params = model.parameters.map(Double.init)
    let (batch, length) = (2, 5)
    let tokens = (0..<(batch * length)).map { ($0 * 7 + 1) % config.vocabulary }
    let targets = (0..<(batch * length)).map { ($0 * 5 + 2) % config.outputs }
    func run(_ p: [Double]) -> (loss: Double, gradient: [Double], outputs: Tensor<Double>) {
        SequenceModel.lossAndGradient(config: config, layout: model.layout, parameters: p, tokens: tokens, batch: batch,
                                      length: length, form: form) { let r = SoftmaxCrossEntropy.evaluate(logits: $0, targets: targets); return (r.loss, r.gradient) }
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

@Test func wholeModelGradientMatchesFiniteDifferencesWithScanForm() throws {
    let config = ModelConfig(family: .dcd, layers: 1, width: 4, state: 3, mlpHidden: 4, vocabulary: 3, outputs: 2)
    #expect(try maximumGradientError(config, form: .associative) < 1e-6)
}
