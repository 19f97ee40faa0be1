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
    /// point leaves an orbit).
    func exponents(of g: [Int32]) -> [Int]? {
        guard g.count == degree, let (exps, rest) = exponents(of: g, from: 0, below: length) else { return nil }
        return isIdentityTable(rest) ? exps : nil
    }

    /// For g in G_start: its exponents at the depths start..<stop and the residue, which lies in
    /// G_stop; nil when a point leaves an orbit or a label shows that g is not in G_start.
    func exponents(of g: [Int32], from start: Int, below stop: Int) -> (exponents: [Int], residue: [Int32])? {
        var exps = [Int](repeating: 0, count: stop - start)
        var g = g
        var stack = newStrippingStack()
        for d in start..<stop {
            switch siftStep(g, depth: d, stack: &stack) {
            case .outside: return nil
            case .below: continue
            case .exponent(let e):
                exps[d - start] = e
                // g <- g_d^-e g (apply g_d^-e first).
                let w = smallPower(inverses[d], e)
                g = composeTables(w, g)
                stack.removeLast(stack.count - levels[d] - 1)
            }
        }
        return (exps, g)
    }

    /// One depth of the sift of g, an element of G_d if of G at all: `outside` when a point
    /// leaves its orbit or a label shows that g is not in G_d, `below` when g lies in G_{d+1},
    /// else the exponent of g_d in g. `stack`: stripping multipliers valid for g.
    private enum SiftStep { case outside, below, exponent(Int) }

    private func siftStep(_ g: [Int32], depth d: Int, stack: inout [[Int32]]) -> SiftStep {
        let l = levels[d]
        guard strip(g, stack: &stack, through: l) else { return .outside }
        let q = Int(stack[l][Int(g[chainArrays.bases[l]])])
        let label = Int(labels[l][q])
        if label < 0 || label < d { return .outside }
        if label > d { return .below }
        return blockExponent(q, depth: d).map { .exponent($0) } ?? .outside
    }

    /// For g in G_start: the first depth d in start..<stop with a non-zero exponent and that
    /// exponent, or (stop, 0) when g lies in G_stop. `stack`: stripping multipliers already
    /// valid for g (a fresh one from `newStrippingStack`, or one kept from an element that
    /// agrees with g on the corresponding base points). Membership in G is assumed (the
    /// closures only form products of members).
    func leadingExponent(of g: [Int32], from start: Int, below stop: Int,
                         stack: inout [[Int32]]) -> (depth: Int, exponent: Int) {
        for d in start..<stop {
            let l = levels[d]
            guard strip(g, stack: &stack, through: l) else { preconditionFailure("leadingExponent: an element outside G") }
            let q = Int(stack[l][Int(g[chainArrays.bases[l]])])
            if Int(labels[l][q]) != d { continue }
            return (d, blockExponent(q, depth: d) ?? 0)
        }
        return (stop, 0)
    }

    /// `leadingExponent` for an element that may lie outside G_start: nil when a point leaves
    /// its orbit or a label shows that g is not in G_d (the checks of `exponents(of:from:below:)`).
    func leadingExponentIfMember(of g: [Int32], from start: Int, below stop: Int,
                                 stack: inout [[Int32]]) -> (depth: Int, exponent: Int)? {
        for d in start..<stop {
            switch siftStep(g, depth: d, stack: &stack) {
            case .outside: return nil
            case .below: continue
            case .exponent(let e): return (d, e)
            }
        }
        return (stop, 0)
    }

    func leadingExponent(of g: [Int32], from start: Int, below stop: Int) -> (depth: Int, exponent: Int) {
        var stack = newStrippingStack()
        return leadingExponent(of: g, from: start, below: stop, stack: &stack)
    }

    /// The sift of the induced-pcgs tables (`InducedPcgs`, `LevelledPcgs`, `PcgsLayerSpan`): divides x (an element
    /// of G) by the table element at each depth where x has a non-zero leading exponent, until x
    /// lies in G_stop (nil) or reaches a depth `divisor` has nothing for; returns it there with
    /// leading exponent 1 (x^k generates the same cyclic group as x). `divisor(d)`: the inverse
    /// of the table element of depth d (leading exponent 1) and how many leading base points it
    /// fixes (dividing by it keeps that much of the stripping stack).
    /// `from`: the first depth (x in G_from); `ifMember`: x may lie outside G_from, and the sift
    /// returns nil when it does (`leadingExponentIfMember`).
    func sift(_ x: [Int32], from first: Int = 0, below stop: Int, ifMember: Bool = false,
              divisor: (Int) -> (inverse: [Int32], fixedBasePrefix: Int)?) -> (element: [Int32], depth: Int)? {
        var x = x
        var start = first
        var stack = newStrippingStack()
        while true {
            let lead = ifMember ? leadingExponentIfMember(of: x, from: start, below: stop, stack: &stack)
                                : leadingExponent(of: x, from: start, below: stop, stack: &stack)
            guard let (d, e) = lead, d < stop else { return nil }
            if let (inverse, prefix) = divisor(d) {
                x = composeTables(smallPower(inverse, e), x)
                stack.removeLast(max(0, stack.count - prefix - 1))
                start = d + 1
                continue
            }
            return (normalized(x, exponent: e, prime: relativeOrders[d]), d)
        }
    }

    /// x^k with leading exponent k e = 1 mod p and k prime to the order of x, so that x^k
    /// generates the same cyclic group as x: the closures store x^k in place of x. The least
    /// k with k e = 1 mod p alone can lose a part of x (x of order 6 at a depth of relative
    /// order 3 with e = 2: x^2 has order 3, and the closure missed x^3; TransitiveGroup(24,16222)
    /// got [G, G'] of order 2304 instead of 4608). k runs through e^-1 + p j, j = 0, 1, ...;
    /// one of them is prime to the order (Chinese remainder theorem).
    private func normalized(_ x: [Int32], exponent e: Int, prime p: Int) -> [Int32] {
        var k = 1
        while (k * e) % p != 1 { k += 1 }
        if k == 1 { return x }
        let primes = ElementPowers.orderFactorization(x).keys
        while primes.contains(where: { k % $0 == 0 }) { k += p }
        return ElementPowers.power(x, k)
    }

    /// How many leading base points t fixes.
    func fixedBasePrefix(of t: [Int32]) -> Int {
        let base = chainArrays.bases
        return base.firstIndex { t[$0] != Int32($0) } ?? base.count
    }

    /// V_0 = identity: the stack `strip` extends.
    func newStrippingStack() -> [[Int32]] { [Array(0..<Int32(degree))] }

    /// Membership in G by the exponent sift.
    func contains(_ g: [Int32]) -> Bool { exponents(of: g) != nil }

    /// g_0^(e_0) g_1^(e_1) ... as a table.
    func element(exponents exps: [Int]) -> [Int32] {
        var g = Array(0..<Int32(degree))
        for (d, e) in exps.enumerated() where e != 0 {
            g = composeTables(g, smallPower(elements[d], e))
        }
        return g
    }

    /// Extends the stack of stripping multipliers (V_k: g V_k fixes b_0..b_(k-1)) through level
    /// l; false when a point leaves its basic orbit (g is not in G).
    private func strip(_ g: [Int32], stack: inout [[Int32]], through l: Int) -> Bool {
        let n = degree
        while stack.count <= l {
            let k = stack.count - 1
            let slot = Int(chainArrays.slots[k][Int(stack[k][Int(g[chainArrays.bases[k]])])])
            if slot < 0 { return false }
            if slot == 0 { stack.append(stack[k]); continue }
            let v = stack[k]
            stack.append(chainArrays.rows[k].withUnsafeBufferPointer { rows in
                v.withUnsafeBufferPointer { pv in
                    [Int32](unsafeUninitializedCapacity: n) { r, count in
                        let row = rows.baseAddress! + slot * n
                        for x in 0..<n { r[x] = row[Int(pv[x])] }
                        count = n
                    }
                }
            })
        }
        return true
    }

    /// The e with q in Delta g_d^e, for a point q labelled d at g_d's level (Delta: the orbit of
    /// G_(d+1) there): p - e applications of g_d bring q back into Delta. nil if they do not.
    private func blockExponent(_ q: Int, depth d: Int) -> Int? {
        let levelLabels = labels[levels[d]]
        let z = elements[d]
        var e = relativeOrders[d]
        var point = q
        repeat {
            e -= 1
            point = Int(z[point])
        } while Int(levelLabels[point]) == d && e > 0
        return Int(levelLabels[point]) == d ? nil : e
    }
}
