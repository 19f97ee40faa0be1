import Exact

/// Predicted minimal number of layers for tracking a group, per architecture family (see
/// docs/theory.md, section 5). nil means "impossible at any depth".
///
/// The complex-diagonal (DCD) value is a theorem: k DCD layers track G iff G has a subnormal
/// series of length k with abelian factors, and the derived series is the shortest. The
/// real-diagonal-in-[0, 1] and dense values are theorems too (finite precision: non-negative
/// transitions never cycle; one dense layer runs the regular representation). The signed real
/// diagonal value is a cascade prediction: the iterated verbal series of the variety one layer
/// tracks (elementary abelian 2-groups) gives a construction with that many layers; that no
/// shallower stack works is not proven.
public struct DepthPrediction: Sendable, Equatable, Codable {
    /// Complex unit-modulus diagonal: the derived length (nil when not solvable).
    public let complexDiagonal: Int?
    /// Real diagonal in [-1, 1]: the length of the elementary-abelian-2 verbal series
    /// G > [G,G]G^2 > ... (nil when it stalls above 1).
    public let realDiagonalSigned: Int?
    /// Real diagonal in [0, 1]: 0 for the trivial group, otherwise impossible.
    public let realDiagonalNonnegative: Int?
    /// Dense linear RNN: 1 (0 for the trivial group); any finite group acts linearly.
    public let dense: Int

    public init(complexDiagonal: Int?, realDiagonalSigned: Int?, realDiagonalNonnegative: Int?, dense: Int) {
        self.complexDiagonal = complexDiagonal
        self.realDiagonalSigned = realDiagonalSigned
        self.realDiagonalNonnegative = realDiagonalNonnegative
        self.dense = dense
    }
}

extension PermutationGroup {
    /// The predicted minimal depth per family, from the derived and EA2 series.
    public var depthPrediction: DepthPrediction {
        let trivial = order == .one
        let ea2 = elementaryAbelian2Series
        return DepthPrediction(
            complexDiagonal: derivedLength,
            realDiagonalSigned: ea2.last!.order == .one ? ea2.count - 1 : nil,
            realDiagonalNonnegative: trivial ? 0 : nil,
            dense: trivial ? 0 : 1)
    }

    /// The length of the elementary-abelian-2 series down to 1, or nil when it stalls.
    public var elementaryAbelian2Length: Int? { depthPrediction.realDiagonalSigned }
}
