import Depth
import Exact
import Foundation
import Groups

/// Everything `tower group` reports about one group, computed once and rendered as text or JSON.
struct GroupAnalysis {
    /// The canonical catalog name, when the group came from the catalog.
    let name: String?
    /// The notation the group was read from.
    let syntax: GroupInputSyntax
    let degree: Int
    let generatorCount: Int
    /// The generators as read (GAP cycle notation, juxtaposed cycles already multiplied, identities
    /// dropped), shortened for the report (`GroupAnalysis.generatorsLine`).
    let generatorsText: String
    let order: BigInt
    let derivedSeriesOrders: [BigInt]
    /// Abelian invariants of G^(i)/G^(i+1), one list per step of the derived series.
    let derivedFactorInvariants: [[Int]]
    let lowerCentralSeriesOrders: [BigInt]
    /// G > [G,G]G^2 > ...: the series whose length predicts the depth of real [-1,1] diagonal layers.
    let elementaryAbelian2SeriesOrders: [BigInt]
    let solvable: Bool
    let abelian: Bool
    let nilpotent: Bool
    let derivedLength: Int?
    let nilpotencyClass: Int?
    /// The predicted minimal depth per family, in `FamilyTheory.all`'s order.
    let depth: [FamilyPrediction]
    /// A composition series (members with generators and orders), or why none was proven.
    let composition: Result<CompositionSeries, CompositionSeriesFailure>
    /// Whether `jsonObject` lists each composition series member's generators.
    let includeCompositionGenerators: Bool

    /// - Parameter progress: name each stage on stderr once the analysis has taken over a second
    ///   (`StageProgress`); off in batch mode.
    init(_ source: GroupSource, compositionGenerators: Bool = false, progress: Bool = false) {
        let stages = StageProgress(label: "tower group", enabled: progress)
        let group = source.group
        name = source.name
        syntax = source.syntax
        degree = group.degree
        generatorCount = group.generators.count
        generatorsText = Self.generatorsLine(group.generators)
        order = group.order
        derivedSeriesOrders = group.derivedSeries.map(\.order)
        stages.stage("derived factor invariants")
        derivedFactorInvariants = group.derivedFactorInvariants
        stages.stage("lower central series")
        lowerCentralSeriesOrders = group.lowerCentralSeries.map(\.order)
        stages.stage("elementary abelian 2 series")
        elementaryAbelian2SeriesOrders = group.elementaryAbelian2Series.map(\.order)
        solvable = group.isSolvable
        abelian = group.isAbelian
        nilpotent = group.isNilpotent
        derivedLength = group.derivedLength
        nilpotencyClass = group.nilpotencyClass
        depth = FamilyPrediction.predictions(for: group)
        stages.stage("composition series")
        composition = group.compositionSeriesResult
        includeCompositionGenerators = compositionGenerators
        stages.finish()
    }

    /// The `--json` object. Field names are part of the interface (issue 3); orders are decimal
    /// strings because they outgrow every JSON number type (the Rubik group has order ~4.3e19).
    var jsonObject: [String: Any] {
        var object: [String: Any] = [
            "name": name.map { $0 as Any } ?? NSNull(),
            "input_syntax": syntax.rawValue,
            "degree": degree,
            "order": order.description,
            "derived_series_orders": derivedSeriesOrders.map(\.description),
            "derived_factor_invariants": derivedFactorInvariants,
            "lower_central_series_orders": lowerCentralSeriesOrders.map(\.description),
            "elementary_abelian_2_series_orders": elementaryAbelian2SeriesOrders.map(\.description),
            "solvable": solvable,
            "abelian": abelian,
            "nilpotent": nilpotent,
            "derived_length": derivedLength.map { $0 as Any } ?? NSNull(),
            "nilpotency_class": nilpotencyClass.map { $0 as Any } ?? NSNull(),
            "predicted_depth": Dictionary(uniqueKeysWithValues: zip(FamilyTheory.all, depth).map { row, prediction in
                (row.jsonKey, prediction.minimalDepth.map { $0 as Any } ?? NSNull())
            }),
        ]
        object.merge(compositionJSON) { _, new in new }
        return object
    }
}
