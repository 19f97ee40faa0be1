import Testing
@testable import FloatBackend

@Test func matrixProductMatchesNaiveSum() {
    let (m, k, n) = (7, 5, 9)
    let a = Tensor(shape: [m, k], storage: GradientCheck.random(m * k, seed: 1))
    let b = Tensor(shape: [k, n], storage: GradientCheck.random(k * n, seed: 2))
    let c = MatMul.multiply(a, b)
    for i in 0..<m {
        for j in 0..<n {
            let expected = (0..<k).reduce(0.0) { $0 + a[i, $1] * b[$1, j] }
            #expect(abs(c[i, j] - expected) < 1e-12)
        }
    }
}

@Test func largeMatrixProductIsBitIdenticalAcrossRuns() {
    let (m, k, n) = (96, 64, 80)
    let a = Tensor(shape: [m, k], storage: GradientCheck.random(m * k, seed: 3).map(Float.init))
    let b = Tensor(shape: [k, n], storage: GradientCheck.random(k * n, seed: 4).map(Float.init))
    #expect(MatMul.multiply(a, b) == MatMul.multiply(a, b))
}

@Test func linearGradientMatchesFiniteDifferences() {
    let (n, k, m) = (5, 4, 3)
    let x = GradientCheck.random(n * k, seed: 5), w = GradientCheck.random(k * m, seed: 6)
    let bias = GradientCheck.random(m, seed: 7), probe = GradientCheck.random(n * m, seed: 8)
    func loss(_ v: [Double]) -> Double {
        let xs = Tensor(shape: [n, k], storage: Array(v[0..<(n * k)]))
        let ws = Array(v[(n * k)..<(n * k + k * m)]), bs = Array(v[(n * k + k * m)...])
        let y = Linear.forward(xs, weight: ws, bias: bs, outputs: m)
        return GradientCheck.dot(y.storage, probe)
    }
    var dw = [Double](repeating: 0, count: k * m), db = [Double](repeating: 0, count: m)
    let dx = dw.withUnsafeMutableBufferPointer { pdw in
        db.withUnsafeMutableBufferPointer { pdb in
            Linear.backward(Tensor(shape: [n, k], storage: x), weight: w, outputGradient: Tensor(shape: [n, m], storage: probe),
                            weightGradient: pdw.baseAddress!, biasGradient: pdb.baseAddress!, needsInputGradient: true)!
        }
    }
    let error = GradientCheck.maximumError(at: x + w + bias, analytic: dx.storage + dw + db, loss: loss)
    #expect(error < 1e-7)
}

@Test func embeddingGradientMatchesFiniteDifferences() {
    let (vocabulary, width) = (4, 3)
    let tokens = [2, 0, 2, 3, 1, 2]
    let table = GradientCheck.random(vocabulary * width, seed: 9), probe = GradientCheck.random(tokens.count * width, seed: 10)
    func loss(_ v: [Double]) -> Double {
        GradientCheck.dot(Embedding.forward(tokens: tokens, table: v, width: width).storage, probe)
    }
    var grad = [Double](repeating: 0, count: table.count)
    grad.withUnsafeMutableBufferPointer {
        Embedding.backward(tokens: tokens, outputGradient: Tensor(shape: [tokens.count, width], storage: probe), tableGradient: $0.baseAddress!)
    }
    #expect(GradientCheck.maximumError(at: table, analytic: grad, loss: loss) < 1e-7)
}

@Test func floatTileKernelMatchesDoubleProductOnRaggedShapes() {
    let (m, k, n) = (11, 13, 37)
    let a = GradientCheck.random(m * k, seed: 40), b = GradientCheck.random(k * n, seed: 41)
    let exact = MatMul.multiply(Tensor(shape: [m, k], storage: a), Tensor(shape: [k, n], storage: b))
    let fast = MatMul.multiply(Tensor(shape: [m, k], storage: a.map(Float.init)), Tensor(shape: [k, n], storage: b.map(Float.init)))
    #expect(zip(exact.storage, fast.storage).allSatisfy { abs($0 - Double($1)) < 1e-4 })
}

@Test(arguments: [false, true])
func transposedLeftFactorMatchesExplicitTranspose(useFloat: Bool) {
    let (m, k, n) = (9, 21, 35)
    let at = GradientCheck.random(k * m, seed: 42), b = GradientCheck.random(k * n, seed: 43)
    let a = at.withUnsafeBufferPointer { MatMul.transpose($0.baseAddress!, rows: k, columns: m) }
    let expected = MatMul.multiply(Tensor(shape: [m, k], storage: a), Tensor(shape: [k, n], storage: b))
    if useFloat {
        var c = [Float](repeating: 0, count: m * n)
        MatMul.multiply(at.map(Float.init), b.map(Float.init), into: &c, m: m, k: k, n: n, accumulate: false, transposedA: true)
        #expect(zip(expected.storage, c).allSatisfy { abs($0 - Double($1)) < 1e-4 })
    } else {
        var c = [Double](repeating: 0, count: m * n)
        MatMul.multiply(at, b, into: &c, m: m, k: k, n: n, accumulate: false, transposedA: true)
        #expect(zip(expected.storage, c).allSatisfy { abs($0 - $1) < 1e-12 })
    }
}
