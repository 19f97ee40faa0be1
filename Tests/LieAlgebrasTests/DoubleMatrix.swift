import Exact
@testable import LieAlgebras

/// Small dense Double matrices for the numeric BCH checks (floating point lives only in tests).
struct DoubleMatrix {
    let n: Int
    var a: [Double]

    init(n: Int, a: [Double]) { self.n = n; self.a = a }

    init(_ m: RationalMatrix) {
        n = m.rows
        a = m.entries.map { Double($0.numerator.description)! / Double($0.denominator.description)! }
    }

    static func identity(_ n: Int) -> DoubleMatrix {
        DoubleMatrix(n: n, a: (0..<(n * n)).map { $0 % (n + 1) == 0 ? 1 : 0 })
    }

    static func * (x: DoubleMatrix, y: DoubleMatrix) -> DoubleMatrix {
        var out = [Double](repeating: 0, count: x.n * x.n)
        for i in 0..<x.n { for k in 0..<x.n { for j in 0..<x.n { out[i * x.n + j] += x.a[i * x.n + k] * y.a[k * x.n + j] } } }
        return DoubleMatrix(n: x.n, a: out)
    }

    static func + (x: DoubleMatrix, y: DoubleMatrix) -> DoubleMatrix { DoubleMatrix(n: x.n, a: zip(x.a, y.a).map(+)) }
    static func - (x: DoubleMatrix, y: DoubleMatrix) -> DoubleMatrix { DoubleMatrix(n: x.n, a: zip(x.a, y.a).map(-)) }
    func scaled(_ c: Double) -> DoubleMatrix { DoubleMatrix(n: n, a: a.map { $0 * c }) }
    var maxAbs: Double { a.map(abs).max() ?? 0 }

    /// Taylor series; the matrices here are small, so 40 terms are far past double precision.
    static func exp(_ x: DoubleMatrix) -> DoubleMatrix {
        var sum = identity(x.n), term = identity(x.n)
        for k in 1...40 { term = (term * x).scaled(1 / Double(k)); sum = sum + term }
        return sum
    }

    /// log(I + A) = sum (-1)^(k+1) A^k / k, for M = I + A close to the identity.
    static func log(_ m: DoubleMatrix) -> DoubleMatrix {
        let a = m - identity(m.n)
        var sum = DoubleMatrix(n: m.n, a: [Double](repeating: 0, count: m.n * m.n)), power = identity(m.n)
        for k in 1...80 { power = power * a; sum = sum + power.scaled((k % 2 == 1 ? 1 : -1) / Double(k)) }
        return sum
    }
}
