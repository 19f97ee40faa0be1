/// A level of a `StabilizerChain` whose orbit is too long for explicit inverse transversal rows
/// (orbit length x degree entries, quadratic: 1.6 GB for one 20,000-point cycle) keeps a Schreier
/// tree instead: for each orbit point its parent and the label that maps the parent to it. The
/// labels are the generators of the level's stabilizer and their powers s^2, s^4, ..., so the
/// tree of a long cycle has depth about log2 of its length; sifting walks the path (depth x
/// degree work) and the level holds O(degree x labels) entries.
struct SchreierTree {
    /// Per orbit slot: the parent slot (-1 at the base point, slot 0).
    var parent: [Int32] = []
    /// Per orbit slot: the index into `inverseLabels` of the label t with point = t(parent point).
    var label: [Int32] = []
    var inverseLabels: [[Int32]] = []

    /// Entries of explicit rows a level may hold before it switches to a tree (32 MB).
    static let explicitRowLimit = 1 << 23

    /// Rebuilds `level`'s orbit (the same set of points, found again from the base point) as a
    /// breadth-first tree over `generators` and their powers.
    static func rebuild(_ level: inout StabilizerChain.Level, generators: [[Int32]], degree n: Int) {
        var labels: [[Int32]] = []
        let bound = level.orbit.count
        for s in generators.prefix(16) { labels += doublingPowers(s, reaching: bound) }
        labels += generators.dropFirst(16)
        for point in level.orbit { level.slot[Int(point)] = -1 }
        var tree = SchreierTree()
        var orbit: [Int32] = [Int32(level.base)]
        level.slot[level.base] = 0
        tree.parent = [-1]
        tree.label = [-1]
        var k = 0
        while k < orbit.count {
            let beta = Int(orbit[k])
            for (l, t) in labels.enumerated() {
                let gamma = Int(t[beta])
                if level.slot[gamma] >= 0 { continue }
                level.slot[gamma] = Int32(orbit.count)
                orbit.append(Int32(gamma))
                tree.parent.append(Int32(k))
                tree.label.append(Int32(l))
            }
            k += 1
        }
        tree.inverseLabels = labels.map(inverseTable)
        level.orbit = orbit
        level.tree = tree
        level.inverseTransversal = []
        level.rowsIncomplete = false
    }

    /// Extends `level`'s tree after its orbit grew from `oldCount` points to the closure of the
    /// old orbit O under one new generator z (`StabilizerChain.extendOrbit` with a normalizing
    /// generator), without rebuilding it: when z normalizes the level's old group the new orbit is
    /// the union of the blocks O z^j, j < m (m = new / old orbit length), so a breadth-first search
    /// from O over z, z^2, z^4, ..., z^(2^(L-1)) (2^L >= m) reaches every new point within L steps
    /// of the old tree. The old points keep their paths and labels; the level gains L labels where
    /// a rebuild would take every generator's powers again and search the whole orbit with them
    /// (`tower group C1000000`, whose series build C_1000000 through its twelve prime steps
    /// several times: 58 s and 7 GB before, about 10 s now).
    /// Returns false, leaving the level to `rebuild`, when the level has no tree yet or the search
    /// does not reach the orbit that the closure found (z does not normalize).
    static func extend(_ level: inout StabilizerChain.Level, oldCount: Int, by z: [Int32]) -> Bool {
        guard !level.rowsIncomplete, var tree = level.tree, tree.parent.count == oldCount, oldCount > 0 else { return false }
        let newCount = level.orbit.count
        let blocks = (newCount + oldCount - 1) / oldCount
        let labels = doublingPowers(z, reaching: blocks)
        level.tree = nil   // the arrays below are then uniquely referenced and grow in place
        for k in oldCount..<newCount { level.slot[Int(level.orbit[k])] = -1 }
        level.orbit.removeLast(newCount - oldCount)
        let first = Int32(tree.inverseLabels.count)
        var k = 0
        while k < level.orbit.count {
            let beta = Int(level.orbit[k])
            for (l, t) in labels.enumerated() {
                let gamma = Int(t[beta])
                if level.slot[gamma] >= 0 { continue }
                level.slot[gamma] = Int32(level.orbit.count)
                level.orbit.append(Int32(gamma))
                tree.parent.append(Int32(k))
                tree.label.append(first + Int32(l))
            }
            k += 1
        }
        guard level.orbit.count == newCount else { return false }   // the caller rebuilds from the base point
        tree.inverseLabels += labels.map(inverseTable)
        level.tree = tree
        return true
    }

    /// s, s^2, s^4, ..., s^(2^(L-1)) with 2^L >= `bound` (at least s): with them any power s^j,
    /// j < bound, is a path of at most L labels.
    static func doublingPowers(_ s: [Int32], reaching bound: Int) -> [[Int32]] {
        var powers = [s]
        var span = 2
        while span < bound {
            powers.append(composeTables(powers[powers.count - 1], powers[powers.count - 1]))
            span *= 2
        }
        return powers
    }

    /// g := g * u_k^-1 (u_k maps the base point to orbit[k]), walking the path to the base.
    func applyInverseTransversal(slot k: Int, to g: inout [Int32]) {
        var k = k
        while k > 0 {
            inverseLabels[Int(label[k])].withUnsafeBufferPointer { inv in
                g.withUnsafeMutableBufferPointer { gp in
                    for x in 0..<gp.count { gp[x] = inv[Int(gp[x])] }
                }
            }
            k = Int(parent[k])
        }
    }
}
