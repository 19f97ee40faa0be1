import Groups

/// Turns user-supplied generators into a group, reporting problems as `InputFailure`s that name
/// the generator (1-based) and the character position inside it.
enum GroupInput {
    /// `"(1,2,3),(1,2)"`: generators separated by commas outside parentheses.
    static func group(cycles text: String, degree: Int?) throws -> PermutationGroup {
        try checkDegree(degree)
        do {
            return PermutationGroup(generators: try Permutation.parseList(text, degree: degree), degree: degree)
        } catch let error as PermutationError {
            throw InputFailure(error.description)
        }
    }

    /// One string per generator, as in a batch line's `"generators"` array.
    static func group(generatorList: [String], degree: Int?) throws -> PermutationGroup {
        try checkDegree(degree)
        var permutations: [Permutation] = []
        for (index, text) in generatorList.enumerated() {
            do {
                permutations.append(try Permutation(cycles: text, degree: degree))
            } catch let error as PermutationError {
                throw InputFailure(error.inGenerator(index + 1).description)
            }
        }
        return PermutationGroup(generators: permutations, degree: degree)
    }

    /// A catalog group and its canonical name (`"S4  wr S4"` comes back as `"S4 wr S4"`).
    static func catalogGroup(named name: String) throws -> (PermutationGroup, String) {
        do {
            let expression = try GroupCatalog.expression(named: name)
            return (try GroupCatalog.group(from: GroupCatalog.generators(for: expression)), expression.description)
        } catch let error as GroupCatalogError {
            throw InputFailure(error.description)
        }
    }

    private static func checkDegree(_ degree: Int?) throws {
        guard let degree else { return }
        guard degree >= 1, degree <= Permutation.maximumDegree else {
            throw InputFailure("degree \(degree) is outside 1...\(Permutation.maximumDegree)")
        }
    }
}
