import Exact

/// The error exponent a stack of k abelian layers should show on products of exp(EPS X_j), two
/// ways: the one the algebra gives (computed by `FreeDerivedSeries`) and the one the Lie-algebraic
/// depth paper (arXiv 2603.05573) states, 2^(k-1) + 1.
///
/// The algebra's reasoning: the target is the Magnus expansion of the product, a series in the
/// free Lie algebra on the generators whose degree-c part is O(EPS^c). A k-layer abelian stack
/// reaches the k-step solvable quotients, so it can match the expansion up to the largest class c
/// whose free nilpotent Lie algebra has derived length <= k, c = lowestDegree(L^(k)) - 1, and its
/// error starts at degree c + 1 = lowestDegree(L^(k)). The number of free letters is the rank of
/// the generators' span (the task's +-X_j span so(3): 3 letters), so scaling the generators does
/// not change the answer.
public enum DepthErrorLaw {
    /// The paper's exponent, 2^(k-1) + 1.
    public static func paperExponent(layers k: Int) -> Int { (1 << (k - 1)) + 1 }

    /// The number of free letters: the dimension of the span of the generators.
    public static func letters(of generators: [RationalMatrix]) -> Int {
        guard let first = generators.first else { return 0 }
        return LinearAlgebra.rank(generators.map(\.entries), columns: first.entries.count)
    }

    /// The exponent c + 1 the algebra predicts for k layers on `letters` free generators; nil when
    /// no degree up to `maxDegree` has a non-zero element of L^(k) (one letter: never, the error is 0).
    public static func algebraExponent(letters: Int, layers k: Int, maxDegree: Int = 16) -> Int? {
        var series = FreeDerivedSeries(letters: letters, maxDegree: maxDegree)
        return series.lowestDegree(ofDerivedTerm: k)
    }

    /// `algebraExponent` for the free letters of these generators.
    public static func algebraExponent(generators: [RationalMatrix], layers k: Int, maxDegree: Int = 16) -> Int? {
        algebraExponent(letters: letters(of: generators), layers: k, maxDegree: maxDegree)
    }
}
