import Exact

/// Exact linear algebra on matrices given as lists of rows over Q.
public enum LinearAlgebra {
    /// The rank of the matrix with these rows.
    public static func rank(_ rows: [[Rational]], columns: Int) -> Int {
        Subspace(spanning: rows, ambientDimension: columns).dimension
    }

    /// A basis of { x : A x = 0 } for the matrix A with these rows (one basis vector per free column).
    public static func nullspace(_ rows: [[Rational]], columns: Int) -> [[Rational]] {
        let echelon = Subspace(spanning: rows, ambientDimension: columns)
        let pivotSet = Set(echelon.pivots)
        return (0..<columns).filter { !pivotSet.contains($0) }.map { free in
            var x = [Rational](repeating: .zero, count: columns)
            x[free] = .one
            for (r, p) in zip(echelon.basis, echelon.pivots) where !r[free].isZero { x[p] = -r[free] }
            return x
        }
    }

    /// Coefficients c with sum c_i * vectors[i] == target, or nil when target is not in their span.
    public static func solve(_ vectors: [[Rational]], target: [Rational]) -> [Rational]? {
        let m = target.count
        // Columns are the vectors and the target; a kernel vector with last entry -1 gives c.
        let rows = (0..<m).map { i in vectors.map { $0[i] } + [target[i]] }
        let kernel = nullspace(rows, columns: vectors.count + 1)
        guard let k = kernel.first(where: { !$0[vectors.count].isZero }) else { return nil }
        let scale = (-k[vectors.count]).inverse!
        return k.dropLast().map { $0 * scale }
    }
}
