import Exact

/// A dense matrix over Q, stored row-major.
///
/// Row-major storage makes the vectorisation used by the linear algebra (`entries`) free: a matrix
/// in gl(n) is the vector of its n^2 entries read row by row. Products skip zero entries because
/// the bases that matter (unit matrices, triangular and sparse catalog bases) are mostly zeros.
public struct RationalMatrix: Sendable, Hashable {
    public let rows: Int
    public let columns: Int
    /// Entries read row by row; `entries.count == rows * columns`.
    public private(set) var entries: [Rational]

    public init(rows: Int, columns: Int, entries: [Rational]) {
        precondition(rows >= 0 && columns >= 0 && entries.count == rows * columns, "entry count must be rows * columns")
        self.rows = rows
        self.columns = columns
        self.entries = entries
    }

    /// A matrix from its rows; every row must have the same length.
    public init(_ rowList: [[Rational]]) {
        let c = rowList.first?.count ?? 0
        precondition(rowList.allSatisfy { $0.count == c }, "ragged rows")
        self.init(rows: rowList.count, columns: c, entries: rowList.flatMap { $0 })
    }

    /// A matrix with integer entries, given by rows.
    public init(integers rowList: [[Int]]) {
        self.init(rowList.map { $0.map { Rational($0) } })
    }

    /// The square matrix whose vectorisation is `vector` (length n^2).
    public init(squareFromVector vector: [Rational]) {
        var n = 0
        while n * n < vector.count { n += 1 }
        precondition(n * n == vector.count, "vector length is not a square")
        self.init(rows: n, columns: n, entries: vector)
    }

    public static func zero(rows: Int, columns: Int) -> RationalMatrix {
        RationalMatrix(rows: rows, columns: columns, entries: Array(repeating: .zero, count: rows * columns))
    }

    public static func identity(_ n: Int) -> RationalMatrix {
        var m = zero(rows: n, columns: n)
        for i in 0..<n { m[i, i] = .one }
        return m
    }

    /// The matrix unit E_ij (a 1 in row i, column j, zero elsewhere), 0-based.
    public static func unit(_ n: Int, _ i: Int, _ j: Int) -> RationalMatrix {
        var m = zero(rows: n, columns: n)
        m[i, j] = .one
        return m
    }

    public subscript(i: Int, j: Int) -> Rational {
        get { entries[i * columns + j] }
        set { entries[i * columns + j] = newValue }
    }

    public var isSquare: Bool { rows == columns }
    public var isZero: Bool { entries.allSatisfy { $0.isZero } }

    /// The entries as a list of rows.
    public var rowList: [[Rational]] {
        (0..<rows).map { i in Array(entries[(i * columns)..<((i + 1) * columns)]) }
    }

    public var transposed: RationalMatrix {
        var t = RationalMatrix.zero(rows: columns, columns: rows)
        for i in 0..<rows { for j in 0..<columns { t[j, i] = self[i, j] } }
        return t
    }

    public var trace: Rational {
        var s = Rational.zero
        for i in 0..<min(rows, columns) { s += self[i, i] }
        return s
    }

    /// The commutator [A, B] = AB - BA.
    public func bracket(_ other: RationalMatrix) -> RationalMatrix {
        self * other - other * self
    }

    public func scaled(by c: Rational) -> RationalMatrix {
        if c.isZero { return .zero(rows: rows, columns: columns) }
        return RationalMatrix(rows: rows, columns: columns, entries: entries.map { $0.isZero ? $0 : $0 * c })
    }

    public static func * (a: RationalMatrix, b: RationalMatrix) -> RationalMatrix {
        precondition(a.columns == b.rows, "matrix sizes do not match for a product")
        var out = [Rational](repeating: .zero, count: a.rows * b.columns)
        let n = b.columns
        for i in 0..<a.rows {
            for k in 0..<a.columns {
                let x = a.entries[i * a.columns + k]
                if x.isZero { continue }
                for j in 0..<n {
                    let y = b.entries[k * n + j]
                    if y.isZero { continue }
                    out[i * n + j] += x * y
                }
            }
        }
        return RationalMatrix(rows: a.rows, columns: n, entries: out)
    }

    public static func + (a: RationalMatrix, b: RationalMatrix) -> RationalMatrix {
        precondition(a.rows == b.rows && a.columns == b.columns, "matrix sizes differ")
        return RationalMatrix(rows: a.rows, columns: a.columns, entries: VectorOps.add(a.entries, b.entries))
    }

    public static func - (a: RationalMatrix, b: RationalMatrix) -> RationalMatrix {
        precondition(a.rows == b.rows && a.columns == b.columns, "matrix sizes differ")
        return RationalMatrix(rows: a.rows, columns: a.columns, entries: VectorOps.subtract(a.entries, b.entries))
    }

    public static prefix func - (a: RationalMatrix) -> RationalMatrix { a.scaled(by: -1) }
}
