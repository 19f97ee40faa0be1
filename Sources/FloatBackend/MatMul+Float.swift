extension MatMul {
    /// The Float fast path of `multiplyRows`: a register tile of 4 rows x 16 columns of C
    /// (eight SIMD8 accumulators) stays in registers over the whole k loop, so each step loads
    /// two vectors of B and four scalars of A for 64 fused multiply-adds (FMA on x86-64 Haswell and
    /// later, see Package.swift; one rounding per step instead of two). Columns past the last full
    /// tile and rows past the last group of four use plain loops. Each entry of C is still summed
    /// in the order p = 0, 1, ..., k-1, exactly like the generic kernel.
    @inlinable
    static func multiplyRowsFloat(
        _ a: UnsafePointer<Float>, _ s: ATile, _ b: UnsafePointer<Float>, _ c: UnsafeMutablePointer<Float>,
        rows: Range<Int>, k: Int, n: Int, accumulate: Bool
    ) {
        typealias V = SIMD8<Float>
        let tiled = n / 16 * 16
        var i = rows.lowerBound
        while i + 4 <= rows.upperBound {
            let a0 = a + i * s.row, a1 = a0 + s.row, a2 = a1 + s.row, a3 = a2 + s.row, step = s.inner
            var j = 0
            while j < tiled {
                let cp = c + i * n + j
                func load(_ r: Int, _ h: Int) -> V {
                    accumulate ? UnsafeRawPointer(cp + r * n + h).loadUnaligned(as: V.self) : V()
                }
                var c00 = load(0, 0), c01 = load(0, 8), c10 = load(1, 0), c11 = load(1, 8)
                var c20 = load(2, 0), c21 = load(2, 8), c30 = load(3, 0), c31 = load(3, 8)
                var bp = b + j
                var q = 0
                for _ in 0..<k {
                    let b0 = UnsafeRawPointer(bp).loadUnaligned(as: V.self)
                    let b1 = UnsafeRawPointer(bp + 8).loadUnaligned(as: V.self)
                    let x0 = V(repeating: a0[q]), x1 = V(repeating: a1[q])
                    let x2 = V(repeating: a2[q]), x3 = V(repeating: a3[q])
                    q += step
                    c00.addProduct(x0, b0); c01.addProduct(x0, b1)
                    c10.addProduct(x1, b0); c11.addProduct(x1, b1)
                    c20.addProduct(x2, b0); c21.addProduct(x2, b1)
                    c30.addProduct(x3, b0); c31.addProduct(x3, b1)
                    bp += n
                }
                func store(_ v: V, _ r: Int, _ h: Int) { UnsafeMutableRawPointer(cp + r * n + h).storeBytes(of: v, as: V.self) }
                store(c00, 0, 0); store(c01, 0, 8); store(c10, 1, 0); store(c11, 1, 8)
                store(c20, 2, 0); store(c21, 2, 8); store(c30, 3, 0); store(c31, 3, 8)
                j += 16
            }
            if tiled < n {
                for r in 0..<4 {
                    let ar = a + (i + r) * s.row, cr = c + (i + r) * n
                    for jj in tiled..<n {
                        var sum: Float = accumulate ? cr[jj] : 0
                        for p in 0..<k { sum += ar[p * s.inner] * b[p * n + jj] }
                        cr[jj] = sum
                    }
                }
            }
            i += 4
        }
        if i < rows.upperBound {
            multiplyRowsGeneric(a, s, b, c, rows: i..<rows.upperBound, k: k, n: n, accumulate: accumulate)
        }
    }
}
