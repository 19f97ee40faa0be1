/// Dense matrix products, the hot loop of every linear layer.
///
/// One kernel, `C = A * B` (row-major), does all the work; the transposed products a backward pass
/// needs transpose the small operand first and reuse it. Rows of C are split across cores, so each
/// entry of C is summed by one task in the order p = 0, 1, ..., k-1: deterministic.
public enum MatMul {
    /// `c[m x n] = a[m x k] * b[k x n]`, or `c += a * b` when `accumulate` is true.
    /// With `transposedA`, `a` holds the transpose `[k x m]` (how a weight gradient x^T dy reads
    /// the activations x without copying them).
    @inlinable
    public static func multiply<T: FloatScalar>(
        _ a: UnsafePointer<T>, _ b: UnsafePointer<T>, into c: UnsafeMutablePointer<T>,
        m: Int, k: Int, n: Int, accumulate: Bool, transposedA: Bool = false
    ) {
        let pa = SharedPointer(a), pb = SharedPointer(b), pc = SharedPointer(c)
        let strides = transposedA ? ATile(row: 1, inner: m) : ATile(row: k, inner: 1)
        Parallel.forEachRange(m, work: m * k * n) { rows in
            multiplyRows(pa.pointer, strides, pb.pointer, pc.mutable, rows: rows, k: k, n: n, accumulate: accumulate)
        }
    }

    /// `a * b` for matrix-shaped tensors `[m, k]` and `[k, n]`.
    @inlinable
    public static func multiply<T: FloatScalar>(_ a: Tensor<T>, _ b: Tensor<T>) -> Tensor<T> {
        precondition(a.columns == b.rows, "MatMul: inner sizes \(a.columns) and \(b.rows) differ")
        var c = Tensor<T>(shape: [a.rows, b.columns])
        a.storage.withUnsafeBufferPointer { pa in
            b.storage.withUnsafeBufferPointer { pb in
                c.storage.withUnsafeMutableBufferPointer { pc in
                    multiply(pa.baseAddress!, pb.baseAddress!, into: pc.baseAddress!,
                             m: a.rows, k: a.columns, n: b.columns, accumulate: false)
                }
            }
        }
        return c
    }

    /// The transpose of a row-major `rows x columns` matrix.
    @inlinable
    public static func transpose<T: FloatScalar>(_ a: UnsafePointer<T>, rows: Int, columns: Int) -> [T] {
        [T](unsafeUninitializedCapacity: rows * columns) { out, initialized in
            for i in 0..<rows {
                for j in 0..<columns { out[j * rows + i] = a[i * columns + j] }
            }
            initialized = rows * columns
        }
    }

    /// Rows `rows` of `c = a * b`: the SIMD tile kernel for Float, the generic loops otherwise.
    @inlinable
    static func multiplyRows<T: FloatScalar>(
        _ a: UnsafePointer<T>, _ s: ATile, _ b: UnsafePointer<T>, _ c: UnsafeMutablePointer<T>,
        rows: Range<Int>, k: Int, n: Int, accumulate: Bool
    ) {
        if T.self == Float.self {
            let fa = UnsafeRawPointer(a).assumingMemoryBound(to: Float.self), fb = UnsafeRawPointer(b).assumingMemoryBound(to: Float.self)
            let fc = UnsafeMutableRawPointer(c).assumingMemoryBound(to: Float.self)
            multiplyRowsFloat(fa, s, fb, fc, rows: rows, k: k, n: n, accumulate: accumulate)
        } else {
            multiplyRowsGeneric(a, s, b, c, rows: rows, k: k, n: n, accumulate: accumulate)
        }
    }

    /// Rows `rows` of `c = a * b`, four rows at a time so each loaded row of `b` feeds four sums.
    @inlinable
    static func multiplyRowsGeneric<T: FloatScalar>(
        _ a: UnsafePointer<T>, _ s: ATile, _ b: UnsafePointer<T>, _ c: UnsafeMutablePointer<T>,
        rows: Range<Int>, k: Int, n: Int, accumulate: Bool
    ) {
        if !accumulate { (c + rows.lowerBound * n).initialize(repeating: 0, count: rows.count * n) }
        var i = rows.lowerBound
        while i + 4 <= rows.upperBound {
            let c0 = c + i * n, c1 = c0 + n, c2 = c1 + n, c3 = c2 + n
            let a0 = a + i * s.row, a1 = a0 + s.row, a2 = a1 + s.row, a3 = a2 + s.row
            for p in 0..<k {
                let q = p * s.inner
                let x0 = a0[q], x1 = a1[q], x2 = a2[q], x3 = a3[q]
                let bp = b + p * n
                for j in 0..<n {
                    let y = bp[j]
                    c0[j] += x0 * y
                    c1[j] += x1 * y
                    c2[j] += x2 * y
                    c3[j] += x3 * y
                }
            }
            i += 4
        }
        while i < rows.upperBound {
            let ci = c + i * n, ai = a + i * s.row
            for p in 0..<k {
                let x = ai[p * s.inner]
                if x == 0 { continue }
                let bp = b + p * n
                for j in 0..<n { ci[j] += x * bp[j] }
            }
            i += 1
        }
    }
}

/// Where element (row r, inner index p) of the left factor lives: `a + r * row + p * inner`.
public struct ATile: Sendable {
    public let row: Int, inner: Int
    @inlinable public init(row: Int, inner: Int) { self.row = row; self.inner = inner }
}

/// A raw pointer handed to the tasks of one parallel kernel. Each task writes a disjoint range,
/// which is what makes sharing it sound.
public struct SharedPointer<T>: @unchecked Sendable {
    public let mutable: UnsafeMutablePointer<T>
    @inlinable public var pointer: UnsafePointer<T> { UnsafePointer(mutable) }
    @inlinable public init(_ p: UnsafeMutablePointer<T>) { mutable = p }
    @inlinable public init(_ p: UnsafePointer<T>) { mutable = UnsafeMutablePointer(mutating: p) }
}
