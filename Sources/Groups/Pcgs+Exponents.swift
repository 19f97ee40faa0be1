/// Exponent vectors: g = g_0^(e_0) g_1^(e_1) ... g_{m-1}^(e_{m-1}), 0 <= e_d < p_d, read from
/// the chain as in GAP's `ExponentsOfPcElementPermGroup`.
///
/// Invariant at depth d: g lies in G_d. Let l be the level of g_d. Stripping g through the
/// levels above l with the chain's transversals (elements of G_{d+1}: those orbits did not grow
/// at step d) leaves r = g u^-1 fixing the first l base points, and r lies in G_{d+1} exactly
/// when the image of b_l under r lies in G_{d+1}'s orbit, the points not labelled d. Otherwise
/// that image lies in the block Delta g_d^e, and e is found by applying g_d until the point is
/// back in Delta (p - e steps). Then g_d^-e g lies in G_{d+1}.
///
/// The stripping multipliers V_k (g V_k fixes b_0..b_{k-1}) are kept on a stack: they depend
/// only on the images of b_0..b_{k-1}, which g_d^-e g shares with g for k <= l, so a step
/// only cuts the stack back to l; the test at each depth is one lookup, V_l(g(b_l)).
extension Pcgs {
    /// The exponents of g, or nil when g is not in G (the residue is not the identity, or a
    /// point leaves an orbit). `stopAtFirst`: return as soon as one exponent is non-zero (the
    /// rest of the vector is then zero and meaningless).
    func exponents(of g: [Int32], stopAtFirst: Bool = false, from start: Int = 0) -> [Int]? {
        let n = degree
        let m = length
        var exps = [Int](repeating: 0, count: m)
        if g.count != n { return nil }
        var g = g
        var stack: [[Int32]] = [Array(0..<Int32(n))]
        for d in start..<m {
            let l = levels[d]
            while stack.count <= l {
                let k = stack.count - 1
                let level = chain.levels[k]
                let beta = Int(stack[k][Int(g[level.base])])
                let slot = Int(level.slot[beta])
                if slot < 0 { return nil }
                if slot == 0 { stack.append(stack[k]); continue }
                let v = stack[k]
                let next = level.inverseTransversal.withUnsafeBufferPointer { rows in
                    [Int32](unsafeUninitializedCapacity: n) { r, count in
                        let row = rows.baseAddress! + slot * n
                        for x in 0..<n { r[x] = row[Int(v[x])] }
                        count = n
                    }
                }
                stack.append(next)
            }
            let levelLabels = labels[l]
            let q = Int(stack[l][Int(g[chain.levels[l].base])])
            let label = Int(levelLabels[q])
            if label < 0 || label < d { return nil }
            if label > d { continue }
            let p = relativeOrders[d]
            var e = p
            var point = q
            let z = elements[d]
            repeat {
                e -= 1
                point = Int(z[point])
            } while Int(levelLabels[point]) == d && e > 0
            if Int(levelLabels[point]) == d { return nil }
            exps[d] = e
            if stopAtFirst { return exps }
            // g <- g_d^-e g (apply g_d^-e first).
            let w = ElementPowers.power(inverses[d], e)
            g = composeTables(w, g)
            stack.removeLast(stack.count - l - 1)
        }
        return isIdentityTable(g) ? exps : nil
    }

    /// The first depth with a non-zero exponent and that exponent; (length, 0) for the identity;
    /// nil when g is not in G.
    func depthAndLeadingExponent(of g: [Int32], from start: Int = 0) -> (depth: Int, exponent: Int)? {
        if isIdentityTable(g) { return (length, 0) }
        guard let exps = exponents(of: g, stopAtFirst: true, from: start) else { return nil }
        guard let d = exps.firstIndex(where: { $0 != 0 }) else { return nil }  // non-identity with all zero: not in G
        return (d, exps[d])
    }

    /// For g in G_start: the first depth d in start..<stop with a non-zero exponent and that
    /// exponent, or (stop, 0) when g lies in G_stop. Nothing is allocated but the stripping
    /// stack; membership in G is assumed (the closures only form products of members).
    func leadingExponent(of g: [Int32], from start: Int, below stop: Int) -> (depth: Int, exponent: Int) {
        let n = degree
        var stack: [[Int32]] = [Array(0..<Int32(n))]
        for d in start..<stop {
            let l = levels[d]
            while stack.count <= l {
                let k = stack.count - 1
                let level = chain.levels[k]
                let slot = Int(level.slot[Int(stack[k][Int(g[level.base])])])
                if slot <= 0 { stack.append(stack[k]); continue }
                let v = stack[k]
                stack.append(level.inverseTransversal.withUnsafeBufferPointer { rows in
                    v.withUnsafeBufferPointer { pv in
                        [Int32](unsafeUninitializedCapacity: n) { r, count in
                            let row = rows.baseAddress! + slot * n
                            for x in 0..<n { r[x] = row[Int(pv[x])] }
                            count = n
                        }
                    }
                })
            }
            let levelLabels = labels[l]
            let q = Int(stack[l][Int(g[chain.levels[l].base])])
            if Int(levelLabels[q]) != d { continue }
            var e = relativeOrders[d]
            var point = q
            let z = elements[d]
            repeat {
                e -= 1
                point = Int(z[point])
            } while Int(levelLabels[point]) == d && e > 0
            return (d, e)
        }
        return (stop, 0)
    }

    /// Membership in G by the exponent sift.
    func contains(_ g: [Int32]) -> Bool { exponents(of: g) != nil }

    /// g_0^(e_0) g_1^(e_1) ... as a table.
    func element(exponents exps: [Int]) -> [Int32] {
        var g = Array(0..<Int32(degree))
        for (d, e) in exps.enumerated() where e != 0 {
            g = composeTables(g, ElementPowers.power(elements[d], e))
        }
        return g
    }
}
