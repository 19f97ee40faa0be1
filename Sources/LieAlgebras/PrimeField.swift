import Exact

/// Arithmetic modulo a prime p < 2^28, on `UInt64`: a product of two residues is below 2^56, so
/// 255 of them can be summed before one reduction (the hot loops reduce lazily).
///
/// The modular side only *guesses* (ranks, pivot columns, reduced echelon forms); every answer it
/// leads to is verified over Q before it is returned, so an unlucky prime can cost time but never
/// correctness.
struct PrimeField: Sendable {
    let p: UInt64

    @inline(__always) func add(_ a: UInt64, _ b: UInt64) -> UInt64 { let s = a + b; return s >= p ? s - p : s }
    @inline(__always) func sub(_ a: UInt64, _ b: UInt64) -> UInt64 { a >= b ? a - b : a + p - b }
    @inline(__always) func mul(_ a: UInt64, _ b: UInt64) -> UInt64 { (a * b) % p }
    @inline(__always) func neg(_ a: UInt64) -> UInt64 { a == 0 ? 0 : p - a }

    /// a^(p-2), the inverse of a non-zero residue (Fermat).
    func inverse(_ a: UInt64) -> UInt64 {
        var result: UInt64 = 1, base = a % p, e = p - 2
        while e > 0 {
            if e & 1 == 1 { result = mul(result, base) }
            base = mul(base, base)
            e >>= 1
        }
        return result
    }

    /// The residue of an integer.
    func reduce(_ n: BigInt) -> UInt64 {
        if let v = n.intValue {
            let r = v % Int(p)
            return UInt64(r < 0 ? r + Int(p) : r)
        }
        let r = (n % BigInt(Int(p))).intValue!
        return UInt64(r < 0 ? r + Int(p) : r)
    }

    /// The residue of a rational number, or nil when p divides its denominator.
    func reduce(_ q: Rational) -> UInt64? {
        if q.isZero { return 0 }
        let d = reduce(q.denominator)
        if d == 0 { return nil }
        let n = reduce(q.numerator)
        return d == 1 ? n : mul(n, inverse(d))
    }

    /// Residues of a rational vector, or nil when p divides a denominator.
    func reduce(_ v: [Rational]) -> [UInt64]? {
        var out = [UInt64](repeating: 0, count: v.count)
        for i in v.indices where !v[i].isZero {
            guard let r = reduce(v[i]) else { return nil }
            out[i] = r
        }
        return out
    }

    /// The product of two n x n matrices stored row-major as residues.
    func multiply(_ a: [UInt64], _ b: [UInt64], _ n: Int) -> [UInt64] {
        var out = [UInt64](repeating: 0, count: n * n)
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                out.withUnsafeMutableBufferPointer { o in
                    for i in 0..<n {
                        var pending = 0
                        for k in 0..<n {
                            let x = a[i * n + k]
                            if x == 0 { continue }
                            for j in 0..<n { o[i * n + j] &+= x &* b[k * n + j] }
                            pending += 1
                            if pending == PrimeField.lazyTerms {
                                for j in 0..<n { o[i * n + j] %= p }
                                pending = 0
                            }
                        }
                        for j in 0..<n { o[i * n + j] %= p }
                    }
                }
            }
        }
        return out
    }

    /// How many products below 2^56 fit in a UInt64 on top of a residue.
    static let lazyTerms = 255

    /// [A, B] = AB - BA for n x n residue matrices.
    func bracket(_ a: [UInt64], _ b: [UInt64], _ n: Int) -> [UInt64] {
        let ab = multiply(a, b, n), ba = multiply(b, a, n)
        var out = ab
        for i in out.indices { out[i] = sub(ab[i], ba[i]) }
        return out
    }
}
