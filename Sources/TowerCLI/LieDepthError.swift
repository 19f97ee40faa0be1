import ArgumentParser
import CommandOutput
import Foundation
import LieAlgebras

/// `tower lie depth-error --generators M --layers 1-4`: the error exponent k abelian layers should
/// show on products of exp(EPS X_j), from the free Lie algebra's derived series, beside the paper's.
struct LieDepthError: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "depth-error",
        abstract: "Predicted error exponents of k abelian layers on a non-solvable target: computed from the free Lie algebra, and the paper's 2^(k-1)+1.",
        discussion: """
        For M free generators, Tower builds the free Lie algebra degree by degree inside the free \
        associative algebra over Q and finds the lowest degree d_k of its k-th derived term. The \
        free nilpotent Lie algebra of class c has derived length <= k exactly when c < d_k, so k \
        abelian layers can match the Magnus expansion up to class c = d_k - 1 and the first \
        unmatched term is O(EPS^d_k): the predicted exponent is c + 1 = d_k (docs/depth-error.md).

        Example:
          tower lie depth-error --generators 3 --layers 1-4
        """
    )

    @Option(help: "Number of free generators (the rank of the task's generators; so(3): 3), 1 to 6.") var generators: Int = 3
    @Option(help: "Depths, as a range (1-4) or a list (1,2,4).") var layers: String = "1-4"
    @Option(name: .customLong("max-degree"), help: "Highest degree computed (2 to 20); a depth whose derived term starts above it prints 'above'.")
    var maxDegree: Int = 16
    @Flag(help: "Print one JSON object as the last line.") var json = false

    func validate() throws {
        if !(1...6).contains(generators) { throw ValidationError("--generators must be between 1 and 6, got \(generators)") }
        if !(2...20).contains(maxDegree) { throw ValidationError("--max-degree must be between 2 and 20, got \(maxDegree)") }
        _ = try CrossCheckOptions.range(layers, option: "--layers")
    }

    func run() throws {
        let depths = try CrossCheckOptions.range(layers, option: "--layers")
        var series = FreeDerivedSeries(letters: generators, maxDegree: maxDegree)
        var rows: [[String: Any]] = []
        print("free Lie algebra on \(generators) generators: k abelian layers match the Magnus expansion up to class c")
        let table = [["layers k", "class c", "exponent c+1", "paper 2^(k-1)+1"]] + depths.map { k in
            let d = series.lowestDegree(ofDerivedTerm: k)
            rows.append(["layers": k, "predicted_algebra": d ?? NSNull(), "predicted_paper": DepthErrorLaw.paperExponent(layers: k)])
            return [String(k), d.map { String($0 - 1) } ?? ">= \(maxDegree)", d.map(String.init) ?? "above \(maxDegree)",
                    String(DepthErrorLaw.paperExponent(layers: k))]
        }
        FixedWidthTable.lines(table, leftAligned: 0).forEach { print($0) }
        if json { print(try JSONLine.encode(["generators": generators, "exponents": rows])) }
    }
}
