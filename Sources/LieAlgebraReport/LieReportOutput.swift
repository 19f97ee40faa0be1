import CommandOutput
import Foundation
import LieAlgebras

/// What `tower lie` reports about one matrix Lie algebra: the JSON fields, the readable report,
/// and one line of `tower lie --batch` (the worker's `answer` for `Batch.BatchWorker`).
public enum LieReportOutput {
    /// The JSON fields of a report (names are the documented interface).
    public static func fields(_ inv: LieInvariants) -> [String: Any] {
        [
            "matrix_size": inv.matrixSize,
            "dimension": inv.dimension,
            "derived_series_dims": inv.derivedSeriesDimensions,
            "lower_central_series_dims": inv.lowerCentralSeriesDimensions,
            "upper_central_series_dims": inv.upperCentralSeriesDimensions,
            "solvable": inv.isSolvable,
            "nilpotent": inv.isNilpotent,
            "abelian": inv.isAbelian,
            "derived_length": inv.derivedLength.map { $0 as Any } ?? NSNull(),
            "nilpotency_class": inv.nilpotencyClass.map { $0 as Any } ?? NSNull(),
            "center_dim": inv.centreDimension,
            "killing_rank": inv.killingRank,
            "semisimple": inv.isSemisimple,
            "solvable_radical_dim": inv.radicalDimension,
            "predicted_depth": inv.predictedDepth.map { $0 as Any } ?? NSNull(),
        ]
    }

    public static func text(label: String, _ inv: LieInvariants) -> String {
        func dims(_ a: [Int]) -> String { a.map(String.init).joined(separator: " > ") }
        let depth: String
        if let d = inv.derivedLength {
            depth = "\(d) abelian layer\(d == 1 ? "" : "s") (derived length \(d))"
        } else {
            depth = "no finite stack of abelian layers (not solvable; approximation only)"
        }
        return """
        Lie algebra \(label): \(inv.matrixSize)x\(inv.matrixSize) matrices over Q
          dimension                 \(inv.dimension)
          derived series dims       \(dims(inv.derivedSeriesDimensions))
          lower central series dims \(dims(inv.lowerCentralSeriesDimensions))
          upper central series dims \(inv.upperCentralSeriesDimensions.map(String.init).joined(separator: " < "))
          derived length            \(inv.derivedLength.map(String.init) ?? "none (not solvable)")
          nilpotency class          \(inv.nilpotencyClass.map(String.init) ?? "none (not nilpotent)")
          abelian / nilpotent / solvable  \(yes(inv.isAbelian)) / \(yes(inv.isNilpotent)) / \(yes(inv.isSolvable))
          centre dimension          \(inv.centreDimension)
          Killing form rank         \(inv.killingRank)
          semisimple (Cartan)       \(yes(inv.isSemisimple))
          solvable radical dim      \(inv.radicalDimension)
          predicted depth           \(depth)
        """
    }

    /// One output object for one batch input line: echoed fields plus results, or plus `error`.
    public static func batchLine(_ line: String, number: Int) -> [String: Any] {
        let dict: [String: Any]
        switch JSONLine.object(line) {
        case .success(let o): dict = o
        case .failure(let why): return ["line": number, "error": "line \(number): \(why)"]
        }
        var out = dict.filter { $0.key != "generators" }
        do {
            let gens = try GeneratorParser.matrices(fromObject: dict)
            let algebra = try MatrixLieAlgebra(generators: gens)
            out.merge(fields(LieInvariants(of: algebra))) { _, new in new }
        } catch {
            out["error"] = "line \(number): \(error)"
            out["line"] = number
        }
        return out
    }

    private static func yes(_ b: Bool) -> String { b ? "yes" : "no" }
}
