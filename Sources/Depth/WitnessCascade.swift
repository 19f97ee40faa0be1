import Groups

/// The explicit witness: a cascade of layers, one per factor of a series G = N_0 > ... > N_k = 1
/// with abelian factors, that computes the prefix products of any word in G exactly
/// (docs/theory.md, section 7 "The explicit witness").
///
/// The prefix product is y_t = s_k(q^(k)_t) ... s_2(q^(2)_t) s_1(q^(1)_t), products left to right.
public struct WitnessCascade: Sendable {
    public let group: IndexedGroup
    /// N_0 = G, ..., N_k = {e}.
    public let series: [ElementSet]
    public let layers: [WitnessLayer]

    /// Builds the witness from the derived series of `group`, padded with trivial layers when
    /// `layers` exceeds the derived length. Refuses a non-solvable group (naming its perfect
    /// residuum) and a layer count below the derived length (naming G^(layers)).
    public init(group: PermutationGroup, layers requested: Int? = nil,
                orderLimit: Int = IndexedGroup.defaultOrderLimit) throws {
        // An orbit longer than the limit proves the order is above it: refused before the derived
        // series, which for C1000000 takes half a minute.
        try IndexedGroup.requireNoOrbitAbove(orderLimit, in: group)
        guard let length = group.derivedLength else {
            let residuum = group.perfectResiduum
            throw WitnessError.notSolvable(residuumOrder: residuum.order.abbreviated(),
                                           residuumGenerators: WitnessCascade.distinctGenerators(residuum))
        }
        let count = requested ?? max(length, 1)
        guard count >= 1 else { throw WitnessError.nonPositiveLayers(count) }
        let derived = group.derivedSeries
        guard count >= length else {
            let member = derived[count]
            throw WitnessError.tooFewLayers(requested: count, derivedLength: length,
                                            derivedSubgroupOrder: member.order.abbreviated(),
                                            derivedSubgroupGenerators: WitnessCascade.distinctGenerators(member))
        }
        let indexed = try IndexedGroup(group, orderLimit: orderLimit)
        var series = try derived.prefix(length + 1).map { try WitnessCascade.elementSet(of: $0, in: indexed) }
        while series.count < count + 1 { series.append(series[series.count - 1]) }
        try self.init(group: indexed, series: series)
    }

    /// Builds the witness from an explicit series; throws `invalidSeries` naming the first member
    /// that is not normal in its predecessor or whose factor is not abelian.
    public init(group: IndexedGroup, series: [ElementSet]) throws {
        guard series.count >= 2 else {
            throw WitnessError.invalidSeries("a series needs at least G and the trivial group")
        }
        guard series[0].count == group.order else {
            throw WitnessError.invalidSeries("the first member has order \(series[0].count), not |G| = \(group.order)")
        }
        guard series[series.count - 1].members == [group.identity] else {
            throw WitnessError.invalidSeries("the last member has order \(series[series.count - 1].count), not 1")
        }
        var layers: [WitnessLayer] = []
        for l in 1..<series.count {
            do {
                layers.append(try WitnessLayer(group: group, top: series[l - 1], bottom: series[l]))
            } catch let WitnessError.invalidSeries(reason) {
                throw WitnessError.invalidSeries("member \(l) of the series: \(reason)")
            }
        }
        self.group = group
        self.series = series
        self.layers = layers
    }

    /// Runs the cascade exactly on a word of element indices. Throws `invalidWord` for an index
    /// outside the group, or if a layer ever received a letter outside its alphabet N_{l-1}
    /// (which would mean a kappa left N_l).
    public func run(_ word: [Int]) throws -> CascadeTrace {
        if let t = word.firstIndex(where: { $0 < 0 || $0 >= group.order }) {
            throw WitnessError.invalidWord("position \(t): \(word[t]) is not an element index below \(group.order)")
        }
        var inputs = word
        var states: [[Int]] = []
        var emitted: [[Int]] = []
        for (l, layer) in layers.enumerated() {
            var q = 0
            var qs: [Int] = [], out: [Int] = []
            qs.reserveCapacity(inputs.count); out.reserveCapacity(inputs.count)
            for (t, g) in inputs.enumerated() {
                guard let k = layer.kappa(q, g) else {
                    throw WitnessError.invalidWord("layer \(l + 1), position \(t): element \(g) is outside N_\(l)")
                }
                out.append(k)
                q = layer.quotient.add(q, layer.projection(g)!)
                qs.append(q)
            }
            states.append(qs)
            emitted.append(out)
            inputs = out
        }
        let products = word.indices.map { t in decode(states: states.map { $0[t] }) }
        return CascadeTrace(states: states, emitted: emitted, products: products)
    }

    /// y = s_k(q_k) ... s_1(q_1) from the layers' states (codes), outermost layer first in the product.
    public func decode(states: [Int]) -> Int {
        var y = group.identity
        for (layer, q) in zip(layers, states).reversed() {
            y = group.product(y, layer.sections[q])
        }
        return y
    }

    /// Generators in GAP notation, identity and repeats dropped (for refusal messages).
    static func distinctGenerators(_ group: PermutationGroup) -> [String] {
        var seen: Set<String> = []
        return group.generators.filter { !$0.isIdentity }.map(\.description).filter { seen.insert($0).inserted }
    }

    static func elementSet(of subgroup: PermutationGroup, in group: IndexedGroup) throws -> ElementSet {
        let elements = subgroup.elements()
        let indices = elements.compactMap { group.index(of: $0) }
        guard indices.count == elements.count else {
            throw WitnessError.invalidSeries("a member of the derived series is not inside the group")
        }
        return ElementSet(indices, universe: group.order)
    }
}
