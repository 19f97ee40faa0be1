import Depth
import Exact
import Foundation
import Groups

/// One row of a ground-truth table: the exact invariants of one group (orders are decimal
/// strings: they outgrow every JSON number type) and the predicted minimal depth per model
/// family (`FamilyPrediction`, the table `tower crosscheck` uses). The series orders and derived
/// factor invariants are kept so that `--format gap` can assert every one of them in GAP.
public struct TableRow: Codable, Sendable, Equatable {
    public var label: String
    public var degree: Int
    /// Generators in cycle notation, as Tower built the group.
    public var generators: [String]
    public var order: String
    public var solvable: Bool
    public var abelian: Bool
    public var nilpotent: Bool
    /// nil when not solvable.
    public var derivedLength: Int?
    /// nil when not nilpotent.
    public var nilpotencyClass: Int?
    public var predictions: [FamilyPrediction]
    /// Orders of the composition factors, ascending; nil with `compositionFailure` when no
    /// composition series was proven.
    public var compositionFactorOrders: [String]?
    public var compositionFailure: String?
    public var derivedSeriesOrders: [String]
    public var derivedFactorInvariants: [[Int]]
    public var lowerCentralSeriesOrders: [String]
    /// The certificate file, relative to the table directory (`--certificates`).
    public var certificate: String?

    public init(label: String, degree: Int, generators: [String], order: String, solvable: Bool, abelian: Bool, nilpotent: Bool,
                derivedLength: Int?, nilpotencyClass: Int?, predictions: [FamilyPrediction], compositionFactorOrders: [String]?,
                compositionFailure: String?, derivedSeriesOrders: [String], derivedFactorInvariants: [[Int]],
                lowerCentralSeriesOrders: [String], certificate: String? = nil) {
        self.label = label; self.degree = degree; self.generators = generators; self.order = order
        self.solvable = solvable; self.abelian = abelian; self.nilpotent = nilpotent
        self.derivedLength = derivedLength; self.nilpotencyClass = nilpotencyClass; self.predictions = predictions
        self.compositionFactorOrders = compositionFactorOrders; self.compositionFailure = compositionFailure
        self.derivedSeriesOrders = derivedSeriesOrders; self.derivedFactorInvariants = derivedFactorInvariants
        self.lowerCentralSeriesOrders = lowerCentralSeriesOrders; self.certificate = certificate
    }

    public func prediction(for family: String) -> FamilyPrediction? { predictions.first { $0.family == family } }

    /// What this row claims, in the terms of the GAP check script; nil when a stored number or
    /// generator does not parse (a hand-edited cell file).
    public var gapEntry: GapCheckScript.Entry? {
        guard let order = BigInt(order),
              let derived = Optional(derivedSeriesOrders.compactMap(BigInt.init)), derived.count == derivedSeriesOrders.count,
              let lower = Optional(lowerCentralSeriesOrders.compactMap(BigInt.init)), lower.count == lowerCentralSeriesOrders.count,
              let permutations = try? generators.map({ try Permutation.parseList($0, degree: degree) }).flatMap({ $0 })
        else { return nil }
        let factors = compositionFactorOrders.map { $0.compactMap(BigInt.init) }
        return GapCheckScript.Entry(label: label, generators: permutations,
                                    claims: .init(order: order, derivedSeriesOrders: derived, derivedFactorInvariants: derivedFactorInvariants,
                                                  lowerCentralSeriesOrders: lower, compositionFactorOrders: factors))
    }
}
