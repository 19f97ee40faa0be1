/// Permutations as image tables (`[Int32]`, point i goes to table[i]; products left to right as in
/// GAP: apply a, then b): the one home of the table helpers every algorithm file uses.

/// Composes two image tables of equal length: apply `a`, then `b`.
@inlinable func composeTables(_ a: [Int32], _ b: [Int32]) -> [Int32] {
    [Int32](unsafeUninitializedCapacity: a.count) { r, count in
        a.withUnsafeBufferPointer { pa in
            b.withUnsafeBufferPointer { pb in
                for i in 0..<pa.count { r[i] = pb[Int(pa[i])] }
            }
        }
        count = a.count
    }
}

/// The inverse table: point table[i] goes back to i.
func inverseTable(_ g: [Int32]) -> [Int32] {
    var r = [Int32](repeating: 0, count: g.count)
    for i in 0..<g.count { r[Int(g[i])] = Int32(i) }
    return r
}

/// y^g = g^-1 y g in one pass (point i goes through g^-1, y, g).
func conjugateTable(_ y: [Int32], by g: [Int32], inverse gInverse: [Int32]) -> [Int32] {
    [Int32](unsafeUninitializedCapacity: y.count) { r, count in
        y.withUnsafeBufferPointer { py in
            g.withUnsafeBufferPointer { pg in
                gInverse.withUnsafeBufferPointer { pgi in
                    for i in 0..<py.count { r[i] = pg[Int(py[Int(pgi[i])])] }
                }
            }
        }
        count = y.count
    }
}

/// [a, b] = a^-1 b^-1 a b.
func commutatorTable(_ a: [Int32], _ b: [Int32]) -> [Int32] {
    composeTables(composeTables(inverseTable(a), inverseTable(b)), composeTables(a, b))
}

/// [a, b] = a^-1 b^-1 a b from the tables and their inverses in one pass, or nil when a and b
/// commute (point i goes through a^-1, b^-1, a, b in turn).
func nontrivialCommutator(_ a: [Int32], _ aInverse: [Int32], _ b: [Int32], _ bInverse: [Int32]) -> [Int32]? {
    let n = a.count
    // Whether ab = ba, with two lookups per point and an early exit: in the deep, nearly
    // abelian layers most pairs commute.
    let commute = a.withUnsafeBufferPointer { pa in
        b.withUnsafeBufferPointer { pb in
            for i in 0..<n where pb[Int(pa[i])] != pa[Int(pb[i])] { return false }
            return true
        }
    }
    if commute { return nil }
    var moved = false
    let c = [Int32](unsafeUninitializedCapacity: n) { r, count in
        a.withUnsafeBufferPointer { pa in
            aInverse.withUnsafeBufferPointer { pai in
                b.withUnsafeBufferPointer { pb in
                    bInverse.withUnsafeBufferPointer { pbi in
                        for i in 0..<n {
                            let image = pb[Int(pa[Int(pbi[Int(pai[i])])])]
                            r[i] = image
                            if image != Int32(i) { moved = true }
                        }
                    }
                }
            }
        }
        count = n
    }
    return moved ? c : nil
}

/// The points the table moves, in increasing order.
func movedPointsTable(_ g: [Int32]) -> [Int32] {
    var points: [Int32] = []
    for i in 0..<g.count where g[i] != Int32(i) { points.append(Int32(i)) }
    return points
}

/// Whether y and g commute, looking only at `support`, the points g moves: if y g = g y there,
/// y maps the support onto itself (p in it with y(p) outside would give y(g(p)) = y(p)), so
/// both sides agree off it as well. Costs |support| lookups instead of a pass over all points.
func commutes(_ y: [Int32], with g: [Int32], support: [Int32]) -> Bool {
    y.withUnsafeBufferPointer { py in
        g.withUnsafeBufferPointer { pg in
            for p in support where py[Int(pg[Int(p)])] != pg[Int(py[Int(p)])] { return false }
            return true
        }
    }
}

/// Whether every two of `gens` commute (the group they generate is abelian).
func tablesCommute(_ gens: [[Int32]]) -> Bool {
    for i in 0..<gens.count {
        for j in (i + 1)..<gens.count where composeTables(gens[i], gens[j]) != composeTables(gens[j], gens[i]) {
            return false
        }
    }
    return true
}

/// Whether every point is fixed.
func isIdentityTable(_ g: [Int32]) -> Bool {
    for i in 0..<g.count where g[i] != Int32(i) { return false }
    return true
}

/// The smallest point the table moves, nil for the identity.
func firstMovedPoint(_ g: [Int32]) -> Int? {
    for i in 0..<g.count where g[i] != Int32(i) { return i }
    return nil
}

/// The lengths of the cycles (fixed points count as cycles of length 1), by smallest point.
func cycleLengths(_ g: [Int32]) -> [Int] {
    var seen = [Bool](repeating: false, count: g.count)
    var lengths: [Int] = []
    for i in 0..<g.count where !seen[i] {
        var l = 0
        var p = i
        while !seen[p] { seen[p] = true; p = Int(g[p]); l += 1 }
        lengths.append(l)
    }
    return lengths
}

/// +1 for an even permutation table, -1 for an odd one (parity of n minus the cycle count).
func tableSign(_ g: [Int32]) -> Int {
    var seen = [Bool](repeating: false, count: g.count)
    var cycles = 0
    for i in 0..<g.count where !seen[i] {
        cycles += 1
        var p = i
        while !seen[p] { seen[p] = true; p = Int(g[p]) }
    }
    return (g.count - cycles) % 2 == 0 ? 1 : -1
}
