/// A growing semi-echelon basis of a subspace of F_p^m: each stored row has a pivot column where it
/// is 1 and every later-added row is 0. Adding a vector reduces it by the rows in insertion order.
struct ModularEchelon {
    let field: PrimeField
    let length: Int
    private(set) var rows: [[UInt64]] = []
    private(set) var pivots: [Int] = []

    init(field: PrimeField, length: Int) {
        self.field = field
        self.length = length
    }

    var rank: Int { rows.count }

    /// Adds `v` when it is independent of the rows so far; returns whether it was added.
    @discardableResult
    mutating func insert(_ v: [UInt64]) -> Bool {
        var w = v
        let p = field.p
        w.withUnsafeMutableBufferPointer { w in
            var pending = 0
            for (r, pivot) in zip(rows, pivots) {
                let c = w[pivot] % p
                if c == 0 { continue }
                let mc = p - c
                r.withUnsafeBufferPointer { r in
                    for j in pivot..<length where r[j] != 0 { w[j] &+= mc &* r[j] }
                }
                pending += 1
                if pending == PrimeField.lazyTerms {
                    for j in 0..<length { w[j] %= p }
                    pending = 0
                }
            }
            for j in 0..<length { w[j] %= p }
        }
        guard let pivot = w.firstIndex(where: { $0 != 0 }) else { return false }
        let inv = field.inverse(w[pivot])
        if inv != 1 { for j in pivot..<length where w[j] != 0 { w[j] = field.mul(w[j], inv) } }
        rows.append(w)
        pivots.append(pivot)
        return true
    }

    /// The reduced row echelon form of the span: rows sorted by pivot, each pivot column zero in the other rows.
    func reducedRowEchelon() -> (rows: [[UInt64]], pivots: [Int]) {
        let order = pivots.indices.sorted { pivots[$0] < pivots[$1] }
        var r = order.map { rows[$0] }
        let piv = order.map { pivots[$0] }
        let p = field.p
        // Clear each pivot column above its row, from the last pivot backwards.
        for i in stride(from: r.count - 1, through: 0, by: -1) {
            let pc = piv[i]
            for k in 0..<i {
                let c = r[k][pc]
                if c == 0 { continue }
                let mc = p - c
                let src = r[i]
                for j in pc..<length where src[j] != 0 { r[k][j] = (r[k][j] + mc * src[j]) % p }
            }
        }
        return (r, piv)
    }
}
