import Testing
@testable import FloatBackend

private let shape = [2, 6, 3]
private let count = 36

@Test(arguments: DiagonalRecurrence.Form.allCases)
func realRecurrenceGradientMatchesFiniteDifferences(form: DiagonalRecurrence.Form) {
    let a = GradientCheck.random(count, seed: 20, scale: 0.6), b = GradientCheck.random(count, seed: 21)
    let probe = GradientCheck.random(count, seed: 22)
    func loss(_ v: [Double]) -> Double {
        let h = DiagonalRecurrence.forward(a: Tensor(shape: shape, storage: Array(v[0..<count])),
                                           b: Tensor(shape: shape, storage: Array(v[count...])), form: form)
        return GradientCheck.dot(h.storage, probe)
    }
    let at = Tensor(shape: shape, storage: a)
    let h = DiagonalRecurrence.forward(a: at, b: Tensor(shape: shape, storage: b), form: form)
    let (da, db) = DiagonalRecurrence.backward(a: at, h: h, outputGradient: Tensor(shape: shape, storage: probe), form: form)
    #expect(GradientCheck.maximumError(at: a + b, analytic: da.storage + db.storage, loss: loss) < 1e-7)
}

@Test(arguments: DiagonalRecurrence.Form.allCases)
func complexRecurrenceGradientMatchesFiniteDifferences(form: DiagonalRecurrence.Form) {
    let values = GradientCheck.random(4 * count, seed: 23, scale: 0.6)
    let probe = GradientCheck.random(2 * count, seed: 24)
    func split(_ v: [Double], _ i: Int) -> Tensor<Double> { Tensor(shape: shape, storage: Array(v[(i * count)..<((i + 1) * count)])) }
    func loss(_ v: [Double]) -> Double {
        let h = DiagonalRecurrence.forward(a: ComplexTensor(re: split(v, 0), im: split(v, 1)),
                                           b: ComplexTensor(re: split(v, 2), im: split(v, 3)), form: form)
        return GradientCheck.dot(h.re.storage + h.im.storage, probe)
    }
    let a = ComplexTensor(re: split(values, 0), im: split(values, 1))
    let h = DiagonalRecurrence.forward(a: a, b: ComplexTensor(re: split(values, 2), im: split(values, 3)), form: form)
    let dh = ComplexTensor(re: split(probe, 0), im: split(probe, 1))
    let (da, db) = DiagonalRecurrence.backward(a: a, h: h, outputGradient: dh, form: form)
    let analytic = da.re.storage + da.im.storage + db.re.storage + db.im.storage
    #expect(GradientCheck.maximumError(at: values, analytic: analytic, loss: loss) < 1e-7)
}

@Test func sequentialAndScanFormsAgreeOnComplexUnitModulusRecurrence() {
    let longShape = [3, 200, 4], n = 2400
    let theta = Tensor(shape: longShape, storage: GradientCheck.random(n, seed: 25).map(Float.init))
    let a = ComplexTensor.unitPhases(theta)
    let b = ComplexTensor(re: Tensor(shape: longShape, storage: GradientCheck.random(n, seed: 26).map(Float.init)),
                          im: Tensor(shape: longShape, storage: GradientCheck.random(n, seed: 27).map(Float.init)))
    let hs = DiagonalRecurrence.forward(a: a, b: b, form: .sequential)
    let hp = DiagonalRecurrence.forward(a: a, b: b, form: .associative)
    let scale = hs.re.storage.map(abs).max()!
    let worst = zip(hs.re.storage + hs.im.storage, hp.re.storage + hp.im.storage).map { abs($0 - $1) }.max()!
    #expect(worst <= 1e-4 * scale)
}

@Test func sequentialAndScanFormsAgreeOnRealRecurrenceGradients() {
    let a = Tensor(shape: shape, storage: GradientCheck.random(count, seed: 28, scale: 0.5))
    let b = Tensor(shape: shape, storage: GradientCheck.random(count, seed: 29))
    let dh = Tensor(shape: shape, storage: GradientCheck.random(count, seed: 30))
    let hs = DiagonalRecurrence.forward(a: a, b: b, form: .sequential)
    let hp = DiagonalRecurrence.forward(a: a, b: b, form: .associative)
    let gs = DiagonalRecurrence.backward(a: a, h: hs, outputGradient: dh, form: .sequential)
    let gp = DiagonalRecurrence.backward(a: a, h: hp, outputGradient: dh, form: .associative)
    let worst = zip(hs.storage + gs.da.storage + gs.db.storage, hp.storage + gp.da.storage + gp.db.storage).map { abs($0 - $1) }.max()!
    #expect(worst < 1e-12)
}

@Test func denseRecurrenceGradientMatchesFiniteDifferences() {
    let (batch, length, state) = (2, 4, 3)
    let na = batch * length * state * state, nb = batch * length * state
    let a = GradientCheck.random(na, seed: 31, scale: 0.5), b = GradientCheck.random(nb, seed: 32)
    let probe = GradientCheck.random(nb, seed: 33)
    func loss(_ v: [Double]) -> Double {
        let h = DenseRecurrence.forward(a: Tensor(shape: [batch, length, state * state], storage: Array(v[0..<na])),
                                        b: Tensor(shape: [batch, length, state], storage: Array(v[na...])))
        return GradientCheck.dot(h.storage, probe)
    }
    let at = Tensor(shape: [batch, length, state * state], storage: a)
    let h = DenseRecurrence.forward(a: at, b: Tensor(shape: [batch, length, state], storage: b))
    let (da, db) = DenseRecurrence.backward(a: at, h: h, outputGradient: Tensor(shape: [batch, length, state], storage: probe))
    #expect(GradientCheck.maximumError(at: a + b, analytic: da.storage + db.storage, loss: loss) < 1e-7)
}
