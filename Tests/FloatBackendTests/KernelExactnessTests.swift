import Foundation
import Testing
@testable import FloatBackend

/// The Float matrix kernel (6x16 and 6x8 register tiles, aliased tail rows, k blocks) must give
/// the bits of the plain loop `sum = sum + a * b` with one rounding per step in the order
/// p = 0..<k: that is what makes training results independent of tiling and thread count.
@Test(arguments: [(1, 5, 7), (5, 3000, 24), (7, 40, 16), (13, 64, 40), (6, 2500, 37), (64, 700, 192), (11, 1, 8)])
func floatKernelEqualsOrderedFusedLoopBitForBit(shape: (Int, Int, Int)) {
    let (m, k, n) = shape
    let a = GradientCheck.random(m * k, seed: 70).map(Float.init), b = GradientCheck.random(k * n, seed: 71).map(Float.init)
    let start = GradientCheck.random(m * n, seed: 72).map(Float.init)
    let at = a.withUnsafeBufferPointer { MatMul.transpose($0.baseAddress!, rows: m, columns: k) }
    for accumulate in [false, true] {
        var expected = [Float](repeating: 0, count: m * n)
        for i in 0..<m {
            for j in 0..<n {
                var sum: Float = accumulate ? start[i * n + j] : 0
                for p in 0..<k { sum = sum.addingProduct(a[i * k + p], b[p * n + j]) }
                expected[i * n + j] = sum
            }
        }
        var plain = accumulate ? start : [Float](repeating: 0, count: m * n)
        MatMul.multiply(a, b, into: &plain, m: m, k: k, n: n, accumulate: accumulate)
        var transposed = accumulate ? start : [Float](repeating: 0, count: m * n)
        MatMul.multiply(at, b, into: &transposed, m: m, k: k, n: n, accumulate: accumulate, transposedA: true)
        #expect(plain == expected, "m \(m) k \(k) n \(n) accumulate \(accumulate)")
        #expect(transposed == expected, "transposed, m \(m) k \(k) n \(n) accumulate \(accumulate)")
    }
}

@Test func vectorSinCosIsWithinTwoTenthsOfAMillionthOfDouble() {
    var g = SplitMix64(seed: 73)
    var x: [Float] = (0..<20_000).map { _ in Float((g.nextUnit() * 2 - 1) * 6000) }
    x += (0..<2_000).map { _ in Float((g.nextUnit() * 2 - 1) * 4) }
    x += (-40...40).map { Float($0) * Float.pi / 4 } + [0, -0.0, 1e-30, SinCos.vectorLimit, -SinCos.vectorLimit]
    var c = [Float](repeating: 0, count: x.count), s = c
    SinCos.fill(x, count: x.count, cos: &c, sin: &s)
    var worst = 0.0
    for i in x.indices {
        worst = max(worst, abs(Double(c[i]) - cos(Double(x[i]))), abs(Double(s[i]) - sin(Double(x[i]))))
    }
    #expect(worst < 2.4e-7, "largest error \(worst)")
}

@Test func sinCosFallsBackToTheCLibraryOutsideItsRangeAndOnNaN() {
    let x: [Float] = [1e6, -3e7, .infinity, .nan, 7000, 0.5, 1, 2, 3]  // one full lane of 8, one tail value
    var c = [Float](repeating: 0, count: x.count), s = c
    SinCos.fill(x, count: x.count, cos: &c, sin: &s)
    for i in 0..<5 {
        #expect(c[i].bitPattern == Float.cos(x[i]).bitPattern || (c[i].isNaN && Float.cos(x[i]).isNaN), "cos at \(x[i])")
        #expect(s[i].bitPattern == Float.sin(x[i]).bitPattern || (s[i].isNaN && Float.sin(x[i]).isNaN), "sin at \(x[i])")
    }
    #expect(abs(c[5] - Float.cos(0.5)) < 2.4e-7 && abs(s[8] - Float.sin(3)) < 2.4e-7)
}
