import Exact

/// The pcgs of a solvable group (`Pcgs`) and the series computed in it, for the CLI's solvable
/// path and for cross-checks against the stabilizer-chain path.
extension PermutationGroup {
    /// The pcgs along the derived series (built once), nil when the group is not solvable.
    var pcgs: Pcgs? { cache.value(\.pcgs) { Pcgs.build(for: self) } }

    /// Whether a pcgs was built (solvable group, chain levels without Schreier trees).
    public var hasPcgs: Bool { pcgs != nil }

    /// The relative orders of the pcgs (primes, product = the order), nil without a pcgs.
    public var pcgsRelativeOrders: [Int]? { pcgs?.relativeOrders }

    /// The exponent vector of g with respect to the pcgs, nil when g is not in the group or
    /// there is no pcgs.
    public func pcgsExponents(of g: Permutation) -> [Int]? {
        guard let pcgs, g.largestMovedPointPlusOne <= degree else { return nil }
        return pcgs.exponents(of: g.extended(to: degree).table)
    }

    /// The product of the pcgs elements to the given exponents.
    public func pcgsElement(exponents: [Int]) -> Permutation? {
        guard let pcgs, exponents.count == pcgs.length else { return nil }
        return Permutation(table: pcgs.element(exponents: exponents))
    }

    /// Orders of the derived, lower central and EA2 series computed in the pcgs, nil without a
    /// pcgs (the EA2 series: also nil when the group is not a 2-group). Each series is listed as
    /// the public series are.
    public var pcgsDerivedSeriesOrders: [BigInt]? { pcgs?.derivedSeries().map(\.order) }
    public var pcgsLowerCentralSeriesOrders: [BigInt]? { pcgs?.lowerCentralSeries(generators: generatorTables).map(\.order) }
    public var pcgsElementaryAbelian2SeriesOrders: [BigInt]? { pcgs?.elementaryAbelian2Series(generators: generatorTables)?.map(\.order) }

    /// The lower central series computed in the pcgs, as groups (generators: each member's
    /// induced pcgs; orders known), nil without a pcgs.
    var pcgsLowerCentralSeries: [PermutationGroup]? {
        pcgs.map { groups($0.lowerCentralSeries(generators: generatorTables)) }
    }

    /// The EA2 series of a 2-group computed in the pcgs, as groups; nil without a pcgs or for
    /// other groups.
    var pcgsElementaryAbelian2Series: [PermutationGroup]? {
        pcgs?.elementaryAbelian2Series(generators: generatorTables).map(groups)
    }

    /// Series members as groups: G itself first, then each member's induced pcgs as generators.
    private func groups(_ members: [PcgsSeriesMember]) -> [PermutationGroup] {
        members.enumerated().map { i, u in
            i == 0 ? self : PermutationGroup(tables: u.elements, degree: degree, hint: .order(u.order))
        }
    }

    /// The derived length read off the pcgs (its number of derived layers), nil without a pcgs.
    public var pcgsDerivedLength: Int? { pcgs.map { $0.derivedStarts.count - 1 } }

    /// The derived series orders read off the pcgs (the tails at the layer boundaries).
    public var pcgsDerivedBoundaryOrders: [BigInt]? { pcgs.map { p in p.derivedStarts.map { p.tailOrder(from: $0) } } }
}
