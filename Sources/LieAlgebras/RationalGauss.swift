import Exact

/// Reduced row echelon form by plain Gaussian elimination over Q: the slow, obviously correct
/// fallback behind the multi-modular method.
enum RationalGauss {
    static func reducedRowEchelon(_ vectors: [[Rational]], length: Int) -> (rows: [[Rational]], pivots: [Int]) {
        var rows: [[Rational]] = []
        var pivots: [Int] = []
        for v in vectors {
            var w = v
            for (r, p) in zip(rows, pivots) where !w[p].isZero { VectorOps.subtractMultiple(&w, w[p], r) }
            guard let p = w.firstIndex(where: { !$0.isZero }) else { continue }
            let inv = w[p].inverse!
            for j in w.indices where !w[j].isZero { w[j] = w[j] * inv }
            for k in rows.indices where !rows[k][p].isZero { VectorOps.subtractMultiple(&rows[k], rows[k][p], w) }
            rows.append(w)
            pivots.append(p)
        }
        let order = pivots.indices.sorted { pivots[$0] < pivots[$1] }
        return (order.map { rows[$0] }, order.map { pivots[$0] })
    }
}
