import Exact

/// Exact vector arithmetic on `[Rational]`, skipping zero entries (the vectors we meet are sparse).
enum VectorOps {
    static func add(_ a: [Rational], _ b: [Rational]) -> [Rational] {
        var out = a
        for i in b.indices where !b[i].isZero { out[i] = a[i].isZero ? b[i] : a[i] + b[i] }
        return out
    }

    static func subtract(_ a: [Rational], _ b: [Rational]) -> [Rational] {
        var out = a
        for i in b.indices where !b[i].isZero { out[i] = a[i].isZero ? -b[i] : a[i] - b[i] }
        return out
    }

    /// a -= c * b, in place.
    static func subtractMultiple(_ a: inout [Rational], _ c: Rational, _ b: [Rational]) {
        if c.isZero { return }
        for i in b.indices where !b[i].isZero { a[i] -= c * b[i] }
    }

    /// a += c * b, in place.
    static func addMultiple(_ a: inout [Rational], _ c: Rational, _ b: [Rational]) {
        if c.isZero { return }
        for i in b.indices where !b[i].isZero { a[i] += c * b[i] }
    }

    static func isZero(_ a: [Rational]) -> Bool { a.allSatisfy { $0.isZero } }

    static func dot(_ a: [Rational], _ b: [Rational]) -> Rational {
        var s = Rational.zero
        for i in a.indices where !a[i].isZero && !b[i].isZero { s += a[i] * b[i] }
        return s
    }
}
