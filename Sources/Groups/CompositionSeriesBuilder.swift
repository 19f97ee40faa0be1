import Exact

/// Builds a composition series top-down.
///
/// Solvable layers: between consecutive members of the derived series the quotient is
/// abelian, so every group between them is normal in the upper one; the upper one's generators
/// are added to the lower one's chain one prime-index step at a time (`NormalizingExtension`),
/// and each step is a member with a cyclic factor of prime order. A group with a pcgs (solvable)
/// takes its tails instead (`fromPcgs`): the pcgs refines the derived series in prime steps.
/// Perfect residuum R != 1: an action of R onto a simple group Q (`SimpleQuotient`) has a
/// kernel K that is maximal normal in R, with |K| = |R| / |Q| checked on a chain; the series
/// goes on from K with the whole procedure (K need not be perfect).
enum CompositionSeriesBuilder {
    /// A member and why its quotient by the next member is simple (empty for the last one).
    typealias Member = (group: PermutationGroup, order: BigInt, proof: String)

    /// - Parameter usePcgs: false takes the chain path even for a solvable group (the tests'
    ///   cross-check).
    static func build(_ g: PermutationGroup, limits: CompositionSearchLimits = .standard, usePcgs: Bool = true)
        -> Result<CompositionSeries, CompositionSeriesFailure> {
        if usePcgs, let pcgs = g.pcgs { return .success(fromPcgs(pcgs, of: g)) }
        do {
            let members = try members(of: g, seed: 0xC0_5E, limits: limits)
            return .success(CompositionSeries(members: members.map(\.group), orders: members.map(\.order),
                                              factorProofs: members.dropLast().map(\.proof)))
        } catch {
            return .failure(error)
        }
    }

    private static func members(of g: PermutationGroup, seed: UInt64,
                                limits: CompositionSearchLimits) throws(CompositionSeriesFailure) -> [Member] {
        var result: [Member] = []
        var current = g
        var seed = seed
        while true {
            let derived = current.derivedSeries
            for i in 0..<(derived.count - 1) {
                result.append((derived[i], derived[i].order, primeOrder))
                result += try primeSteps(from: derived[i], down: derived[i + 1])
            }
            let residuum = derived.last!
            if residuum.order == .one {
                result.append((residuum, .one, ""))
                return result
            }
            if residuum.structure.isAlternatingGiant {
                // A_n on all n >= 5 points (recognized by proof): simple.
                result.append((residuum, residuum.order, "A\(residuum.degree) on \(residuum.degree) points (Jordan's theorem)"))
                result.append((PermutationGroup(tables: [], degree: g.degree), .one, ""))
                return result
            }
            let found = try SimpleQuotient.find(for: residuum, seed: seed, limits: limits)
            result.append((residuum, residuum.order, "image of an action on \(found.action.degree) points: \(found.proof)"))
            guard let kernel = found.action.kernel(in: residuum, seed: seed) else {
                throw CompositionSeriesFailure(reason: "internal: the kernel of an action of the perfect section of"
                                               + " order \(residuum.order) did not have the expected order")
            }
            current = kernel
            seed &+= 0x9E37
        }
    }

    private static let primeOrder = "prime order"

    /// A solvable group's composition series read off its pcgs: the tails G_d = <g_d, ...>,
    /// each normal in the previous one with prime index p_d (no chain is built for a member
    /// until someone asks for more than its order).
    static func fromPcgs(_ pcgs: Pcgs, of g: PermutationGroup) -> CompositionSeries {
        var orders = [BigInt.one]
        for p in pcgs.relativeOrders.reversed() { orders.append(orders.last! * BigInt(p)) }
        orders.reverse()
        let members = (0...pcgs.length).map { d in
            d == 0 ? g : PermutationGroup(tables: Array(pcgs.elements[d...]), degree: g.degree, hint: .order(orders[d]))
        }
        return CompositionSeries(members: members, orders: orders,
                                 factorProofs: Array(repeating: primeOrder, count: pcgs.length))
    }

    /// The members strictly between `upper` and `lower` (upper/lower abelian), descending.
    private static func primeSteps(from upper: PermutationGroup,
                                   down lower: PermutationGroup) throws(CompositionSeriesFailure) -> [Member] {
        // A prime index has no step in between (S_n > A_n): no chain of `lower` is needed, which
        // at degree 10^6 could not be built.
        if let index = (upper.order / lower.order).intValue, NumberTheory.isPrime(index) { return [] }
        let chain = lower.structure.chain(for: lower).copy()
        let first = chain.generators.count
        let below = lower.generatorTables
        var steps: [Member] = []
        for g in upper.generatorTables {
            NormalizingExtension.add(g, to: chain) { c in
                let group = PermutationGroup(tables: below + c.generators[first...], degree: upper.degree,
                                             hint: .order(c.order))
                steps.append((group, c.order, primeOrder))
            }
        }
        // The steps ascend from |lower| p to |upper|; the last one is upper itself.
        guard steps.last?.order == upper.order else {
            throw CompositionSeriesFailure(reason: "internal: prime steps from order \(lower.order) did not reach \(upper.order)")
        }
        return steps.dropLast().reversed()
    }
}
