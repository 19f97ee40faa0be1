import Depth
import Exact
import Foundation
import Groups

/// Everything `tower group` reports about one group, computed once and rendered as text or JSON.
public struct GroupAnalysis {
    /// The canonical catalog name, when the group came from the catalog.
    public let name: String?
    /// The notation the group was read from.
    public let syntax: GroupInputSyntax
    public let degree: Int
    public var generatorCount: Int { generators.count }
    /// The generators as read (GAP cycle notation, juxtaposed cycles already multiplied, identities
    /// dropped), shortened for the report (`GroupAnalysis.generatorsLine`).
    public let generatorsText: String
    /// The generators as read, for `--json` (`jsonGeneratorLimit`).
    public let generators: [Permutation]
    public let order: BigInt
    public let abelian: Bool
    /// What was computed (`--only`; every part by default).
    public let parts: Set<GroupAnalysisPart>
    /// The derived series and what follows from it; nil when `--only` left it out.
    public let derived: DerivedFacts?
    public let lowerCentral: LowerCentralFacts?
    /// G > [G,G]G^2 > ...: the series whose length predicts the depth of real [-1,1] diagonal layers.
    public let elementaryAbelian2SeriesOrders: [BigInt]?
    /// Needs the derived and EA2 series.
    /// The predicted minimal depth per family, in `FamilyTheory.all`'s order.
    public let depth: [FamilyPrediction]?
    /// A composition series (members with generators and orders), or why none was proven.
    public let composition: Result<CompositionSeries, CompositionSeriesFailure>?
    /// Whether `jsonObject` lists each composition series member's generators.
    public let includeCompositionGenerators: Bool

    public struct DerivedFacts {
        public let orders: [BigInt]
        /// Abelian invariants of G^(i)/G^(i+1), one list per step of the derived series.
        public let factorInvariants: [[Int]]
        public let solvable: Bool
        public let length: Int?
    }

    public struct LowerCentralFacts {
        public let orders: [BigInt]
        public let nilpotent: Bool
        public let nilpotencyClass: Int?
    }

    /// - Parameter stage: called with the name of each stage as it starts (the CLI's progress
    ///   lines on stderr); nothing by default.
    /// - Parameter parts: what to compute (`--only`); the order and `abelian` always.
    public init(_ source: GroupSource, compositionGenerators: Bool = false,
                parts: Set<GroupAnalysisPart> = GroupAnalysisPart.all, stage: (String) -> Void = { _ in }) {
        let group = source.group
        name = source.name
        syntax = source.syntax
        degree = group.degree
        generatorsText = Self.generatorsLine(group.generators)
        generators = group.generators
        order = group.order
        abelian = group.isAbelian
        self.parts = parts
        if parts.contains(.derived) {
            let orders = group.derivedSeries.map(\.order)
            stage("derived factor invariants")
            derived = DerivedFacts(orders: orders, factorInvariants: group.derivedFactorInvariants,
                                   solvable: group.isSolvable, length: group.derivedLength)
        } else {
            derived = nil
        }
        if parts.contains(.lowerCentral) {
            stage("lower central series")
            lowerCentral = LowerCentralFacts(orders: group.lowerCentralSeries.map(\.order),
                                             nilpotent: group.isNilpotent, nilpotencyClass: group.nilpotencyClass)
        } else {
            lowerCentral = nil
        }
        if parts.contains(.ea2) {
            stage("elementary abelian 2 series")
            elementaryAbelian2SeriesOrders = group.elementaryAbelian2Series.map(\.order)
        } else {
            elementaryAbelian2SeriesOrders = nil
        }
        depth = parts.isSuperset(of: [.derived, .ea2]) ? FamilyPrediction.predictions(for: group) : nil
        if parts.contains(.composition) {
            stage("composition series")
            composition = group.compositionSeriesResult
        } else {
            composition = nil
        }
        includeCompositionGenerators = compositionGenerators
    }

    /// The most characters of generators `--json` lists (all of them or none): S100000's
    /// 100000-cycle alone takes about 590,000.
    public static let jsonGeneratorLimit = 100_000

    /// `generators` in disjoint-cycle form, or nil when together they pass `jsonGeneratorLimit`.
    public var generatorStrings: [String]? {
        var strings: [String] = [], characters = 0
        for g in generators {
            let text = g.description
            characters += text.utf8.count
            if characters > Self.jsonGeneratorLimit { return nil }
            strings.append(text)
        }
        return strings
    }

    /// The `--json` object. Field names are part of the interface (issue 3); orders are decimal
    /// strings because they outgrow every JSON number type (the Rubik group has order ~4.3e19).
    public var jsonObject: [String: Any] {
        var object: [String: Any] = [
            "name": name.map { $0 as Any } ?? NSNull(),
            "input_syntax": syntax.rawValue,
            "generator_count": generatorCount,
            "generators": generatorStrings.map { $0 as Any } ?? NSNull(),
            "degree": degree,
            "order": order.description,
            "abelian": abelian,
        ]
        if let derived {
            object["derived_series_orders"] = derived.orders.map(\.description)
            object["derived_factor_invariants"] = derived.factorInvariants
            object["solvable"] = derived.solvable
            object["derived_length"] = derived.length.map { $0 as Any } ?? NSNull()
        }
        if let lowerCentral {
            object["lower_central_series_orders"] = lowerCentral.orders.map(\.description)
            object["nilpotent"] = lowerCentral.nilpotent
            object["nilpotency_class"] = lowerCentral.nilpotencyClass.map { $0 as Any } ?? NSNull()
        }
        if let elementaryAbelian2SeriesOrders {
            object["elementary_abelian_2_series_orders"] = elementaryAbelian2SeriesOrders.map(\.description)
        }
        if let depth {
            object["predicted_depth"] = Dictionary(uniqueKeysWithValues: zip(FamilyTheory.all, depth).map { row, prediction in
                (row.jsonKey, prediction.minimalDepth.map { $0 as Any } ?? NSNull())
            })
        }
        if parts != GroupAnalysisPart.all {
            object["only"] = GroupAnalysisPart.allCases.filter { parts.contains($0) }.map(\.rawValue)
        }
        if composition != nil { object.merge(compositionJSON) { _, new in new } }
        return object
    }
}
