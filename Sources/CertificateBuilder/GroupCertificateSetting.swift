import Certificates
import Exact
import Groups

/// The state one group certificate is built from: the group, a program over its generators in
/// which commutator leaves are recorded, and the seed for the random choices.
final class Setting {
    let degree: Int
    let generators: [Permutation]
    let group: PermutationGroup
    let object: CertifiedObject
    let words: TrackedProgram
    let seed: UInt64

    /// `group`: the group the generators generate, when the caller has it (its series and pcgs,
    /// once computed, are shared with the caller's report); used when its degree is the
    /// certificate's.
    init(generators: [Permutation], degree: Int, seed: UInt64, group: PermutationGroup? = nil) {
        let n = max(degree, generators.map(\.largestMovedPointPlusOne).max() ?? 0)
        self.degree = n
        self.generators = generators.map { $0.extended(to: n) }
        if let group, group.degree == n {
            self.group = group
        } else {
            self.group = PermutationGroup(generators: self.generators, degree: n)
        }
        object = .permutationGroup(degree: n, generators: self.generators.map(\.description))
        words = TrackedProgram(inputs: self.generators, degree: n)
        self.seed = seed
    }

    /// The generators of G as depth-0 (weight-1) commutators.
    var leaves: [NestedCommutator] { generators.indices.map { .leaf($0, in: words) } }

    /// Series members 1 ... for generating sets `levels` (levels[0] = G's generators, the last
    /// one empty). Derived: conjugates by and commutators among the previous member's generators;
    /// central: conjugates by and commutators with G's generators.
    func seriesMembers(_ levels: [[Permutation]], orders: [BigInt], central: Bool) throws -> [GroupSeriesMember] {
        var chains = [try chain(levels[0], order: orders[0], salt: 0)]
        var members: [GroupSeriesMember] = []
        for i in levels.indices.dropFirst() {
            let previous = chains[i - 1]
            let current = try chain(levels[i], order: orders[i], salt: UInt64(i))
            chains.append(current)
            let generatorEntries = try levels[i].map { try require(previous.express($0), "series member \(i) generator") }
            let (program, generators) = previous.program.extract(generatorEntries)
            let prev = levels[i - 1]
            let conjugators = central ? levels[0] : prev
            let conjugates = conjugators.map { x in levels[i].map { $0.conjugated(by: x) } }
            let commutators = prev.indices.map { a in
                central ? levels[0].map { prev[a].commutator(with: $0) }
                        : ((a + 1)..<prev.count).map { prev[a].commutator(with: prev[$0]) }
            }
            // Equal witnesses (often the identity, or repeated commutators) share one line.
            var expressed: [Permutation: Int] = [:]
            let tables = try [conjugates, commutators].map { table in
                try table.map { row in
                    try row.map { w in
                        if let e = expressed[w] { return e }
                        let e = try require(current.express(w), "series member \(i) witness")
                        expressed[w] = e
                        return e
                    }
                }
            }
            let (witness, flat) = current.program.extract(tables.flatMap { $0.flatMap { $0 } })
            var cursor = flat.makeIterator()
            let reshaped = tables.map { table in table.map { row in row.map { _ in cursor.next()! } } }
            members.append(GroupSeriesMember(program: program, generators: generators, witnessProgram: witness,
                                             conjugates: reshaped[0], commutators: reshaped[1]))
        }
        return members
    }

    func chain(_ generators: [Permutation], order: BigInt, salt: UInt64) throws -> WordStabilizerChain {
        try WordStabilizerChain(program: TrackedProgram(inputs: generators, degree: degree), order: order,
                                seed: seed &+ 0x9E37_79B9 &* (salt + 1))
    }

    func require(_ entry: Int?, _ what: String) throws -> Int {
        guard let entry else { throw BuilderError("\(what) is not in the subgroup it should lie in") }
        return entry
    }
}
