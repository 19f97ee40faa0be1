import Exact
import Testing
@testable import LieAlgebras

@Suite struct BCHTests {
    private func q(_ n: Int, _ d: Int) -> Rational { Rational(BigInt(n), BigInt(d))! }

    @Test func orderFourMatchesTheClosedForm() {
        let expected = LieExpression(letterCount: 2, terms: [
            .init(1, [0]), .init(1, [1]), .init(q(1, 2), [0, 1]),
            .init(q(1, 12), [0, 0, 1]), .init(q(-1, 12), [1, 0, 1]), .init(q(-1, 24), [1, 0, 0, 1]),
        ])
        #expect(BakerCampbellHausdorff.series(order: 4).expanded() == expected.expanded())
    }

    @Test func orderFourIsPrintedInTheClassicalBrackets() {
        #expect(BakerCampbellHausdorff.series(order: 4).description
            == "X + Y + 1/2 [X,Y] + 1/12 [X,[X,Y]] - 1/12 [Y,[X,Y]] - 1/24 [Y,[X,[X,Y]]]")
    }

    @Test func commutingMatricesGiveJustTheSum() {
        let x = RationalMatrix(integers: [[1, 0], [0, 2]]), y = RationalMatrix(integers: [[3, 0], [0, -1]])
        #expect(BakerCampbellHausdorff.series(order: 5).evaluate([x, y]) == x + y)
    }

    @Test func magnusOfThreeFactorsHasSymmetricSecondOrder() {
        let s = BakerCampbellHausdorff.logOfProduct(factors: 3, order: 2)
        let second = s.terms.filter { $0.word.count == 2 }
        #expect(second == [.init(q(1, 2), [0, 1]), .init(q(1, 2), [0, 2]), .init(q(1, 2), [1, 2])])
    }

    @Test(arguments: [2, 3, 4])
    func truncationErrorShrinksLikeEpsToTheOrderPlusOne(order: Int) {
        var rng = SplitMix64(seed: UInt64(order))
        let x = RandomMatrices.full(3, range: -4...4, using: &rng).scaled(by: q(1, 4))
        let y = RandomMatrices.full(3, range: -4...4, using: &rng).scaled(by: q(1, 4))
        let bch = BakerCampbellHausdorff.series(order: order)
        func error(_ eps: Rational) -> Double {
            let xe = x.scaled(by: eps), ye = y.scaled(by: eps)
            let truth = DoubleMatrix.log(DoubleMatrix.exp(DoubleMatrix(xe)) * DoubleMatrix.exp(DoubleMatrix(ye)))
            return (truth - DoubleMatrix(bch.evaluate([xe, ye]))).maxAbs
        }
        let ratio = error(q(1, 10)) / error(q(1, 20))
        let predicted = Double(1 << (order + 1))
        #expect(ratio > 0.7 * predicted && ratio < 1.4 * predicted, "error ratio \(ratio), predicted \(predicted)")
    }

    @Test func magnusOfThreeFactorsMatchesTheProductNumerically() {
        var rng = SplitMix64(seed: 7)
        let ms = (0..<3).map { _ in RandomMatrices.full(3, range: -2...2, using: &rng).scaled(by: q(1, 40)) }
        let truth = DoubleMatrix.log(ms.map { DoubleMatrix.exp(DoubleMatrix($0)) }.reduce(DoubleMatrix.identity(3), *))
        func error(_ order: Int) -> Double {
            (truth - DoubleMatrix(BakerCampbellHausdorff.logOfProduct(factors: 3, order: order).evaluate(ms))).maxAbs
        }
        // Each extra order gains about a factor |X| ~ 0.1; order 4 is far closer than order 2.
        #expect(error(4) < 2e-6)
        #expect(error(4) < error(2) / 20)
    }
}
