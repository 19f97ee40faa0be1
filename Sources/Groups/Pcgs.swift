import Exact

/// A polycyclic generating sequence of a solvable permutation group, built by Sims' method
/// (after GAP's `lib/pcgsperm.gi` and the Handbook of Computational Group Theory, ch. 8).
///
/// g_0, ..., g_{m-1} with G_d = <g_d, ..., g_{m-1}>: G_0 = G, G_m = 1, each G_{d+1} normal in
/// G_d with prime index p_d (the relative order of g_d). The sequence refines the derived
/// series: the members of the derived series are the tails G_d at `derivedStarts`.
///
/// The pcgs is built bottom-up on one stabilizer chain: from the trivial group, the generators
/// of each derived layer are added by prime-index normalizing extensions (`NormalizingExtension`,
/// exact because every layer's quotient is abelian), deepest layer first. The step that made
/// G_d from G_{d+1} added one strong generator (the residue g_d) at one level, and that level's
/// orbit grew from Delta to Delta u Delta g_d u ... u Delta g_d^(p-1); every new orbit point is
/// labelled d. Transversals of older points are never rebuilt, so the transversal element of a
/// point labelled e lies in G_e. That is what makes exponents readable from the chain
/// (`Pcgs+Exponents.swift`).
struct Pcgs: @unchecked Sendable {
    let degree: Int
    /// g_0, g_1, ... (G = <g_0, ...>).
    let elements: [[Int32]]
    let inverses: [[Int32]]
    let relativeOrders: [Int]
    /// The chain level at which g_d was added (g_d fixes the base points of earlier levels).
    let levels: [Int]
    /// The chain of G, built bottom-up (see above).
    let chain: StabilizerChain
    /// Per chain level: point -> the depth d whose step brought it into the orbit, `length` for
    /// the base point (in every tail's orbit), -1 for points outside the orbit.
    let labels: [[Int32]]
    /// Depths at which the members of the derived series start: G^(i) = G_{derivedStarts[i]},
    /// ending with `length` (the trivial group).
    let derivedStarts: [Int]
    /// The chain's levels as plain arrays (`ChainArrays`).
    let chainArrays: ChainArrays

    var length: Int { elements.count }

    /// depth -> the index i of the derived layer G^(i) > G^(i+1) holding it.
    var layerOfDepth: [Int] {
        var result = [Int](repeating: 0, count: length)
        for i in 0..<(derivedStarts.count - 1) {
            for d in derivedStarts[i]..<derivedStarts[i + 1] { result[d] = i }
        }
        return result
    }

    /// |G_d| as the product of the relative orders from d on.
    func tailOrder(from d: Int) -> BigInt {
        productOfRelativeOrders(relativeOrders[d...])
    }

    /// The pcgs of a solvable group along its derived series, or nil when the group is not
    /// solvable or a level of the chain would need a Schreier tree (orbit x degree past
    /// `SchreierTree.explicitRowLimit`; its transversals are rebuilt, so labels do not hold).
    static func build(for group: PermutationGroup) -> Pcgs? {
        guard group.isSolvable else { return nil }
        let derived = group.derivedSeries
        let n = group.degree
        let chain = StabilizerChain(degree: n)
        var stepElements: [[Int32]] = []
        var stepLevels: [Int] = []
        var stepPrimes: [Int] = []
        // Per level: the step (in order of addition) that brought each point in; -2: base point.
        var stepLabels: [[Int32]] = []
        var orbitSizes: [Int] = []
        var layerEnds: [Int] = [0]
        for j in stride(from: derived.count - 2, through: 0, by: -1) {
            for x in layerGenerators(derived, j) {
                var failed = false
                NormalizingExtension.add(x, to: chain) { c in
                    let id = c.generators.count - 1
                    guard let level = c.levels.firstIndex(where: { $0.generatorIDs.last == id }) else { failed = true; return }
                    while orbitSizes.count < c.levels.count {
                        orbitSizes.append(1)
                        var row = [Int32](repeating: -1, count: n)
                        row[c.levels[orbitSizes.count - 1].base] = -2
                        stepLabels.append(row)
                    }
                    let orbit = c.levels[level].orbit
                    let old = orbitSizes[level]
                    guard orbit.count % old == 0, orbit.count > old else { failed = true; return }
                    let step = Int32(stepElements.count)
                    for k in old..<orbit.count { stepLabels[level][Int(orbit[k])] = step }
                    orbitSizes[level] = orbit.count
                    stepElements.append(c.generators[id])
                    stepLevels.append(level)
                    stepPrimes.append(orbit.count / old)
                }
                if failed { return nil }
            }
            layerEnds.append(stepElements.count)
        }
        if chain.levels.contains(where: { $0.tree != nil || $0.rowsIncomplete }) { return nil }
        guard chain.order == group.order else { return nil }
        let m = stepElements.count
        // Depth d is step m - 1 - d: the last step added is g_0.
        let labels = stepLabels.map { row in row.map { $0 == -2 ? Int32(m) : ($0 < 0 ? -1 : Int32(m - 1) - $0) } }
        let elements = Array(stepElements.reversed())
        return Pcgs(degree: n, elements: elements, inverses: elements.map(inverseTable),
                    relativeOrders: stepPrimes.reversed(), levels: stepLevels.reversed(), chain: chain,
                    labels: labels, derivedStarts: layerEnds.reversed().map { m - $0 }, chainArrays: ChainArrays(chain))
    }

    /// Generators of G^(j) modulo G^(j+1): the leading generators when G^(j)'s list ends with
    /// G^(j+1)'s (as the solvable builder lists them), otherwise all of them.
    private static func layerGenerators(_ derived: [PermutationGroup], _ j: Int) -> [[Int32]] {
        let all = derived[j].generatorTables
        let below = derived[j + 1].generatorTables
        guard below.count < all.count, all.suffix(below.count).elementsEqual(below) else { return all }
        return Array(all.prefix(all.count - below.count))
    }
}

/// Per chain level: the base point, the point -> orbit slot map and the inverse transversal
/// rows, read from the chain once (the sift reads them per level; through the chain class each
/// read would copy the level and check exclusive access). The arrays share the chain's storage.
struct ChainArrays {
    let bases: [Int]
    let slots: [[Int32]]
    let rows: [[Int32]]

    init(_ chain: StabilizerChain) {
        bases = chain.levels.map(\.base)
        slots = chain.levels.map(\.slot)
        rows = chain.levels.map(\.inverseTransversal)
    }
}

/// The product of small positive integers as a `BigInt`, multiplying in `Int` while it fits.
func productOfRelativeOrders<C: Collection>(_ factors: C) -> BigInt where C.Element == Int {
    var result = BigInt.one
    var small = 1
    for f in factors {
        let (p, overflow) = small.multipliedReportingOverflow(by: f)
        if overflow { result *= BigInt(small); small = f } else { small = p }
    }
    return result * BigInt(small)
}
