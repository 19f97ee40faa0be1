import Groups

/// Groups for the witness tests, by explicit generators (GAP 4.12 output, see Fixtures/gens.g),
/// so that the witness is tested independently of the catalog's parser.
enum TestGroups {
    static let generators: [String: [String]] = [
        "C2": ["(1,2)"],
        "C6": ["(1,2,3,4,5,6)"],
        "C60": ["(" + (1...60).map(String.init).joined(separator: ",") + ")"],
        "S3": ["(1,2,3)", "(1,2)"],
        "D8": ["(1,2,3,4)", "(1,3)"],
        "Q8": ["(1,2,4,6)(3,8,7,5)", "(1,3,4,7)(2,5,6,8)", "(1,4)(2,6)(3,7)(5,8)"],
        "A4": ["(1,2,3)", "(2,3,4)"],
        "S4": ["(1,2,3,4)", "(1,2)"],
        // SL(2,3) and GL(2,3) acting on the 8 non-zero vectors of GF(3)^2.
        "SL(2,3)": ["(3,4,5)(6,8,7)", "(1,6,2,3)(4,7,8,5)"],
        "GL(2,3)": ["(3,6)(4,7)(5,8)", "(1,6,5)(2,3,7)"],
        "C2 wr S3": ["(1,2)", "(3,4)", "(5,6)", "(1,3,5)(2,4,6)", "(1,3)(2,4)"],
        "S3 wr C2": ["(1,2,3)", "(1,2)", "(4,5,6)", "(4,5)", "(1,4)(2,5)(3,6)"],
        "C2xC4xC3": ["(1,2)", "(3,4,5,6)", "(7,8,9)"],
        "A5": ["(1,2,3,4,5)", "(3,4,5)"],
        "S5": ["(1,2,3,4,5)", "(1,2)"],
    ]

    static func group(_ name: String) throws -> PermutationGroup {
        let gens = try generators[name]!.map { try Permutation(cycles: $0) }
        return PermutationGroup(generators: gens)
    }

    /// GAP's `AbelianInvariants` of the factors of the derived series (prime powers), from gens.g.
    static let derivedFactorInvariants: [String: [[Int]]] = [
        "Q8": [[2, 2], [2]],
        "SL(2,3)": [[3], [2, 2], [2]],
        "GL(2,3)": [[2], [3], [2, 2], [2]],
        "C2 wr S3": [[2, 2], [3], [2, 2]],
        "S3 wr C2": [[2, 2], [2], [3, 3]],
        "S4": [[2], [3], [2, 2]],
        "C60": [[3, 4, 5]],
        "D8": [[2, 2], [2]],
        "C2xC4xC3": [[2, 3, 4]],
    ]
}
