extension GroupCatalog {
    /// The named group, e.g. `"S4"`, `"D8"`, `"PSL(2,7)"`, `"S4 wr S4"`. Throws `GroupCatalogError`
    /// for names outside the catalog (the message lists the accepted forms) or invalid parameters.
    public static func group(named name: String) throws -> PermutationGroup {
        try group(from: generators(named: name))
    }

    /// Wraps catalog generator data in a `PermutationGroup` on exactly `data.degree` points.
    public static func group(from data: CatalogGenerators) throws -> PermutationGroup {
        PermutationGroup(generators: try data.images.map { try Permutation(images: $0) }, degree: data.degree,
                         hint: data.giant.map { $0 == .symmetric ? .symmetric : .alternating })
    }
}
