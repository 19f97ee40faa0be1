import Exact
import Foundation

/// A permutation group given by generators, with an exact base and strong generating set
/// computed on first use. Immutable from the outside; derived data (chain, series) is cached
/// behind a lock, so instances can be shared across threads.
public final class PermutationGroup: @unchecked Sendable {
    /// The generators as given (stored on `degree` points), with identities removed.
    public let generators: [Permutation]
    /// The number of points acted on.
    public let degree: Int

    let cache = GroupCache()
    /// Facts known by construction (e.g. "this is A_n"), so that no recognition is needed.
    let hint: StructureHint?

    public convenience init(generators: [Permutation], degree: Int? = nil) {
        self.init(generators: generators, degree: degree, hint: nil)
    }

    init(generators: [Permutation], degree: Int?, hint: StructureHint?) {
        let n = max(degree ?? 0, generators.map(\.largestMovedPointPlusOne).max() ?? 0)
        self.degree = n
        self.generators = generators.map { $0.extended(to: n) }.filter { !$0.isIdentity }
        self.hint = hint
    }

    /// Builds a group directly from tables of length `degree`.
    convenience init(tables: [[Int32]], degree: Int, hint: StructureHint? = nil) {
        self.init(generators: tables.map { Permutation(table: $0) }, degree: degree, hint: hint)
    }

    var generatorTables: [[Int32]] { generators.map(\.table) }

    /// The exact order: a proven order given at construction (a series member computed in the
    /// pcgs, an index computation) without building a chain, otherwise the chain's.
    public var order: BigInt {
        if case .order(let known)? = hint { return known }
        return structure.order
    }

    public var isTrivial: Bool { generators.isEmpty }

    /// Membership by sifting (or by parity for a recognized symmetric/alternating group).
    public func contains(_ g: Permutation) -> Bool {
        if g.largestMovedPointPlusOne > degree { return false }
        return structure.contains(g.extended(to: degree).table)
    }

    /// Whether every generator of `self` lies in `other`.
    public func isSubgroup(of other: PermutationGroup) -> Bool {
        generators.allSatisfy { other.contains($0) }
    }

    /// Same elements (orders equal and one contains the other).
    public func isEqual(to other: PermutationGroup) -> Bool {
        order == other.order && isSubgroup(of: other)
    }

    /// All elements, identity first, in a deterministic order (the chain's transversal order).
    /// Intended for small groups: the caller decides what is small.
    public func elements() -> [Permutation] {
        let chain = structure.chain(for: self)
        var result: [[Int32]] = [(0..<Int32(degree)).map { $0 }]
        for i in stride(from: chain.levels.count - 1, through: 0, by: -1) {
            let reps = (0..<chain.levels[i].orbit.count).map { chain.transversal(level: i, index: $0) }
            var next: [[Int32]] = []
            next.reserveCapacity(result.count * reps.count)
            for u in reps { for h in result { next.append(composeTables(h, u)) } }
            result = next
        }
        return result.map { Permutation(table: $0) }
    }

    /// A seeded random element (product replacement; the same seed gives the same element).
    public func randomElement(seed: UInt64) -> Permutation {
        if generators.isEmpty { return .identity(degree: degree) }
        var pr = ProductReplacement(generators: generatorTables, seed: seed)
        return Permutation(table: pr.next())
    }

    /// Whether |G| > `bound` is proven without a stabilizer chain: an orbit longer than `bound`
    /// (|G| is a multiple of every orbit length). False proves nothing. Linear in the degree
    /// times the number of generators, so a caller with an order limit can refuse C1000000 at
    /// once instead of computing its order first.
    public func orbitExceeds(_ bound: Int) -> Bool {
        guard degree > bound else { return false }
        let gens = generatorTables
        var seen = [Bool](repeating: false, count: degree)
        for p in 0..<degree where !seen[p] {
            if orbitTables(of: p, generators: gens, seen: &seen).count > bound { return true }
        }
        return false
    }

    /// The orbit of a 0-based point, in breadth-first order.
    public func orbit(of point: Int) -> [Int] {
        orbitTables(of: point, generators: generatorTables, degree: degree)
    }

    /// The base points of the stabilizer chain (0-based).
    public var base: [Int] { structure.chain(for: self).base }

    /// The stabilizer of a 0-based point (the whole group for a point outside 0..<degree).
    public func stabilizer(of point: Int) -> PermutationGroup {
        guard point >= 0, point < degree else { return self }
        let chain = structure.chain(for: self)
        // Rebuild a chain whose first base point is `point`: the stabilizer is level 1.
        let rebased = StabilizerChain(degree: degree)
        rebased.appendLevel(base: point)
        let sorted = SchreierSims.randomized(
            chain.generators, degree: degree, seed: 0x5EED, knownOrder: BigIntOrder(value: chain.order),
            startingFrom: rebased)
        let gens = sorted.levels.count > 1 ? sorted.generatorIDs(from: 1).map { sorted.generators[$0] } : []
        return PermutationGroup(tables: gens, degree: degree)
    }

    var structure: GroupStructure {
        cache.value(\.structure) { GroupStructure.compute(for: self) }
    }
}

func orbitTables(of point: Int, generators: [[Int32]], degree: Int) -> [Int] {
    guard point >= 0, point < degree else { return [point] }
    var seen = [Bool](repeating: false, count: degree)
    return orbitTables(of: point, generators: generators, seen: &seen)
}

/// The orbit of `point`, marking its points in `seen` (one array shared by a walk over all
/// orbits, so that the walk is linear in the degree); `point` must not be marked yet.
func orbitTables(of point: Int, generators: [[Int32]], seen: inout [Bool]) -> [Int] {
    var orbit = [point]
    seen[point] = true
    var k = 0
    while k < orbit.count {
        let p = orbit[k]
        for g in generators {
            let q = Int(g[p])
            if !seen[q] { seen[q] = true; orbit.append(q) }
        }
        k += 1
    }
    return orbit
}
