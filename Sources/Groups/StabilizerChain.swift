import Exact

/// A base and strong generating set with explicit inverse transversals, mutable while it is
/// being built and frozen (shared read-only) once a `PermutationGroup` owns it.
///
/// Level i has base point b_i, the strong generators introduced at that level (they fix
/// b_0..b_{i-1}), the orbit of b_i under all generators of levels >= i, and for each orbit
/// point beta a permutation mapping beta back to b_i. Storing the inverse transversal as
/// flat rows makes sifting one table composition per level, with no word evaluation.
final class StabilizerChain: @unchecked Sendable {
    let degree: Int
    private(set) var levels: [Level] = []
    /// Every strong generator, numbered so that Schreier-generator bookkeeping can refer to it.
    private(set) var generators: [[Int32]] = []

    struct Level {
        var base: Int
        /// Indices into `generators` of the strong generators introduced at this level.
        var generatorIDs: [Int] = []
        var orbit: [Int32] = []
        /// point -> index into `orbit`, or -1.
        var slot: [Int32]
        /// Row k (length `degree`) maps orbit[k] to the base point; empty when `tree` is set.
        var inverseTransversal: [Int32] = []
        /// Set once the rows would pass `SchreierTree.explicitRowLimit` (see `SchreierTree`).
        var tree: SchreierTree? = nil
        /// The orbit grew past the row limit during this extension: rebuild as a tree.
        var rowsIncomplete = false
    }

    init(degree: Int) { self.degree = degree }

    /// A deep copy, for building a supergroup's chain from a subgroup's.
    func copy() -> StabilizerChain {
        let c = StabilizerChain(degree: degree)
        c.levels = levels
        c.generators = generators
        return c
    }

    var baseLength: Int { levels.count }
    var base: [Int] { levels.map(\.base) }

    /// The group order: the product of the basic orbit lengths.
    var order: BigInt {
        var result = BigInt.one
        var small = 1
        for level in levels {
            let (p, overflow) = small.multipliedReportingOverflow(by: level.orbit.count)
            if overflow {
                result *= BigInt(small)
                small = level.orbit.count
            } else {
                small = p
            }
        }
        return result * BigInt(small)
    }

    /// The strong generators of level `i` and all deeper levels: generators of the stabilizer
    /// of b_0..b_{i-1}.
    func generatorIDs(from i: Int) -> [Int] {
        levels[i...].flatMap(\.generatorIDs)
    }

    /// Sifts `g` through levels `from...`; returns the index of the level where it fell out
    /// (`levels.count` when it passed every level). `g` is left as the residue.
    @discardableResult
    func sift(_ g: inout [Int32], from start: Int = 0) -> Int {
        let n = degree
        var scratch: [Int32] = []
        // Levels are read through one unsafe buffer (no reference counting per level), and the
        // scratch table is allocated only if some level needs a composition.
        return levels.withUnsafeBufferPointer { lv in
            for i in start..<lv.count {
                let base = lv[i].base
                let beta = Int(g[base])
                let k = lv[i].slot.withUnsafeBufferPointer { Int($0[beta]) }
                if k < 0 { return i }
                if beta == base { continue }
                if let tree = lv[i].tree {
                    tree.applyInverseTransversal(slot: k, to: &g)
                    continue
                }
                if scratch.isEmpty { scratch = [Int32](repeating: 0, count: n) }
                lv[i].inverseTransversal.withUnsafeBufferPointer { rows in
                    let row = rows.baseAddress! + k * n
                    g.withUnsafeBufferPointer { gp in
                        scratch.withUnsafeMutableBufferPointer { sp in
                            for x in 0..<n { sp[x] = row[Int(gp[x])] }
                        }
                    }
                }
                swap(&g, &scratch)
            }
            return lv.count
        }
    }

    func contains(_ g: [Int32]) -> Bool {
        var h = g
        return sift(&h) == levels.count && isIdentityTable(h)
    }

    /// Adds a strong generator at `level` (it must fix the base points of earlier levels);
    /// `level == levels.count` appends a new level whose base point is the first point `g` moves.
    /// `normalizing`: g normalizes the chain's group K with g^p in K, so only the orbit at
    /// `level` grows (see `NormalizingExtension`) and shallower levels are not revisited.
    func addGenerator(_ g: [Int32], at level: Int, normalizing: Bool = false) {
        if level == levels.count {
            guard let moved = firstMovedPoint(g) else { return }
            appendLevel(base: moved)
        }
        let id = generators.count
        generators.append(g)
        levels[level].generatorIDs.append(id)
        if normalizing {
            extendOrbit(level: level, newGenerator: id, closingUnder: [g])
        } else {
            for j in 0...level { extendOrbit(level: j, newGenerator: id) }
        }
    }

