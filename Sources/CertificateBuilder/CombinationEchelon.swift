import Exact

/// An echelon form over Q, built one vector at a time, that remembers how each of its rows
/// combines the vectors kept so far. Membership tests then also give coordinates in the kept
/// vectors themselves (not in an echelon basis), which is what a Lie certificate records.
struct CombinationEchelon {
    let length: Int
    private var rows: [[Rational]] = []
    private var pivots: [Int] = []
    /// combinations[r][k]: row r = sum over k of combinations[r][k] * (k-th kept vector).
    private var combinations: [[Rational]] = []
    /// How many vectors have been kept.
    private(set) var count = 0

    init(length: Int) { self.length = length }

    /// Keeps `v` when it is independent of the vectors kept so far; returns whether it did.
    mutating func keepIfIndependent(_ v: [Rational]) -> Bool {
        let (rest, used) = reduce(v)
        guard let p = rest.firstIndex(where: { !$0.isZero }) else { return false }
        count += 1
        for r in combinations.indices { combinations[r].append(.zero) }
        // rest = v - sum f_r row_r; scaled so that its pivot is 1, which keeps later
        // reductions from multiplying up ever larger numerators.
        let scale = rest[p].inverse!
        rows.append(rest.map { $0 * scale })
        pivots.append(p)
        combinations.append((used.map { -$0 } + [.one]).map { $0 * scale })
        return true
    }

    /// Coordinates of `v` in the kept vectors, or nil when `v` is not in their span.
    func coordinates(of v: [Rational]) -> [Rational]? {
        let (rest, used) = reduce(v)
        return rest.allSatisfy(\.isZero) ? used : nil
    }

    /// v - sum f_r row_r with the rows' pivots cleared, and sum f_r combination_r.
    private func reduce(_ v: [Rational]) -> ([Rational], [Rational]) {
        var w = v
        var used = [Rational](repeating: .zero, count: count)
        for (r, row) in rows.enumerated() where !w[pivots[r]].isZero {
            let f = w[pivots[r]]
            for j in row.indices where !row[j].isZero { w[j] -= f * row[j] }
            for k in combinations[r].indices where !combinations[r][k].isZero { used[k] += f * combinations[r][k] }
        }
        return (w, used)
    }
}
