import Groups
import SequenceModels

extension WordProblemTask {
    /// The largest group whose Cayley table a word problem builds (the table has order^2 entries
    /// and the model one input and one output per element).
    public static let maximumOrder = 5_000

    /// The word problem of a permutation group: its elements as `elements()` lists them (identity
    /// first), multiplied with `Permutation.*` (GAP convention).
    public init(name: String, group: PermutationGroup) throws {
        if group.orbitExceeds(WordProblemTask.maximumOrder) {
            throw TaskError.invalidElements("\(name) has an orbit of more than \(WordProblemTask.maximumOrder) points, so its order is more than the \(WordProblemTask.maximumOrder) a word problem allows")
        }
        guard let order = group.order.intValue, order <= WordProblemTask.maximumOrder else {
            throw TaskError.invalidElements("\(name) has order \(group.order.abbreviated()), more than the \(WordProblemTask.maximumOrder) a word problem allows")
        }
        let elements = group.elements()
        var index: [Permutation: Int] = [:]
        for (i, g) in elements.enumerated() { index[g] = i }
        let rows = try elements.enumerated().map { i, g in
            try elements.enumerated().map { j, h in
                guard let k = index[g * h] else { throw TaskError.invalidElements("product of elements \(i) and \(j) of \(name) is not among its elements") }
                return k
            }
        }
        // Guidance labels: the coset of every element in G / G^(i) for each derived-series member
        // G^(i), i >= 1, down to the last one (1 for solvable groups, the perfect residuum otherwise;
        // a perfect group is its own G^(1)).
        let members = group.derivedSeries.count > 1 ? Array(group.derivedSeries.dropFirst()) : [group]
        self = try WordProblemTask(name: name, cayleyTable: rows).guided(byDerivedSeries: members.map { member in
            elements.indices.filter { member.contains(elements[$0]) }
        })
    }

    /// The word problem of a group from the catalog (`GroupCatalog`), e.g. "S4", "D8", "Q8", "A5".
    public static func named(_ name: String) throws -> WordProblemTask {
        let data = try GroupCatalog.generators(named: name)
        let generators = try data.images.map { try Permutation(images: $0) }
        return try WordProblemTask(name: name, group: PermutationGroup(generators: generators, degree: data.degree))
    }
}
