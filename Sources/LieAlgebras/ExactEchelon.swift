import Exact

/// Exact reduced row echelon forms of spans: multi-modular with an exact check, Gaussian
/// elimination over Q when the modular route does not settle.
enum ExactEchelon {
    static func reducedRowEchelon(_ vectors: [[Rational]], length: Int) -> (rows: [[Rational]], pivots: [Int]) {
        let nonzero = vectors.filter { !VectorOps.isZero($0) }
        if nonzero.isEmpty { return ([], []) }
        // Tiny systems: elimination over Q is cheaper than setting up primes.
        if nonzero.count * length <= 64 { return RationalGauss.reducedRowEchelon(nonzero, length: length) }
        let found = MultiModularEchelon.solve(
            length: length,
            residueEchelon: { field in
                var echelon = ModularEchelon(field: field, length: length)
                for v in nonzero {
                    guard let r = field.reduce(v) else { return nil }
                    echelon.insert(r)
                    if echelon.rank == length { break }
                }
                return echelon.reducedRowEchelon()
            },
            verify: { rows, pivots in
                // Every input lies in the span of the lifted rows, and those rows are independent
                // with rank equal to a modular rank (a lower bound for the rank over Q): equal spans.
                let candidate = Subspace(echelonRows: rows, pivots: pivots, ambientDimension: length)
                return nonzero.allSatisfy(candidate.contains)
            }
        )
        return found ?? RationalGauss.reducedRowEchelon(nonzero, length: length)
    }
}
