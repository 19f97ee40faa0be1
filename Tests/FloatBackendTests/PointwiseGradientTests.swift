import Testing
@testable import FloatBackend

@Test(arguments: Activation.allCases)
func activationGradientMatchesFiniteDifferences(activation: Activation) {
    // Offset away from 0 so ReLU's kink is not straddled by the finite difference.
    let x = GradientCheck.random(12, seed: 11).map { $0 + ($0 >= 0 ? 0.01 : -0.01) }
    let probe = GradientCheck.random(12, seed: 12)
    func loss(_ v: [Double]) -> Double {
        GradientCheck.dot(activation.forward(Tensor(shape: [3, 4], storage: v)).storage, probe)
    }
    let dx = activation.backward(Tensor(shape: [3, 4], storage: x), outputGradient: Tensor(shape: [3, 4], storage: probe))
    #expect(GradientCheck.maximumError(at: x, analytic: dx.storage, loss: loss) < 1e-7)
}

@Test(arguments: [Normalization.rms, .layer])
func normalizationGradientMatchesFiniteDifferences(norm: Normalization) {
    let (n, d) = (3, 5)
    let x = GradientCheck.random(n * d, seed: 13)
    let params = GradientCheck.random(norm.parameterCount(width: d), seed: 14)
    let probe = GradientCheck.random(n * d, seed: 15)
    func loss(_ v: [Double]) -> Double {
        let y = norm.forward(Tensor(shape: [n, d], storage: Array(v[0..<(n * d)])), parameters: Array(v[(n * d)...])).y
        return GradientCheck.dot(y.storage, probe)
    }
    let xt = Tensor(shape: [n, d], storage: x)
    let (_, inv) = norm.forward(xt, parameters: params)
    var dp = [Double](repeating: 0, count: params.count)
    let dx = dp.withUnsafeMutableBufferPointer {
        norm.backward(xt, inverseScale: inv, parameters: params, outputGradient: Tensor(shape: [n, d], storage: probe), parameterGradient: $0.baseAddress!)
    }
    #expect(GradientCheck.maximumError(at: x + params, analytic: dx.storage + dp, loss: loss) < 1e-6)
}

@Test func noNormalizationIsTheIdentity() {
    let x = Tensor(shape: [2, 3], storage: GradientCheck.random(6, seed: 16))
    #expect(Normalization.none.forward(x, parameters: nil).y == x)
}

@Test func softmaxCrossEntropyGradientMatchesFiniteDifferences() {
    let (n, c) = (4, 5)
    let logits = GradientCheck.random(n * c, seed: 17), targets = [0, 4, 2, 2]
    func loss(_ v: [Double]) -> Double { SoftmaxCrossEntropy.evaluate(logits: Tensor(shape: [n, c], storage: v), targets: targets).loss }
    let result = SoftmaxCrossEntropy.evaluate(logits: Tensor(shape: [n, c], storage: logits), targets: targets)
    #expect(GradientCheck.maximumError(at: logits, analytic: result.gradient.storage, loss: loss) < 1e-7)
}

@Test func softmaxCrossEntropyOfNaNLogitsIsNaNNotATrap() {
    let result = SoftmaxCrossEntropy.evaluate(logits: Tensor<Float>(shape: [1, 3], storage: [0, .nan, 1]), targets: [2])
    #expect(!result.loss.isFinite)
}

@Test func meanSquaredErrorGradientMatchesFiniteDifferences() {
    let y = GradientCheck.random(6, seed: 18), target = GradientCheck.random(6, seed: 19)
    func loss(_ v: [Double]) -> Double {
        MeanSquaredError.evaluate(prediction: Tensor(shape: [2, 3], storage: v), target: Tensor(shape: [2, 3], storage: target)).loss
    }
    let g = MeanSquaredError.evaluate(prediction: Tensor(shape: [2, 3], storage: y), target: Tensor(shape: [2, 3], storage: target)).gradient
    #expect(GradientCheck.maximumError(at: y, analytic: g.storage, loss: loss) < 1e-7)
}
