import Groups
import SequenceModels

/// What theory predicts for one model family on one group: the minimal number of layers, or
/// nil when no depth suffices. Made from the one table, `FamilyTheory` (docs/theory.md, section 5);
/// this is the value results files carry, so its fields are part of their format.
public struct FamilyPrediction: Sendable, Codable, Equatable {
    public var family: String
    /// Minimal depth; nil = impossible at any depth.
    public var minimalDepth: Int?
    /// True where the bound is a theorem in both directions (`PredictionStatus.theorem`); false
    /// where it is only the cascade prediction.
    public var theorem: Bool
    /// How the number was obtained, for the report (`FamilyTheory.basis`).
    public var basis: String
    /// dcd only: the conjectured depth in exact arithmetic. A dcd layer has an input-dependent
    /// bias b(x), so it is affine; its transitions generate a solvable group of derived length 2,
    /// and such "restricted" layers are conjectured (arXiv 2603.05573) to reach derived length 2
    /// per layer: ceil(derived length / 2). Finite precision is what makes the derived length
    /// necessary; in exact arithmetic fewer layers may hold up to a length that grows with precision.
    public var exactArithmeticConjecture: Int?

    public init(family: String, minimalDepth: Int?, theorem: Bool, basis: String, exactArithmeticConjecture: Int? = nil) {
        self.family = family
        self.minimalDepth = minimalDepth
        self.theorem = theorem
        self.basis = basis
        self.exactArithmeticConjecture = exactArithmeticConjecture
    }

    /// One prediction per row of `FamilyTheory.all`, in its order (dcd, real11, real01, dense).
    public static func predictions(for group: PermutationGroup) -> [FamilyPrediction] {
        FamilyTheory.all.map { row in
            let depth = row.minimalDepth(group)
            return FamilyPrediction(family: row.family.rawValue, minimalDepth: depth, theorem: row.status.isTheorem,
                                    basis: row.basis, exactArithmeticConjecture: row.family == .dcd ? depth.map { ($0 + 1) / 2 } : nil)
        }
    }

    /// Whether `depth` layers suffice according to the prediction.
    public func allows(depth: Int) -> Bool {
        guard let minimalDepth else { return false }
        return depth >= minimalDepth
    }
}

extension Array where Element == FamilyPrediction {
    /// The prediction for `family` (a `MixerFamily` raw value), if the list has one.
    public func prediction(for family: String) -> FamilyPrediction? { first { $0.family == family } }
}
