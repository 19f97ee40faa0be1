import Exact

/// A homomorphism from a permutation group R into Sym(0..<degree), given by the image of each
/// of R's generators (same order as `R.generatorTables`; identity images are kept so the
/// indices match). Every action built here is a genuine homomorphism by construction (R on an
/// orbit, on the blocks of a block system, by conjugation on a normal subgroup of an image);
/// `kernel(in:)` also checks it: the graph of a homomorphism has exactly |R| elements.
struct GroupAction {
    let degree: Int
    let images: [[Int32]]
    /// The image of R (its chain is built on first use). For R acting on its own points it is
    /// R itself, so that R's chain and recognition are not redone.
    let image: PermutationGroup

    init(degree: Int, images: [[Int32]], knownImage: PermutationGroup? = nil) {
        self.degree = degree
        self.images = images
        image = knownImage ?? PermutationGroup(tables: images, degree: degree)
    }

    /// R acting on its own points.
    static func natural(_ group: PermutationGroup) -> GroupAction {
        GroupAction(degree: group.degree, images: group.generatorTables, knownImage: group)
    }

    /// The orbits of the image with at least two points, each sorted, by smallest point.
    var nontrivialOrbits: [[Int]] {
        var seen = [Bool](repeating: false, count: degree)
        var result: [[Int]] = []
        for x in 0..<degree where !seen[x] {
            let orbit = orbitTables(of: x, generators: images, degree: degree)
            for y in orbit { seen[y] = true }
            if orbit.count > 1 { result.append(orbit.sorted()) }
        }
        return result
    }

    /// The action on one orbit (its points renumbered 0..<orbit.count in the given order).
    func restricted(to orbit: [Int]) -> GroupAction {
        var index = [Int32](repeating: -1, count: degree)
        for (k, x) in orbit.enumerated() { index[x] = Int32(k) }
        let restricted = images.map { g in orbit.map { index[Int(g[$0])] } }
        return GroupAction(degree: orbit.count, images: restricted)
    }

    /// The action on the blocks of a block system (`blockOf[x]` numbers blocks 0, 1, ...).
    func onBlocks(_ blockOf: [Int]) -> GroupAction {
        let count = (blockOf.max() ?? -1) + 1
        var representative = [Int](repeating: -1, count: count)
        for x in 0..<degree where representative[blockOf[x]] < 0 { representative[blockOf[x]] = x }
        let onBlocks = images.map { g in representative.map { Int32(blockOf[Int(g[$0])]) } }
        return GroupAction(degree: count, images: onBlocks)
    }

    /// The kernel of R -> image, with its order |R| / |image| proven by the chain below; nil if
    /// the images do not define a homomorphism (the graph group is then larger than R).
    ///
    /// R acts on its points plus `degree` new ones, each generator extended by its image: the
    /// graph {(r, phi(r))}, isomorphic to R. A chain whose first base points are a base of the
    /// image (shifted onto the new points) has, below those levels, the elements acting
    /// trivially on the new points: the kernel. Its order is checked against |R| / |image|.
    func kernel(in group: PermutationGroup, seed: UInt64) -> PermutationGroup? {
        let n = group.degree
        let order = group.order
        if image.order == order { return PermutationGroup(tables: [], degree: n) }
        let graph = zip(group.generatorTables, images).map { g, q in g + q.map { $0 + Int32(n) } }
        let imageBase = image.base
        let start = StabilizerChain(degree: n + degree)
        for b in imageBase { start.appendLevel(base: n + b) }
        let chain = SchreierSims.randomized(graph, degree: n + degree, seed: seed,
                                            knownOrder: BigIntOrder(value: order), startingFrom: start)
        guard chain.order == order else { return nil }
        let kernelOrder = order / image.order
        var below = BigInt.one
        for level in chain.levels.dropFirst(imageBase.count) { below *= BigInt(level.orbit.count) }
        guard below == kernelOrder else { return nil }
        let strong = chain.levels.count > imageBase.count
            ? chain.generatorIDs(from: imageBase.count).map { Array(chain.generators[$0][0..<n]) } : []
        return GroupAction.fewGenerators(strong, degree: n, order: kernelOrder, seed: seed &+ 1)
    }

    /// The group <tables> of known order, on two, four or eight seeded random elements when
    /// those already generate it (their chain, stopped at the known order, proves it), else on
    /// all of them. A kernel's strong generating set is long, and every later commutator
    /// computation is quadratic in the number of generators.
    static func fewGenerators(_ tables: [[Int32]], degree n: Int, order: BigInt, seed: UInt64) -> PermutationGroup {
        let tables = tables.filter { !isIdentityTable($0) }
        if tables.count <= 2 || order == .one {
            return PermutationGroup(tables: tables, degree: n, hint: order == .one ? nil : .order(order))
        }
        var random = ProductReplacement(generators: tables, seed: seed)
        var chosen: [[Int32]] = []
        for count in [2, 4, 8] where count < tables.count {
            while chosen.count < count { chosen.append(random.next()) }
            // A random phase only: when the chosen elements generate a proper subgroup, proving
            // its chain exact (Schreier generators) would be wasted work.
            if let chain = SchreierSims.randomPhase(chosen, degree: n, seed: seed &+ UInt64(count), reaching: order) {
                return PermutationGroup(tables: chosen, degree: n, hint: .chain(chain))
            }
        }
        return PermutationGroup(tables: tables, degree: n, hint: .order(order))
    }
}
