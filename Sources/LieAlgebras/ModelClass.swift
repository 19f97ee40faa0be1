import Exact

/// The Lie algebras of layer families of sequence models, written as affine control systems
/// h' = A h + b: a family given by generators (A_i, b_i) generates the Lie algebra of the
/// homogenised matrices [[A_i, b_i], [0, 0]].
///
/// Built-in diagonal SSM families of state size n (what one layer can do, as matrices):
/// - `ssm-real(n)`: real diagonal transitions, generators E_ii (n x n), no bias;
/// - `ssm-real-bias(n)`: the same plus an input bias, generators [[E_ii, 0], [0, 0]] and
///   [[0, e_i], [0, 0]] ((n+1) x (n+1));
/// - `ssm-complex(n)`: complex diagonal transitions on C^n written as real 2x2 blocks: per
///   coordinate a rotation block [[0, -1], [1, 0]] and a scaling block I_2 (2n x 2n);
/// - `ssm-complex-bias(n)`: the same homogenised, plus the 2n bias translations.
/// Without bias the generators commute (abelian); with bias the translations form an abelian
/// ideal on which the diagonal part acts, so the algebra is solvable of derived length 2.
public enum ModelClass: String, CaseIterable, Sendable {
    case real = "ssm-real"
    case realBias = "ssm-real-bias"
    case complex = "ssm-complex"
    case complexBias = "ssm-complex-bias"

    init?(family: String) { self.init(rawValue: family) }

    /// The matrix size and generators for state size n.
    public func generators(stateSize n: Int) -> (size: Int, generators: [RationalMatrix]) {
        switch self {
        case .real: return (n, ModelClass.realDiagonal(n))
        case .realBias:
            return (n + 1, ModelClass.realDiagonal(n).map { ModelClass.homogenise($0) } + (0..<n).map { ModelClass.translation(n, $0) })
        case .complex: return (2 * n, ModelClass.complexDiagonal(n))
        case .complexBias:
            let m = 2 * n
            return (m + 1, ModelClass.complexDiagonal(n).map { ModelClass.homogenise($0) } + (0..<m).map { ModelClass.translation(m, $0) })
        }
    }

    /// The algebra of a layer family given as pairs (A_i, b_i): A_i n x n, b_i of length n.
    public static func affineFamily(_ pairs: [(RationalMatrix, [Rational])]) throws(LieAlgebraError) -> MatrixLieAlgebra {
        guard let n = pairs.first?.0.rows else { throw .noGenerators }
        for (i, (a, b)) in pairs.enumerated() {
            guard a.isSquare else { throw .notSquare(index: i + 1, rows: a.rows, columns: a.columns) }
            guard a.rows == n, b.count == n else { throw .sizeMismatch(index: i + 1, size: a.rows, expected: n) }
        }
        return try MatrixLieAlgebra(size: n + 1, generators: pairs.map { homogenise($0.0, bias: $0.1) })
    }

    /// [[A, b], [0, 0]] ((n+1) x (n+1)); b = 0 when omitted.
    public static func homogenise(_ a: RationalMatrix, bias: [Rational]? = nil) -> RationalMatrix {
        let n = a.rows
        var m = RationalMatrix.zero(rows: n + 1, columns: n + 1)
        for i in 0..<n {
            for j in 0..<n { m[i, j] = a[i, j] }
            if let b = bias { m[i, n] = b[i] }
        }
        return m
    }

    /// [[0, e_i], [0, 0]]: the pure bias generator along coordinate i of Q^n.
    public static func translation(_ n: Int, _ i: Int) -> RationalMatrix {
        RationalMatrix.unit(n + 1, i, n)
    }

    private static func realDiagonal(_ n: Int) -> [RationalMatrix] {
        (0..<n).map { RationalMatrix.unit(n, $0, $0) }
    }

    private static func complexDiagonal(_ n: Int) -> [RationalMatrix] {
        let m = 2 * n
        return (0..<n).flatMap { k -> [RationalMatrix] in
            let i = 2 * k, j = 2 * k + 1
            let rotation = RationalMatrix.unit(m, j, i) - .unit(m, i, j)
            let scaling = RationalMatrix.unit(m, i, i) + .unit(m, j, j)
            return [rotation, scaling]
        }
    }
}
