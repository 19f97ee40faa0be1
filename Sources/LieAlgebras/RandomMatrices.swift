import Exact

/// Seeded random integer matrices for benchmarks and tests.
public enum RandomMatrices {
    /// An n x n matrix with entries uniform in `range`.
    public static func full(_ n: Int, range: ClosedRange<Int>, using rng: inout SplitMix64) -> RationalMatrix {
        RationalMatrix(rows: n, columns: n, entries: (0..<(n * n)).map { _ in Rational(Int.random(in: range, using: &rng)) })
    }

    /// An n x n upper triangular matrix (diagonal included) with entries uniform in `range`.
    public static func upperTriangular(_ n: Int, range: ClosedRange<Int>, using rng: inout SplitMix64) -> RationalMatrix {
        var m = RationalMatrix.zero(rows: n, columns: n)
        for i in 0..<n { for j in i..<n { m[i, j] = Rational(Int.random(in: range, using: &rng)) } }
        return m
    }
}
