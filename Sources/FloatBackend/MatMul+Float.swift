extension MatMul {
    /// The Float fast path of `multiplyRows`: a register tile of up to 6 rows x 16 columns of C
    /// (twelve SIMD8 accumulators) stays in registers over the k loop, so each step loads two
    /// vectors of B and six scalars of A for 96 fused multiply-adds (FMA on x86-64 Haswell and
    /// later, see Package.swift; one rounding per step instead of two). A group of fewer than six
    /// rows (the last of a range) runs the same tile with the missing rows reading the last real
    /// row and never stored. Columns past the last 16-wide tile use an 8-wide tile, then a scalar
    /// loop. Each entry of C is summed in the order p = 0, 1, ..., k-1, whatever the tile, the
    /// block or the number of threads: results are bit-identical to a plain loop with FMA.
    ///
    /// Long inner dimensions (weight gradients x^T dy sum over every token) are cut into blocks
    /// whose slice of B stays in cache while every tile of C passes over it; C carries the partial
    /// sums from block to block.
    @inlinable
    static func multiplyRowsFloat(
        _ a: UnsafePointer<Float>, _ s: ATile, _ b: UnsafePointer<Float>, _ c: UnsafeMutablePointer<Float>,
        rows: Range<Int>, k: Int, n: Int, accumulate: Bool
    ) {
        let block = kBlock(n: n)
        var p0 = 0
        repeat {
            let kb = Swift.min(block, k - p0)
            multiplyRowsFloatBlock(a + p0 * s.inner, s, b + p0 * n, c, rows: rows, k: kb, n: n, accumulate: accumulate || p0 > 0)
            p0 += kb
        } while p0 < k
    }

    /// Rows of B per block: about 128 KiB of B (n floats a row), at least 16 rows.
    @inlinable
    static func kBlock(n: Int) -> Int { Swift.max(16, (128 * 1024 / 4) / Swift.max(n, 1)) }

    @inlinable
    static func multiplyRowsFloatBlock(
        _ a: UnsafePointer<Float>, _ s: ATile, _ b: UnsafePointer<Float>, _ c: UnsafeMutablePointer<Float>,
        rows: Range<Int>, k: Int, n: Int, accumulate: Bool
    ) {
        let wide = n / 16 * 16, narrow = n / 8 * 8
        var i = rows.lowerBound
        while i < rows.upperBound {
            let r = Swift.min(6, rows.upperBound - i)
            // Row pointers of A; rows past r repeat the last real row (computed, never stored).
            let a0 = a + i * s.row
            let a1 = a + (i + Swift.min(1, r - 1)) * s.row, a2 = a + (i + Swift.min(2, r - 1)) * s.row
            let a3 = a + (i + Swift.min(3, r - 1)) * s.row, a4 = a + (i + Swift.min(4, r - 1)) * s.row
            let a5 = a + (i + Swift.min(5, r - 1)) * s.row
            let rowsA = RowPointers(a0, a1, a2, a3, a4, a5)
            var j = 0
            while j < wide {
                tile16(rowsA, s.inner, b + j, n, c + i * n + j, rows: r, k: k, accumulate: accumulate)
                j += 16
            }
            if j < narrow {
                tile8(rowsA, s.inner, b + j, n, c + i * n + j, rows: r, k: k, accumulate: accumulate)
                j += 8
            }
            if j < n {
                for row in 0..<r {
                    let ar = a + (i + row) * s.row, cr = c + (i + row) * n
                    for jj in j..<n {
                        var sum: Float = accumulate ? cr[jj] : 0
                        for p in 0..<k { sum = fma(sum, ar[p &* s.inner], b[p &* n &+ jj]) }
                        cr[jj] = sum
                    }
                }
            }
            i += r
        }
    }

    /// One tile of up to 6 rows x 16 columns: `c` (row stride `n`) = or += A rows x `b` (row stride `n`).
    @inlinable @inline(__always)
    static func tile16(_ a: RowPointers, _ step: Int, _ b: UnsafePointer<Float>, _ n: Int, _ c: UnsafeMutablePointer<Float>,
                       rows: Int, k: Int, accumulate: Bool) {
        typealias V = SIMD8<Float>
        func load(_ r: Int, _ h: Int) -> V {
            accumulate && r < rows ? UnsafeRawPointer(c + (r &* n &+ h)).loadUnaligned(as: V.self) : V()
        }
        var c00 = load(0, 0), c01 = load(0, 8), c10 = load(1, 0), c11 = load(1, 8), c20 = load(2, 0), c21 = load(2, 8)
        var c30 = load(3, 0), c31 = load(3, 8), c40 = load(4, 0), c41 = load(4, 8), c50 = load(5, 0), c51 = load(5, 8)
        var bp = b, q = 0
        for _ in 0..<k {
            let b0 = UnsafeRawPointer(bp).loadUnaligned(as: V.self), b1 = UnsafeRawPointer(bp + 8).loadUnaligned(as: V.self)
            let x0 = V(repeating: a.p0[q]), x1 = V(repeating: a.p1[q]), x2 = V(repeating: a.p2[q])
            c00.addProduct(x0, b0); c01.addProduct(x0, b1); c10.addProduct(x1, b0); c11.addProduct(x1, b1)
            c20.addProduct(x2, b0); c21.addProduct(x2, b1)
            let x3 = V(repeating: a.p3[q]), x4 = V(repeating: a.p4[q]), x5 = V(repeating: a.p5[q])
            c30.addProduct(x3, b0); c31.addProduct(x3, b1); c40.addProduct(x4, b0); c41.addProduct(x4, b1)
            c50.addProduct(x5, b0); c51.addProduct(x5, b1)
            q &+= step
            bp += n
        }
        func store(_ v: V, _ r: Int, _ h: Int) {
            if r < rows { UnsafeMutableRawPointer(c + (r &* n &+ h)).storeBytes(of: v, as: V.self) }
        }
        store(c00, 0, 0); store(c01, 0, 8); store(c10, 1, 0); store(c11, 1, 8); store(c20, 2, 0); store(c21, 2, 8)
        store(c30, 3, 0); store(c31, 3, 8); store(c40, 4, 0); store(c41, 4, 8); store(c50, 5, 0); store(c51, 5, 8)
    }

    /// One tile of up to 6 rows x 8 columns (the columns past the last 16-wide tile).
    @inlinable @inline(__always)
    static func tile8(_ a: RowPointers, _ step: Int, _ b: UnsafePointer<Float>, _ n: Int, _ c: UnsafeMutablePointer<Float>,
                      rows: Int, k: Int, accumulate: Bool) {
        typealias V = SIMD8<Float>
        func load(_ r: Int) -> V { accumulate && r < rows ? UnsafeRawPointer(c + r &* n).loadUnaligned(as: V.self) : V() }
        var c0 = load(0), c1 = load(1), c2 = load(2), c3 = load(3), c4 = load(4), c5 = load(5)
        var bp = b, q = 0
        for _ in 0..<k {
            let b0 = UnsafeRawPointer(bp).loadUnaligned(as: V.self)
            c0.addProduct(V(repeating: a.p0[q]), b0); c1.addProduct(V(repeating: a.p1[q]), b0)
            c2.addProduct(V(repeating: a.p2[q]), b0); c3.addProduct(V(repeating: a.p3[q]), b0)
            c4.addProduct(V(repeating: a.p4[q]), b0); c5.addProduct(V(repeating: a.p5[q]), b0)
            q &+= step
            bp += n
        }
        func store(_ v: V, _ r: Int) { if r < rows { UnsafeMutableRawPointer(c + r &* n).storeBytes(of: v, as: V.self) } }
        store(c0, 0); store(c1, 1); store(c2, 2); store(c3, 3); store(c4, 4); store(c5, 5)
    }

    /// `sum + x * y` with one rounding (the tile kernels' FMA, so every path rounds alike).
    @inlinable @inline(__always)
    static func fma(_ sum: Float, _ x: Float, _ y: Float) -> Float { sum.addingProduct(x, y) }
}

/// Six row pointers of A for one register tile.
@usableFromInline
struct RowPointers {
    @usableFromInline let p0, p1, p2, p3, p4, p5: UnsafePointer<Float>
    @inlinable init(_ p0: UnsafePointer<Float>, _ p1: UnsafePointer<Float>, _ p2: UnsafePointer<Float>,
                    _ p3: UnsafePointer<Float>, _ p4: UnsafePointer<Float>, _ p5: UnsafePointer<Float>) {
        self.p0 = p0; self.p1 = p1; self.p2 = p2; self.p3 = p3; self.p4 = p4; self.p5 = p5
    }
}
