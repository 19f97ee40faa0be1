import Exact

/// A subspace of Q^m, held by its reduced row echelon basis (canonical: two subspaces are equal
/// exactly when their bases are equal).
public struct Subspace: Sendable, Hashable {
    public let ambientDimension: Int
    /// The reduced row echelon basis, sorted by pivot column.
    public let basis: [[Rational]]
    /// The pivot column of each basis vector (where it is 1 and all other basis vectors are 0).
    public let pivots: [Int]

    public var dimension: Int { basis.count }

    /// The span of `vectors` (each of length `ambientDimension`).
    public init(spanning vectors: [[Rational]], ambientDimension m: Int) {
        precondition(vectors.allSatisfy { $0.count == m }, "vector length differs from the ambient dimension")
        let (rows, pivots) = ExactEchelon.reducedRowEchelon(vectors, length: m)
        self.init(echelonRows: rows, pivots: pivots, ambientDimension: m)
    }

    /// Assumes `rows` is already a reduced row echelon basis with these pivots.
    init(echelonRows rows: [[Rational]], pivots: [Int], ambientDimension m: Int) {
        ambientDimension = m
        basis = rows
        self.pivots = pivots
    }

    public static func zero(ambientDimension m: Int) -> Subspace {
        Subspace(echelonRows: [], pivots: [], ambientDimension: m)
    }

    public static func whole(ambientDimension m: Int) -> Subspace {
        let rows = (0..<m).map { i in (0..<m).map { $0 == i ? Rational.one : Rational.zero } }
        return Subspace(echelonRows: rows, pivots: Array(0..<m), ambientDimension: m)
    }

    /// `v` minus its component along the basis: zero exactly when `v` lies in the subspace, and the
    /// same vector for any two vectors with the same class modulo the subspace.
    public func reduce(_ v: [Rational]) -> [Rational] {
        var w = v
        for (r, p) in zip(basis, pivots) where !w[p].isZero { VectorOps.subtractMultiple(&w, w[p], r) }
        return w
    }

    public func contains(_ v: [Rational]) -> Bool { VectorOps.isZero(reduce(v)) }

    /// The coefficients of `v` in the echelon basis, or nil when `v` is not in the subspace.
    public func coordinates(of v: [Rational]) -> [Rational]? {
        contains(v) ? pivots.map { v[$0] } : nil
    }

    /// The vector with the given coefficients in the echelon basis.
    public func vector(coordinates c: [Rational]) -> [Rational] {
        var v = [Rational](repeating: .zero, count: ambientDimension)
        for (ci, r) in zip(c, basis) { VectorOps.addMultiple(&v, ci, r) }
        return v
    }

    public func isSubspace(of other: Subspace) -> Bool { basis.allSatisfy(other.contains) }

    /// U + W.
    public func sum(_ other: Subspace) -> Subspace {
        Subspace(spanning: basis + other.basis, ambientDimension: ambientDimension)
    }

    /// U ∩ W, by Zassenhaus: echelonise the rows (u | u) and (w | 0); the rows whose left half
    /// vanished carry a basis of the intersection in their right half.
    public func intersection(_ other: Subspace) -> Subspace {
        let m = ambientDimension
        let zeros = [Rational](repeating: .zero, count: m)
        let stacked = basis.map { $0 + $0 } + other.basis.map { $0 + zeros }
        let joint = Subspace(spanning: stacked, ambientDimension: 2 * m)
        let rows = zip(joint.basis, joint.pivots).filter { $0.1 >= m }.map { Array($0.0[m...]) }
        return Subspace(spanning: rows, ambientDimension: m)
    }
}
