import ArgumentParser
import LieAlgebras

/// `tower lie bch --order N`: the Baker-Campbell-Hausdorff terms.
struct LieBCH: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bch",
        abstract: "Print the terms of log(e^X e^Y) up to an order, exactly, as nested brackets.",
        discussion: """
        Example:
          tower lie bch --order 4
        """
    )

    @Option(name: .long, help: "Highest total degree in X and Y (1 to 10).")
    var order: Int = 4

    @Option(name: .long, help: "Number of exponential factors (1 to 4): 2 gives BCH, more gives the Magnus series of e^X1 ... e^Xm; factors^order must be at most 4096.")
    var factors: Int = 2

    func validate() throws {
        if !(1...10).contains(order) { throw ValidationError("--order must be between 1 and 10") }
        if !(1...4).contains(factors) { throw ValidationError("--factors must be between 1 and 4") }
        if BakerCampbellHausdorff.topDegreeWords(factors: factors, order: order) == nil {
            throw ValidationError("--order \(order) with --factors \(factors) needs \(factors)^\(order) words of the top degree; at most \(BakerCampbellHausdorff.maximumTopDegreeWords) are supported (e.g. --order 6 with 4 factors, --order 7 with 3)")
        }
    }

    func run() throws {
        let series = BakerCampbellHausdorff.logOfProduct(factors: factors, order: order)
        let product = (0..<factors).map { "e^\(series.letterName($0))" }.joined(separator: " ")
        print("log(\(product)) up to order \(order):")
        for d in 1...order {
            let part = LieExpression(letterCount: factors, terms: series.terms.filter { $0.word.count == d })
            print("  order \(d): \(part)")
        }
    }
}
