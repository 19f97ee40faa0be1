import Exact

/// Generators that fall into classes with disjoint supports generate the direct product of the
/// groups each class generates (elements of different classes commute and the subgroups meet in
/// 1), so |G| is the product of the classes' orders: a proven order for the random Schreier-Sims
/// phase of, e.g., "S77 x A7", whose factors are recognized as giants on their own supports in
/// milliseconds, while the whole group would need the Schreier-generator check (seconds).
enum DisjointFactors {
    /// The order of <gens> from its disjoint-support classes, each class's group computed on its
    /// own support; nil when there is one class that moves every point. One class on part of the
    /// points counts too: A100 fixing two of 102 points (the derived subgroup of S100 x C2) is
    /// recognized as a giant on its support in milliseconds, where the chain on all 102 points
    /// would need the Schreier-generator check (about ten seconds a series).
    static func order(_ gens: [[Int32]], degree: Int) -> BigInt? {
        let classes = supportClasses(gens, degree: degree)
        guard classes.count > 1 || (classes.count == 1 && classes[0].points.count < degree) else { return nil }
        var order = BigInt.one
        for (members, points) in classes {
            // On its own support, giant recognition sees a transitive action on all points where
            // the factor is a giant.
            let support = Support(points, degree: degree)
            order *= PermutationGroup(tables: members.map(support.restrict), degree: points.count).order
        }
        return order
    }

    /// A class's support renumbered as 0..<m: generators that move only its points are read on
    /// it (`restrict`) and lifted back (`lift`, fixing every other point).
    struct Support {
        let points: [Int]
        /// Point -> its number on the support; -1 off the support.
        let index: [Int32]

        init(_ points: [Int], degree: Int) {
            var index = [Int32](repeating: -1, count: degree)
            for (i, p) in points.enumerated() { index[p] = Int32(i) }
            self.points = points
            self.index = index
        }

        /// Whether `g` moves points of this support (a generator of one class moves no others).
        func holds(_ g: [Int32]) -> Bool { firstMovedPoint(g).map { index[$0] >= 0 } ?? false }

        func restrict(_ g: [Int32]) -> [Int32] { points.map { index[Int(g[$0])] } }

        func lift(_ g: [Int32]) -> [Int32] {
            var table = (0..<Int32(index.count)).map { $0 }
            for (i, p) in points.enumerated() { table[p] = Int32(points[Int(g[i])]) }
            return table
        }
    }

    /// [H, K] factor by factor, when the generators `h` of H and `k` of K fall into more than one
    /// class with disjoint supports: then H and K are direct products of their parts H_j, K_j on
    /// the classes' supports, parts of different classes commute, and [H, K] is the direct
    /// product of the [H_j, K_j], each computed on its own support (where a factor such as A300
    /// of S300 x S7 is recognized as a giant). Without this, the normal closure of the whole
    /// adds random members that move points of several factors, the classes merge, and the
    /// order needs the Schreier-generator check on all points: `tower group "S300 x S7"` ran past
    /// 240 s in its derived series. `same`: H and K are one group (the derived subgroup). Nil
    /// when the generators form one class.
    static func commutatorSubgroup(_ h: [[Int32]], _ k: [[Int32]], same: Bool, degree: Int) -> PermutationGroup? {
        let classes = supportClasses(h + k, degree: degree)
        guard classes.count > 1 else { return nil }
        var lifted: [[Int32]] = []
        var order = BigInt.one
        for (_, points) in classes {
            let support = Support(points, degree: degree)
            let hj = PermutationGroup(tables: h.filter(support.holds).map(support.restrict), degree: points.count)
            let kj = same ? hj : PermutationGroup(tables: k.filter(support.holds).map(support.restrict), degree: points.count)
            guard !hj.generators.isEmpty, !kj.generators.isEmpty else { continue }
            let part = hj.commutatorSubgroup(kj)
            order *= part.order
            lifted += part.generatorTables.map(support.lift)
        }
        return PermutationGroup(tables: lifted, degree: degree, hint: .order(order))
    }

    /// The generators grouped by connected support (two generators are joined when they move a
    /// common point), each class with its support points in increasing order.
    static func supportClasses(_ gens: [[Int32]], degree: Int) -> [(generators: [[Int32]], points: [Int])] {
        var parent = Array(0..<degree)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        for g in gens {
            var first = -1
            for p in 0..<degree where g[p] != Int32(p) {
                if first < 0 { first = p } else { parent[find(p)] = find(first) }
            }
        }
        var classOfRoot: [Int: Int] = [:]
        var result: [(generators: [[Int32]], points: [Int])] = []
        for g in gens {
            guard let p = firstMovedPoint(g) else { continue }
            let root = find(p)
            if let c = classOfRoot[root] { result[c].generators.append(g); continue }
            classOfRoot[root] = result.count
            result.append((generators: [g], points: []))
        }
        for p in 0..<degree {
            if let c = classOfRoot[find(p)], isMoved(p, result[c].generators) { result[c].points.append(p) }
        }
        return result
    }

    private static func isMoved(_ p: Int, _ gens: [[Int32]]) -> Bool {
        gens.contains { $0[p] != Int32(p) }
    }
}
