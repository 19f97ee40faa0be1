import Exact
import Testing
@testable import LieAlgebras

/// Witt's formula: the free Lie algebra on m letters has dimension (1/d) sum_(e | d) mu(e) m^(d/e)
/// in degree d. Independent of `FreeDerivedSeries`, which builds the basis from brackets.
private func witt(letters m: Int, degree d: Int) -> Int {
    func mobius(_ n: Int) -> Int {
        var n = n, result = 1, p = 2
        while p * p <= n {
            if n % p == 0 { n /= p; if n % p == 0 { return 0 }; result = -result }
            p += 1
        }
        return n > 1 ? -result : result
    }
    func power(_ b: Int, _ e: Int) -> Int { (0..<e).reduce(1) { acc, _ in acc * b } }
    let sum = (1...d).filter { d % $0 == 0 }.reduce(0) { $0 + mobius($1) * power(m, d / $1) }
    return sum / d
}

@Test func freeLieAlgebraDegreesHaveWittsDimensions() {
    for m in [2, 3] {
        var series = FreeDerivedSeries(letters: m)
        for d in 1...5 {
            #expect(series.dimension(ofDerivedTerm: 0, degree: d) == witt(letters: m, degree: d), "m = \(m), degree \(d)")
        }
    }
}

@Test func derivedTermsOfTheFreeLieAlgebraStartWhereTheBracketsAllow() {
    var three = FreeDerivedSeries(letters: 3)
    // L' in degree 2 is [L_1, L_1]: all 3 brackets of letters; L'' starts in degree 4 with [L'_2, L'_2].
    #expect(three.dimension(ofDerivedTerm: 1, degree: 2) == 3)
    #expect(three.dimension(ofDerivedTerm: 2, degree: 4) == 3)
    #expect(three.dimension(ofDerivedTerm: 2, degree: 3) == 0)
    // On two letters L'_2 is one bracket [x, y], and [[x,y],[x,y]] = 0: L'' starts in degree 5.
    var two = FreeDerivedSeries(letters: 2)
    #expect(two.dimension(ofDerivedTerm: 1, degree: 2) == 1)
    #expect(two.lowestDegree(ofDerivedTerm: 2) == 5)
}

@Test func algebraExponentsOnThreeLettersAgainstThePapers() {
    // Computed: 2, 4, 8 (c = 1, 3, 7); the paper states 2, 3, 5.
    #expect((1...3).map { DepthErrorLaw.algebraExponent(letters: 3, layers: $0) } == [2, 4, 8])
    #expect((1...3).map { DepthErrorLaw.paperExponent(layers: $0) } == [2, 3, 5])
    #expect(DepthErrorLaw.paperExponent(layers: 4) == 9)
    // One letter: the free Lie algebra is abelian, one layer has no error term at all.
    #expect(DepthErrorLaw.algebraExponent(letters: 1, layers: 1) == nil)
}

@Test func oneLayerOnSo3IsExponentTwoAtEveryScale() throws {
    let so3 = try LieCatalog.algebra(named: "so(3)").basis
    #expect(so3.count == 3)
    let negatives = so3.map { $0.scaled(by: Rational(-1)) }
    for scale in [Rational(1), Rational(1, 100)!, Rational(7)] {
        let generators = (so3 + negatives).map { $0.scaled(by: scale) }
        #expect(DepthErrorLaw.letters(of: generators) == 3)
        #expect(DepthErrorLaw.algebraExponent(generators: generators, layers: 1) == 2)
    }
}
