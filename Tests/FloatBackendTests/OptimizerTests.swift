import Testing
@testable import FloatBackend

@Test func adamWDrivesAQuadraticTowardsItsMinimum() {
    var params: [Float] = [3, -2]
    var adam = AdamW(parameterCount: 2, weightDecay: 0)
    for _ in 0..<500 {
        let grads = params.map { 2 * ($0 - 1) }
        adam.update(parameters: &params, gradients: grads, decayMask: [true, true], learningRate: 0.05)
    }
    #expect(params.allSatisfy { abs($0 - 1) < 1e-2 })
}

@Test func adamWDecaysOnlyMaskedParameters() {
    var params: [Float] = [1, 1]
    var adam = AdamW(parameterCount: 2, weightDecay: 0.5)
    adam.update(parameters: &params, gradients: [0, 0], decayMask: [true, false], learningRate: 0.1)
    #expect(params[0] < 1 && params[1] == 1)
}

@Test func clippingBoundsTheGlobalNorm() {
    var grads: [Float] = [3, 4]
    let norm = GradientClipping.clipByGlobalNorm(&grads, maximumNorm: 1)
    #expect(norm == 5)
    #expect(abs((grads[0] * grads[0] + grads[1] * grads[1]).squareRoot() - 1) < 1e-6)
}

@Test func scheduleWarmsUpLinearlyThenDecaysToTheFloor() {
    let s = LearningRateSchedule(peak: 1, warmupSteps: 10, totalSteps: 110, finalFraction: 0.1)
    #expect(abs(s.rate(at: 4) - 0.5) < 1e-6)
    #expect(abs(s.rate(at: 10) - 1) < 1e-6)
    #expect(abs(s.rate(at: 60) - 0.55) < 1e-6)
    #expect(abs(s.rate(at: 110) - 0.1) < 1e-6)
}

@Test func splitMixStreamsAreReproducible() {
    var a = SplitMix64(seed: 7, stream: 3), b = SplitMix64(seed: 7, stream: 3), c = SplitMix64(seed: 7, stream: 4)
    let x = a.next()
    #expect(x == b.next())
    #expect(x != c.next())
}
