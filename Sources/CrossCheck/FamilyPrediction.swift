import Groups
import SequenceModels

/// What theory predicts for one model family on one group: the minimal number of layers, or
/// nil when no depth suffices. docs/theory.md, section 5 (families, statuses and sources).
public struct FamilyPrediction: Sendable, Codable, Equatable {
    public var family: String
    /// Minimal depth; nil = impossible at any depth.
    public var minimalDepth: Int?
    /// True where the bound is a theorem in both directions; false where it is only the cascade
    /// prediction (the depth suffices by construction, necessity is not proven).
    public var theorem: Bool
    /// How the number was obtained, for the report.
    public var basis: String
    /// dcd only: the conjectured depth in exact arithmetic. A dcd layer has an input-dependent
    /// bias b(x), so it is affine; its transitions generate a solvable group of derived length 2,
    /// and such "restricted" layers are conjectured (arXiv 2603.05573) to reach derived length 2
    /// per layer: ceil(derived length / 2). Finite precision is what makes the derived length
    /// necessary; in exact arithmetic fewer layers may hold up to a length that grows with precision.
    public var exactArithmeticConjecture: Int?

    /// - dcd: derived length (theorem; nil when not solvable).
    /// - real11: length of the verbal series of elementary abelian 2-groups, G_{i+1} = G_i^2
    ///   (cascade prediction; nil when it stalls above 1).
    /// - real01: 0 for the trivial group, otherwise impossible (no non-trivial group, not even C2).
    /// - dense: 1 (any finite group acts by permutation matrices), 0 for the trivial group.
    public static func predictions(for group: PermutationGroup) -> [FamilyPrediction] {
        let trivial = group.order == .one
        let ea2 = group.elementaryAbelian2Series
        let ea2Length = ea2.last!.order == .one ? ea2.count - 1 : nil
        return [
            FamilyPrediction(family: MixerFamily.dcd.rawValue, minimalDepth: group.derivedLength, theorem: true,
                             basis: "derived length", exactArithmeticConjecture: group.derivedLength.map { ($0 + 1) / 2 }),
            FamilyPrediction(family: MixerFamily.real11.rawValue, minimalDepth: ea2Length, theorem: false,
                             basis: "elementary-abelian-2 series length (cascade prediction)"),
            FamilyPrediction(family: MixerFamily.real01.rawValue, minimalDepth: trivial ? 0 : nil, theorem: true,
                             basis: "transitions in (0,1) track no non-trivial group"),
            FamilyPrediction(family: MixerFamily.dense.rawValue, minimalDepth: trivial ? 0 : 1, theorem: true,
                             basis: "permutation representation"),
        ]
    }

    /// Whether `depth` layers suffice according to the prediction.
    public func allows(depth: Int) -> Bool {
        guard let minimalDepth else { return false }
        return depth >= minimalDepth
    }
}
