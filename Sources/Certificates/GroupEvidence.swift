/// Evidence about a permutation group G (see `docs/certificates.md` for the mathematics).
///
/// - derived length d: `series` (N_1 ... N_d, with N_0 = G) and, for d >= 1, `lowerBound`;
/// - nilpotency class c: `series` (a central series N_1 ... N_c) and, for c >= 1, `lowerBound`;
/// - not solvable / not nilpotent: `subgroup`.
public struct GroupEvidence: Sendable, Equatable, Codable {
    public var series: [GroupSeriesMember]?
    public var lowerBound: CommutatorEvidence?
    public var subgroup: SubgroupEvidence?

    public init(series: [GroupSeriesMember]? = nil, lowerBound: CommutatorEvidence? = nil, subgroup: SubgroupEvidence? = nil) {
        self.series = series
        self.lowerBound = lowerBound
        self.subgroup = subgroup
    }

    enum CodingKeys: String, CodingKey {
        case series
        case lowerBound = "lower_bound"
        case subgroup
    }
}

/// One member N_i (i >= 1) of a series, described relative to the previous member N_{i-1}.
public struct GroupSeriesMember: Sendable, Equatable, Codable {
    /// Lines over the generators of N_{i-1}.
    public var program: ProgramLines
    /// Entries of `program`: the generators y_1 ... y_m of N_i.
    public var generators: [Int]
    /// Lines over the generators of N_i (inputs are y_1 ... y_m).
    public var witnessProgram: ProgramLines
    /// Derived series: `conjugates[a][b]` is the entry of `witnessProgram` equal to y_b^(x_a),
    /// x_a the generators of N_{i-1}. Central series: the same with x_a the generators of G.
    public var conjugates: [[Int]]
    /// Derived series: `commutators[a][j]` is the entry equal to [x_a, x_(a+1+j)] (pairs a < b).
    /// Central series: `commutators[a][g]` is the entry equal to [x_a, g_g], g_g the generators of G.
    public var commutators: [[Int]]

    public init(program: ProgramLines, generators: [Int], witnessProgram: ProgramLines, conjugates: [[Int]], commutators: [[Int]]) {
        self.program = program
        self.generators = generators
        self.witnessProgram = witnessProgram
        self.conjugates = conjugates
        self.commutators = commutators
    }

    enum CodingKeys: String, CodingKey {
        case program, generators
        case witnessProgram = "witness_program"
        case conjugates, commutators
    }
}

/// A non-identity commutator of explicit elements of G: the lower bound of a depth claim.
public struct CommutatorEvidence: Sendable, Equatable, Codable {
    /// Lines over the generators of G.
    public var program: ProgramLines
    /// The commutator; its leaves are entries of `program`.
    public var commutator: CommutatorTree

    public init(program: ProgramLines, commutator: CommutatorTree) {
        self.program = program
        self.commutator = commutator
    }
}

/// A nested commutator: a leaf (a JSON integer) or `[left, right]` meaning [left, right].
public indirect enum CommutatorTree: Sendable, Equatable {
    case leaf(Int)
    case bracket(CommutatorTree, CommutatorTree)
}

/// A non-trivial subgroup H contained in [H, H] (not solvable) or in [H, G] (not nilpotent).
public struct SubgroupEvidence: Sendable, Equatable, Codable {
    /// Lines over the generators of G.
    public var program: ProgramLines
    /// Entries of `program`: the generators h_1 ... h_m of H.
    public var generators: [Int]
    /// Lines over h_1 ... h_m: elements of H.
    public var elementProgram: ProgramLines
    /// Pairs [u, v]: u an entry of `elementProgram`; v an entry of `elementProgram` (not
    /// solvable: [H, H]) or of `program` (not nilpotent: [H, G]). Their values are c_1 ... c_r.
    public var commutators: [[Int]]
    /// Lines over the commutator values c_1 ... c_r.
    public var productProgram: ProgramLines
    /// Entries of `productProgram` equal to h_1 ... h_m, in order.
    public var products: [Int]

    public init(program: ProgramLines, generators: [Int], elementProgram: ProgramLines, commutators: [[Int]], productProgram: ProgramLines, products: [Int]) {
        self.program = program
        self.generators = generators
        self.elementProgram = elementProgram
        self.commutators = commutators
        self.productProgram = productProgram
        self.products = products
    }

    enum CodingKeys: String, CodingKey {
        case program, generators
        case elementProgram = "element_program"
        case commutators
        case productProgram = "product_program"
        case products
    }
}
