/// Named permutation groups: `GroupCatalog.group(named: "S4 wr S4")`.
///
/// A name is parsed into a `CatalogExpression`, validated, and built as plain generator data
/// (`CatalogGenerators`) before it becomes a `PermutationGroup`; `generators(named:)` exposes that data
/// so tools can hand exactly the same generators to other systems (GAP, SymPy).
public enum GroupCatalog {
    /// The most points a catalog group may act on. Generators are stored as one array of this many
    /// integers each, and the stabilizer-chain machinery needs several more per base point.
    public static let maximumDegree = 1_000_000

    /// The accepted name patterns, as shown in `tower group --help`.
    public static var names: [String] { families.map(\.pattern) }

    /// One line per accepted pattern: the pattern, then what it means.
    public static var helpText: String {
        let width = families.map(\.pattern.count).max() ?? 0
        return families.map { $0.pattern + String(repeating: " ", count: width - $0.pattern.count + 2) + $0.meaning }
            .joined(separator: "\n")
    }

    /// One concrete name per family, each buildable (used by `--help` and the tests).
    public static let examples = [
        "C6", "D8", "Q16", "S4", "A5", "Heis3", "AGL(1,7)", "GL(2,3)", "SL(2,5)", "PSL(2,7)", "PSL(3,2)",
        "M11", "M24", "Rubik", "Sylow2(S8)", "Sylow(3, S9)", "S3 x C2", "S4 wr S4", "(C2 x C2) wr S3",
    ]

    /// The group with this name. Throws `GroupCatalogError` for unknown names or invalid parameters.
    public static func expression(named name: String) throws -> CatalogExpression {
        try CatalogParser.parse(name)
    }

    /// The generators of the named group as 0-based image arrays.
    public static func generators(named name: String) throws -> CatalogGenerators {
        try generators(for: expression(named: name))
    }

    /// The generators of a parsed name, after checking its parameters and its degree.
    public static func generators(for expression: CatalogExpression) throws -> CatalogGenerators {
        switch expression {
        case .cyclic(let n): return try .cyclic(n)
        case .dihedral(let n): return try .dihedral(n)
        case .quaternion(let n): return try .quaternion(n)
        case .symmetric(let n): return try .symmetric(n)
        case .alternating(let n): return try .alternating(n)
        case .heisenberg(let n): return try .heisenberg(n)
        case let .affine(d, q): return try .affine(dimension: d, field: q)
        case let .generalLinear(d, q): return try .generalLinear(dimension: d, field: q)
        case let .specialLinear(d, q): return try .specialLinear(dimension: d, field: q)
        case let .projectiveSpecialLinear(d, q): return try .projectiveSpecialLinear(dimension: d, field: q)
        case .mathieu(let n): return try .mathieu(n)
        case .rubik: return .rubik()
        case let .sylow(p, n): return try .sylow(prime: p, symmetricDegree: n)
        case let .directProduct(a, b):
            return try .directProduct(generators(for: a), generators(for: b), family: expression.description)
        case let .wreath(a, b):
            return try .wreath(generators(for: a), generators(for: b), family: expression.description)
        }
    }

    /// "did you mean" text for an unknown family word: the closest family patterns by edit distance
    /// (`"Rubic"` -> `"Rubik"`, `"PSU"` -> `"PSL(d,q)"`), or nil when none is close.
    static func suggestion(for word: String) -> String? {
        let words = familyWords.map(\.word)
        let near = NameSuggestion.nearest(to: word, among: words)
        guard !near.isEmpty else { return nil }
        return NameSuggestion.alternatives(near.map { w in familyWords.first { $0.word == w }!.pattern })
    }

    /// Each family's word as spelled in canonical names, with the pattern a suggestion shows.
    static let familyWords: [(word: String, pattern: String)] = [
        ("C", "C<n>"), ("D", "D<n>"), ("Q", "Q<n>"), ("S", "S<n>"), ("A", "A<n>"), ("Heis", "Heis<n>"),
        ("M", "M<n> (M11, M12, M22, M23, M24)"), ("Rubik", "Rubik"), ("AGL", "AGL(d,q)"), ("GL", "GL(d,q)"),
        ("SL", "SL(d,q)"), ("PSL", "PSL(d,q)"), ("Sylow", "Sylow(p, S<n>)"),
    ]

    /// The patterns in one line, for error messages.
    static var acceptedFormsSummary: String {
        names.joined(separator: ", ")
    }

    // Meanings stay under 57 characters so that `--help` (wrapped at 80 columns) keeps one line each.
    private static let families: [(pattern: String, meaning: String)] = [
        ("C<n>", "cyclic group of order n, on n points"),
        ("D<n>", "dihedral group of ORDER n (even; D8 has order 8)"),
        ("Q<n>", "generalized quaternion, order n = 2^k >= 8, regular"),
        ("S<n>", "symmetric group on n points"),
        ("A<n>", "alternating group on n points"),
        ("Heis<n>", "Heisenberg group mod n (order n^3), on n^2 points"),
        ("AGL(d,q)", "affine group of F_q^d on q^d points, q a prime power"),
        ("GL(d,q)", "general linear group on the q^d - 1 nonzero vectors"),
        ("SL(d,q)", "special linear group on the q^d - 1 nonzero vectors"),
        ("PSL(d,q)", "on the projective points (PSL(2,q): q + 1 points)"),
        ("M11 M12 M22 M23 M24", "Mathieu groups, GAP's standard generators"),
        ("Rubik", "Rubik's cube group on its 48 movable facets"),
        ("Sylow2(S<n>)", "Sylow 2-subgroup of S_n (iterated wreath of C2)"),
        ("Sylow(p, S<n>)", "Sylow p-subgroup of S_n, p prime"),
        ("A x B", "direct product, on the disjoint union of points"),
        ("A wr B", "wreath product, imprimitive (binds tighter than x)"),
        ("( ... )", "grouping, e.g. (C2 x C2) wr S3"),
    ]
}
