import Certificates
import Exact
import Groups

/// Evidence that G is not solvable (H <= [H, H]) or not nilpotent (N <= [N, G]).
extension Setting {
    /// H = <h> (the perfect residuum): each h_j as a program over commutators [x^u, y^v] of
    /// elements of H, written as words in h.
    func perfectSubgroupEvidence(_ h: [Permutation], order: BigInt, isWholeGroup: Bool) throws -> SubgroupEvidence {
        let elements = TrackedProgram(inputs: h, degree: degree)
        var inside = RandomWords(program: elements, generators: Array(h.indices), seed: seed &+ 17)
        let pairs = try SmallGeneratingSet.collect(target: order, degree: degree, value: { (p: (Int, Int, Permutation)) in p.2 }) {
            let x = elements.conjugate(inside.index(below: h.count), by: inside.next())
            let y = elements.conjugate(inside.index(below: h.count), by: inside.next())
            return (x, y, elements.value(x).commutator(with: elements.value(y)))
        }
        let (elementLines, ends) = elements.extract(pairs.flatMap { [$0.0, $0.1] })
        return try subgroupEvidence(h, order: order, isWholeGroup: isWholeGroup,
                                    pairs: pairs, elementLines: elementLines, lefts: stride(from: 0, to: ends.count, by: 2).map { ends[$0] },
                                    rights: stride(from: 1, to: ends.count, by: 2).map { ends[$0] }, rightsInG: [])
    }

    /// N = <n> (the last term of the lower central series): each n_j as a program over
    /// commutators [x, g] with x in N (a word in n) and g in G (a word in G's generators).
    func absorbedSubgroupEvidence(_ n: [Permutation], order: BigInt, isWholeGroup: Bool) throws -> SubgroupEvidence {
        let inN = try chain(n, order: order, salt: 101)
        let overG = try chain(generators, order: group.order, salt: 102)
        var walk = RandomWords(program: overG.program, generators: Array(generators.indices), seed: seed &+ 29)
        let pairs = try SmallGeneratingSet.collect(target: order, degree: degree, value: { (p: (Int, Int, Permutation)) in p.2 }) {
            let u = overG.program.value(walk.next())
            let x = inN.express(n[walk.index(below: n.count)].conjugated(by: u))!
            let g = walk.next()
            return (x, g, inN.program.value(x).commutator(with: overG.program.value(g)))
        }
        let (elementLines, lefts) = inN.program.extract(pairs.map(\.0))
        return try subgroupEvidence(n, order: order, isWholeGroup: isWholeGroup, pairs: pairs, elementLines: elementLines,
                                    lefts: lefts, rights: [], rightsInG: pairs.map(\.1), overG: overG)
    }

    /// Assembles the evidence: the subgroup's generators as words in G's, the commutator pairs,
    /// and each generator as a program over the commutator values (sifted in a chain over them).
    private func subgroupEvidence(_ h: [Permutation], order: BigInt, isWholeGroup: Bool, pairs: [(Int, Int, Permutation)],
                                  elementLines: ProgramLines, lefts: [Int], rights: [Int], rightsInG: [Int],
                                  overG existing: WordStabilizerChain? = nil) throws -> SubgroupEvidence {
        let overC = try chain(pairs.map(\.2), order: order, salt: 103)
        let products = try h.map { try require(overC.express($0), "subgroup generator") }
        let (productLines, productEntries) = overC.program.extract(products)
        // The subgroup's generators (and, for [N, G], the right-hand elements) as words in G's.
        let overG = try existing ?? chain(generators, order: group.order, salt: 102)
        let hEntries = isWholeGroup ? Array(h.indices) : try h.map { try require(overG.express($0), "subgroup generator") }
        let (programLines, ends) = isWholeGroup && rightsInG.isEmpty
            ? ([], hEntries) : overG.program.extract(hEntries + rightsInG)
        let rightEntries = rightsInG.isEmpty ? rights : Array(ends[h.count...])
        return SubgroupEvidence(program: programLines, generators: Array(ends[..<h.count]), elementProgram: elementLines,
                                commutators: zip(lefts, rightEntries).map { [$0, $1] },
                                productProgram: productLines, products: productEntries)
    }
}
