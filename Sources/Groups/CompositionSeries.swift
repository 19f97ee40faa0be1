import Exact

/// A composition series G = G_0 > G_1 > ... > G_r = 1: each member normal in the previous one,
/// every factor G_i / G_(i+1) simple, each fact proven (see `PermutationGroup.compositionSeries`).
public struct CompositionSeries: Sendable {
    /// The members, G first, the trivial group last; each has generators on G's points.
    public let members: [PermutationGroup]
    /// |G_i|, known by proof while building (index computations), so no member has to build a
    /// chain just to report its order.
    public let orders: [BigInt]
    /// Why G_i / G_(i+1) is simple, one line per factor: "prime order", or the action whose
    /// image it is and the theorem that makes that image simple.
    public let factorProofs: [String]

    /// |G_i / G_(i+1)| in series order (for G = S4: 2, 3, 2, 2).
    public var factorOrders: [BigInt] {
        zip(orders, orders.dropFirst()).map { $0 / $1 }
    }
}

/// Why no composition series was produced: some perfect section has no action whose image the
/// implemented arguments prove simple (see `PrimitiveSimplicity`). Not a proof of anything.
public struct CompositionSeriesFailure: Error, Sendable, CustomStringConvertible {
    /// One line, e.g. "perfect section of order 1000000: primitive of degree 100 ... not excluded".
    public let reason: String

    public var description: String { reason }
}
