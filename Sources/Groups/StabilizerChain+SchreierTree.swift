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
        for s in generators.prefix(16) {
            var p = s
            var span = 1
            while true {
                labels.append(p)
                span *= 2
                if span >= bound { break }
                p = composeTables(p, p)
            }
        }
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
