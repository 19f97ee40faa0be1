import Exact

/// Baker-Campbell-Hausdorff and Magnus series, exact over Q.
///
/// log(e^(X_1) ... e^(X_m)) is computed in the truncated free associative algebra, and each
/// homogeneous part (a Lie element, by the BCH theorem) is written in a basis of right-normed
/// brackets: candidates [a_1, [..., [a_(k-1), a_k]]] with a_(k-1) < a_k, taken greedily in
/// reverse lexicographic order and kept when independent of those already kept. The coefficients
/// then come from one exact linear solve per degree.
public enum BakerCampbellHausdorff {
    /// The most words of the top degree (factors^order) that `logOfProduct` is asked to handle:
    /// the exact solve works on vectors of that length, so 4 factors to order 7 (16384 words)
    /// takes minutes and gigabytes while 4^6 = 4096 takes seconds.
    public static let maximumTopDegreeWords = 4096

    /// factors^order, or nil when it exceeds `maximumTopDegreeWords`.
    public static func topDegreeWords(factors m: Int, order: Int) -> Int? {
        var words = 1
        for _ in 0..<max(order, 0) {
            words *= max(m, 1)
            if words > maximumTopDegreeWords { return nil }
        }
        return words
    }

    /// log(e^X e^Y) up to total degree `order` (X, Y are letters 0 and 1).
    public static func series(order: Int) -> LieExpression {
        logOfProduct(factors: 2, order: order)
    }

    /// The Magnus expansion of e^(X_1) ... e^(X_m): log of the product up to total degree `order`.
    public static func logOfProduct(factors m: Int, order: Int) -> LieExpression {
        precondition(m >= 1 && order >= 1, "need at least one factor and order >= 1")
        var product = FreeAssociativeElement.one(maxDegree: order)
        for i in 0..<m { product = product * .exp(.letter(i, maxDegree: order)) }
        let log = FreeAssociativeElement.log1p(product - .one(maxDegree: order))
        var terms: [LieExpression.Term] = []
        for d in 1...order { terms += bracketTerms(of: log.homogeneous(d), degree: d, letters: m) }
        return LieExpression(letterCount: m, terms: terms)
    }

    /// Writes a homogeneous Lie element of degree d in the greedy right-normed basis.
    static func bracketTerms(of element: FreeAssociativeElement, degree d: Int, letters m: Int) -> [LieExpression.Term] {
        if element.terms.isEmpty { return [] }
        if d == 1 { return (0..<m).compactMap { i in element.terms[[i]].map { LieExpression.Term($0, [i]) } } }
        let words = allWords(length: d, letters: m)
        let index = Dictionary(uniqueKeysWithValues: words.enumerated().map { ($1, $0) })
        func vector(_ e: FreeAssociativeElement) -> [Rational] {
            var v = [Rational](repeating: .zero, count: words.count)
            for (w, c) in e.terms { v[index[w]!] = c }
            return v
        }
        var kept: [[Int]] = [], keptVectors: [[Rational]] = []
        // Semi-echelon rows (row, pivot) of the span kept so far, for the independence test.
        var echelon: [([Rational], Int)] = []
        for w in candidates(length: d, letters: m) {
            let v = vector(LieExpression.expand(w, maxDegree: d))
            var r = v
            for (row, p) in echelon where !r[p].isZero { VectorOps.subtractMultiple(&r, r[p] * row[p].inverse!, row) }
            guard let p = r.firstIndex(where: { !$0.isZero }) else { continue }
            echelon.append((r, p))
            kept.append(w)
            keptVectors.append(v)
        }
        guard let c = LinearAlgebra.solve(keptVectors, target: vector(element)) else {
            preconditionFailure("a BCH term is not a Lie element: the free-algebra computation is wrong")
        }
        return zip(c, kept).map { LieExpression.Term($0, $1) }.filter { !$0.coefficient.isZero }.sorted { $0.word.lexicographicallyPrecedes($1.word) }
    }

    /// Right-normed candidate words of length d >= 2 ending in a pair a < b, reverse lexicographic.
    private static func candidates(length d: Int, letters m: Int) -> [[Int]] {
        var out: [[Int]] = []
        for prefix in allWords(length: d - 2, letters: m).reversed() {
            for a in (0..<m).reversed() { for b in (a + 1)..<max(a + 1, m) { out.append(prefix + [a, b]) } }
        }
        return out
    }

    private static func allWords(length d: Int, letters m: Int) -> [[Int]] {
        var words: [[Int]] = [[]]
        for _ in 0..<d { words = words.flatMap { w in (0..<m).map { w + [$0] } } }
        return words
    }
}
