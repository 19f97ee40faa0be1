import Exact

extension PermutationGroup {
    /// A composition series G = G_0 > G_1 > ... > 1, each member normal in the previous one and
    /// every factor simple, all by proof; nil when some perfect section has no action whose
    /// image the implemented arguments prove simple (`compositionSeriesFailure` says which).
    ///
    /// Solvable layers are refined from the derived series in prime steps; a perfect section R
    /// is mapped onto a simple group Q by an orbit / block / affine-socle action with a
    /// primitive image, proven simple by Jordan's theorem, the order m!/2, or the O'Nan–Scott
    /// theorem (see `PrimitiveSimplicity`); the series continues from the kernel. The members
    /// depend on the choices made; the multiset of factor orders does not (Jordan–Hölder).
    public var compositionSeries: [PermutationGroup]? {
        try? compositionSeriesResult.get().members
    }

    /// The orders of the members of `compositionSeries`, G first, ending at 1.
    public var compositionSeriesOrders: [BigInt]? {
        try? compositionSeriesResult.get().orders
    }

    /// Why `compositionSeries` is nil (one line), or nil when it is not.
    public var compositionSeriesFailure: CompositionSeriesFailure? {
        if case .failure(let failure) = compositionSeriesResult { return failure }
        return nil
    }

    /// The series with the members' orders, or why none was produced; computed once.
    public var compositionSeriesResult: Result<CompositionSeries, CompositionSeriesFailure> {
        // The cache keeps the members from G_1 on (see `GroupCache`); G itself goes back in front.
        cache.value(\.compositionSeriesBelow) {
            CompositionSeriesBuilder.build(self).map {
                CompositionSeries(members: Array($0.members.dropFirst()), orders: $0.orders, factorProofs: $0.factorProofs)
            }
        }.map { CompositionSeries(members: [self] + $0.members, orders: $0.orders, factorProofs: $0.factorProofs) }
    }
}

extension PermutationGroup {
    /// Whether `self` is a normal subgroup of `other`: a subgroup, and every conjugate of a
    /// generator of `self` by a generator of `other` lies in `self` (exact membership).
    public func isNormal(in other: PermutationGroup) -> Bool {
        guard isSubgroup(of: other) else { return false }
        return generators.allSatisfy { g in other.generators.allSatisfy { contains(g.conjugated(by: $0)) } }
    }
}
