/// Why a set of matrices does not define a matrix Lie algebra.
public enum LieAlgebraError: Error, Equatable, CustomStringConvertible {
    /// Generator `index` (1-based) is not square.
    case notSquare(index: Int, rows: Int, columns: Int)
    /// Generator `index` (1-based) has a different size from generator 1.
    case sizeMismatch(index: Int, size: Int, expected: Int)
    /// No generators and no size given.
    case noGenerators

    public var description: String {
        switch self {
        case let .notSquare(i, r, c): return "matrix \(i) is \(r)x\(c), not square"
        case let .sizeMismatch(i, s, e): return "matrix \(i) is \(s)x\(s) but matrix 1 is \(e)x\(e): all generators must have the same size"
        case .noGenerators: return "no generator matrices given"
        }
    }
}
