import Groups

/// A catalog name turned into a permutation group, the same way the training tasks build theirs
/// (so element order, and hence token order, agree with `WordProblemTask.named`).
public enum CatalogGroup {
    public static func named(_ name: String) throws -> PermutationGroup {
        let data = try GroupCatalog.generators(named: name.trimmingCharacters(in: .whitespaces))
        let generators = try data.images.map { try Permutation(images: $0) }
        return PermutationGroup(generators: generators, degree: data.degree)
    }
}