    func appendLevel(base: Int) {
        var level = Level(base: base, slot: [Int32](repeating: -1, count: degree))
        level.orbit = [Int32(base)]
        level.slot[base] = 0
        level.inverseTransversal = (0..<Int32(degree)).map { $0 }
        levels.append(level)
    }

    /// Extends the orbit of `level` after generator `id` joined it: images of old points under
    /// the new generator, then a breadth-first closure of new points under all generators.
    /// The level is moved out of `levels` while it grows, so its arrays are mutated in place
    /// (no copy-on-write, no reference counting per point); the generator list is gathered only
    /// when the orbit actually grew (a normalizing extension leaves shallower orbits unchanged).
    /// `closingUnder`, when given, is a set of generators known to close the orbit (for a
    /// normalizing generator z the new orbit is Delta u Delta z u ..., so z alone suffices).
    private func extendOrbit(level i: Int, newGenerator id: Int, closingUnder known: [[Int32]]? = nil) {
        var level = Level(base: 0, slot: [])
        swap(&level, &levels[i])
        defer { swap(&level, &levels[i]) }
        let oldCount = level.orbit.count
        let newGen = generators[id]
        for k in 0..<oldCount { visit(&level, from: k, by: newGen) }
        if level.orbit.count == oldCount { return }
        var gens = known ?? level.generatorIDs.map { generators[$0] }
        if known == nil { for j in (i + 1)..<levels.count { gens += levels[j].generatorIDs.map { generators[$0] } } }
        var frontier = oldCount
        while frontier < level.orbit.count {
            for s in gens { visit(&level, from: frontier, by: s) }
            frontier += 1
        }
        if level.tree != nil || level.rowsIncomplete {
            if let known, known.count == 1, SchreierTree.extend(&level, oldCount: oldCount, by: known[0]) { return }
            var all = level.generatorIDs.map { generators[$0] }
            for j in (i + 1)..<levels.count { all += levels[j].generatorIDs.map { generators[$0] } }
            SchreierTree.rebuild(&level, generators: all, degree: degree)
        }
    }

    /// If s maps orbit[k] outside the orbit, records the image with inverse transversal
    /// s^-1 u_k^-1 (maps the image back to the base point).
    private func visit(_ level: inout Level, from k: Int, by s: [Int32]) {
        let beta = Int(level.orbit[k])
        let gamma = Int(s[beta])
        if level.slot[gamma] >= 0 { return }
        level.slot[gamma] = Int32(level.orbit.count)
        level.orbit.append(Int32(gamma))
        let n = degree
        if level.tree != nil || level.rowsIncomplete { return }
        if level.inverseTransversal.count + n > SchreierTree.explicitRowLimit {
            level.rowsIncomplete = true
            level.inverseTransversal = []
            return
        }
        let start = level.inverseTransversal.count
        level.inverseTransversal.append(contentsOf: repeatElement(0, count: n))
        level.inverseTransversal.withUnsafeMutableBufferPointer { rows in
            let uk = UnsafePointer(rows.baseAddress! + k * n)
            let r = rows.baseAddress! + start
            s.withUnsafeBufferPointer { sp in
                // r = s^-1 * u_k^-1 : x -> u_k^-1(s^-1(x)); build via y = s(x): r[s(x)] = uk[x].
                for x in 0..<n { r[Int(sp[x])] = uk[x] }
            }
        }
    }

    /// A uniformly random element of the group the chain describes (for a partial chain, of the
    /// set its transversals multiply out to, which lies in the group its generators generate):
    /// one random transversal element per level, deepest first.
    func randomElement(using rng: inout SplitMix64) -> [Int32] {
        var g = (0..<Int32(degree)).map { $0 }
        for i in levels.indices.reversed() {
            g = composeTables(g, transversal(level: i, index: rng.below(levels[i].orbit.count)))
        }
        return g
    }

    /// The transversal element u_k (maps the base point to orbit[k]) as a table.
    func transversal(level i: Int, index k: Int) -> [Int32] {
        inverseTable(Array(inverseTransversal(level: i, index: k)))
    }

    func inverseTransversal(level i: Int, index k: Int) -> ArraySlice<Int32> {
        if let tree = levels[i].tree {
            var row = (0..<Int32(degree)).map { $0 }
            tree.applyInverseTransversal(slot: k, to: &row)
            return row[...]
        }
        return levels[i].inverseTransversal[(k * degree)..<((k + 1) * degree)]
    }
}
