import Groups
import SequenceModels

/// Whether a family's predicted minimal depth is proven in both directions (docs/theory.md,
/// section 5, "What is proven and what is not").
public enum PredictionStatus: Sendable, Equatable {
    /// The depth suffices and one layer fewer does not; `source` names the proof.
    case theorem(source: String)
    /// Tower's cascade prediction (the variety rule): the depth suffices by construction, that no
    /// shallower stack works is not proven.
    case cascadePrediction

    public var isTheorem: Bool { if case .theorem = self { true } else { false } }

    /// "theorem" or "cascade prediction", as the reports print it.
    public var word: String { isTheorem ? "theorem" : "cascade prediction" }
}

/// docs/theory.md section 5 as code, the one table of it: per model family, what one layer
/// tracks, the minimal depth predicted for a group and the status of that prediction. `tower
/// group`, `tower train` and `tower crosscheck` all read their predictions from here.
public struct FamilyTheory: Sendable {
    public let family: MixerFamily
    /// The family in words, as `tower group` labels its row.
    public let title: String
    /// The key of `tower group --json`'s `predicted_depth` object.
    public let jsonKey: String
    /// The groups one layer tracks (the variety V of the variety rule).
    public let oneLayer: String
    public let status: PredictionStatus
    /// How the number is obtained, as `tower train` and `tower crosscheck` print it.
    public let basis: String
    /// The predicted minimal number of layers; nil = impossible at any depth.
    public let minimalDepth: @Sendable (PermutationGroup) -> Int?

    /// The families in the order every report lists them.
    public static let all: [FamilyTheory] = [
        FamilyTheory(family: .dcd, title: "complex diagonal (DCD)", jsonKey: "complex_diagonal",
                     oneLayer: "exactly the abelian groups", status: .theorem(source: "arXiv 2603.01959"),
                     basis: "derived length", minimalDepth: { $0.derivedLength }),
        FamilyTheory(family: .real11, title: "real diagonal in [-1, 1]", jsonKey: "real_diagonal_signed",
                     oneLayer: "elementary abelian 2-groups", status: .cascadePrediction,
                     basis: "elementary-abelian-2 series length (cascade prediction)",
                     minimalDepth: { $0.elementaryAbelian2Length }),
        FamilyTheory(family: .real01, title: "real diagonal in [0, 1]", jsonKey: "real_diagonal_nonnegative",
                     oneLayer: "no non-trivial group", status: .theorem(source: "arXiv 2405.17394, 2411.12537"),
                     basis: "transitions in (0,1) track no non-trivial group",
                     minimalDepth: { $0.order == .one ? 0 : nil }),
        FamilyTheory(family: .dense, title: "dense linear RNN", jsonKey: "dense",
                     oneLayer: "any finite group", status: .theorem(source: "elementary: the regular representation"),
                     basis: "permutation representation", minimalDepth: { $0.order == .one ? 0 : 1 }),
    ]

    public static func of(_ family: MixerFamily) -> FamilyTheory {
        all.first { $0.family == family }!
    }
}
