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

    func validate() throws {
        if !(1...10).contains(order) { throw ValidationError("--order must be between 1 and 10") }
    }

    func run() throws {
        print("not yet")
    }
}
