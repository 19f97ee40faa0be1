import Exact

/// Named matrix Lie algebras: `gl(n)`, `sl(n)`, `so(n)`, `sp(2n)`, `b(n)`, `n(n)`, `d(n)`,
/// `heis(2n+1)`, `aff(n)`, `se(3)`, `so(3)`, and the SSM model classes (`ssm-real(n)`, ...; see
/// `ModelClass`). Each is built from a small generating set (fewer generators make the closure and
/// the series cheaper); the closure then establishes its dimension exactly.
public enum LieCatalog {
    public static let knownNames = [
        "gl(n)", "sl(n)", "so(n)", "sp(2n)", "b(n)", "n(n)", "d(n)", "heis(2n+1)", "aff(n)", "se(3)", "so(3)",
        "ssm-real(n)", "ssm-real-bias(n)", "ssm-complex(n)", "ssm-complex-bias(n)",
    ]

    /// Largest accepted parameter: beyond it the algebras are too big for an interactive answer.
    public static let maximumParameter = 32

    /// The algebra called `name`, e.g. "gl(4)", "sp(4)", "heis(5)", "ssm-complex-bias(2)".
    public static func algebra(named name: String) throws(LieCatalogError) -> MatrixLieAlgebra {
        let (size, gens) = try generators(named: name)
        do { return try MatrixLieAlgebra(size: size, generators: gens) } catch {
            throw .badParameter(name: name, detail: error.description)
        }
    }

    /// The dimension of the classical algebra called `name`, by its formula, before any closure
    /// (nil for the other names, or an invalid one): lets a caller refuse a large one up front.
    public static func knownDimension(named name: String) -> Int? {
        guard let (size, _) = try? generators(named: name) else { return nil }
        let family = name.filter { !$0.isWhitespace }.lowercased().prefix { $0 != "(" }
        let k = size
        switch family {
        case "gl": return k * k
        case "sl": return k * k - 1
        case "so", "n": return k * (k - 1) / 2
        case "sp": return (k / 2) * (k + 1)
        case "b": return k * (k + 1) / 2
        case "d": return k
        case "aff": return (k - 1) * k
        default: return nil
        }
    }

    /// The matrix size and generating matrices of the algebra called `name`.
    public static func generators(named name: String) throws(LieCatalogError) -> (size: Int, generators: [RationalMatrix]) {
        let text = name.filter { !$0.isWhitespace }.lowercased()
        guard let open = text.firstIndex(of: "("), text.last == ")" else { throw .unknownName(name) }
        let family = String(text[..<open])
        let argument = String(text[text.index(after: open)..<text.index(before: text.endIndex)])
        guard let k = Int(argument) else { throw .badParameter(name: name, detail: "'\(argument)' is not an integer") }
        guard (1...maximumParameter).contains(k) else {
            throw .badParameter(name: name, detail: "parameter must be between 1 and \(maximumParameter)")
        }
        switch family {
        case "gl": return (k, slGenerators(k) + [.unit(k, 0, 0)])
        case "sl": return (k, slGenerators(k))
        case "so": return (k, (0..<max(k - 1, 0)).map { skew(k, $0, $0 + 1) })
        case "sp":
            guard k % 2 == 0 else { throw .badParameter(name: name, detail: "sp(m) needs an even m = 2n") }
            return (k, symplecticBasis(k / 2))
        case "b": return (k, (0..<k).map { .unit(k, $0, $0) } + superdiagonal(k))
        case "n": return (k, superdiagonal(k))
        case "d": return (k, (0..<k).map { .unit(k, $0, $0) })
        case "heis":
            guard k % 2 == 1, k >= 3 else { throw .badParameter(name: name, detail: "heis(m) needs an odd m = 2n+1 >= 3") }
            return heisenberg((k - 1) / 2)
        case "aff":
            return (k + 1, slGenerators(k).map { ModelClass.homogenise($0) } + [ModelClass.homogenise(.unit(k, 0, 0)), ModelClass.translation(k, 0)])
        case "se":
            guard k == 3 else { throw .badParameter(name: name, detail: "only se(3) is available") }
            return (4, [skew(3, 0, 1), skew(3, 1, 2)].map { ModelClass.homogenise($0) } + [ModelClass.translation(3, 0)])
        default:
            if let model = ModelClass(family: family) { return model.generators(stateSize: k) }
            throw .unknownName(name)
        }
    }

    /// E_(i,i+1) and E_(i+1,i): they generate sl(n).
    private static func slGenerators(_ n: Int) -> [RationalMatrix] {
        (0..<max(n - 1, 0)).flatMap { [RationalMatrix.unit(n, $0, $0 + 1), .unit(n, $0 + 1, $0)] }
    }

    /// E_(i,i+1): they generate the strictly upper triangular matrices.
    private static func superdiagonal(_ n: Int) -> [RationalMatrix] {
        (0..<max(n - 1, 0)).map { RationalMatrix.unit(n, $0, $0 + 1) }
    }

    /// E_ij - E_ji.
    static func skew(_ n: Int, _ i: Int, _ j: Int) -> RationalMatrix {
        RationalMatrix.unit(n, i, j) - .unit(n, j, i)
    }

    /// sp(2n) = { [[A, B], [C, -A^T]] : B, C symmetric }, preserving J = [[0, I], [-I, 0]].
    private static func symplecticBasis(_ n: Int) -> [RationalMatrix] {
        let m = 2 * n
        var out: [RationalMatrix] = []
        for i in 0..<n {
            for j in 0..<n { out.append(.unit(m, i, j) - .unit(m, n + j, n + i)) }
            for j in i..<n {
                out.append(i == j ? .unit(m, i, n + i) : .unit(m, i, n + j) + .unit(m, j, n + i))
                out.append(i == j ? .unit(m, n + i, i) : .unit(m, n + i, j) + .unit(m, n + j, i))
            }
        }
        return out
    }

    /// heis(2n+1) as (n+2) x (n+2) matrices [[0, a, c], [0, 0, b], [0, 0, 0]]; E_(0,j) and
    /// E_(j,n+1) generate, their brackets give the centre E_(0,n+1).
    private static func heisenberg(_ n: Int) -> (Int, [RationalMatrix]) {
        let m = n + 2
        return (m, (1...n).flatMap { [RationalMatrix.unit(m, 0, $0), .unit(m, $0, m - 1)] })
    }
}
