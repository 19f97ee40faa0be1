import Exact

/// The Killing form B(x, y) = tr(ad x ad y), Cartan's criterion and the solvable radical.
extension MatrixLieAlgebra {
    /// The Gram matrix of the Killing form in the echelon basis (d x d, symmetric).
    public func killingMatrix() -> [[Rational]] {
        let d = dimension
        let ad = sparseAdjointMatrices()
        var k = Array(repeating: [Rational](repeating: .zero, count: d), count: d)
        for i in 0..<d {
            for l in i..<d {
                // tr(ad_i ad_l) = sum over (row r, column c) of ad_i[r][c] * ad_l[c][r].
                var s = Rational.zero
                for (key, v) in ad[i] {
                    let r = key / d, c = key % d
                    if let w = ad[l][c * d + r] { s += v * w }
                }
                k[i][l] = s
                k[l][i] = s
            }
        }
        return k
    }

    public func killingRank() -> Int {
        LinearAlgebra.rank(killingMatrix(), columns: dimension)
    }

    /// Cartan's criterion: semisimple exactly when the Killing form is non-degenerate. The zero
    /// algebra counts as semisimple.
    public var isSemisimple: Bool { killingRank() == dimension }

    /// The solvable radical (largest solvable ideal). In characteristic 0 it is the orthogonal of
    /// [L, L] under the Killing form (Bourbaki, Lie Groups I §5.5).
    public func solvableRadical() -> Subspace {
        radical(killing: killingMatrix(), derived: derivedSeries().dropFirst().first ?? space)
    }

    func radical(killing k: [[Rational]], derived: Subspace) -> Subspace {
        let d = dimension
        if d == 0 { return space }
        // x = sum c_i b_i is orthogonal to y exactly when c . (K y) = 0, y in coordinates.
        let rows = derived.basis.map { y -> [Rational] in
            let coords = space.pivots.map { y[$0] }
            return (0..<d).map { i in VectorOps.dot(k[i], coords) }
        }
        let kernel = LinearAlgebra.nullspace(rows, columns: d)
        return Subspace(spanning: kernel.map(space.vector(coordinates:)), ambientDimension: size * size)
    }

    /// ad(b_i) as a sparse map from (row * d + column) to entry: column j holds the coordinates of
    /// [b_i, b_j]. Sparse because the bases that get large (catalog algebras, gl(n)) are sparse.
    private func sparseAdjointMatrices() -> [[Int: Rational]] {
        let b = basis, d = b.count
        var ad = Array(repeating: [Int: Rational](), count: d)
        for i in 0..<d {
            for j in (i + 1)..<max(i + 1, d) {
                let v = b[i].bracket(b[j]).entries
                for (r, p) in space.pivots.enumerated() where !v[p].isZero {
                    ad[i][r * d + j] = v[p]
                    ad[j][r * d + i] = -v[p]
                }
            }
        }
        return ad
    }
}
