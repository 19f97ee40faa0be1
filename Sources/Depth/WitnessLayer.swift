/// One layer of the witness cascade for a factor Q = N_{l-1}/N_l of the series.
///
/// The layer reads a word in N_{l-1}, keeps q_t = pi(g_1 ... g_t) in Q, and emits
/// kappa(q_{t-1}, g_t) = s(q_{t-1}) g_t s(q_t)^-1, which lies in N_l. With products read left to
/// right (GAP's convention), the prefix product of its input is p_t = r_t s(q_t), where r_t is the
/// prefix product of what it emitted: the next layer's problem is one step down the series.
public struct WitnessLayer: Sendable {
    /// N_{l-1}: the layer's input alphabet.
    public let top: ElementSet
    /// N_l: the alphabet of what it emits.
    public let bottom: ElementSet
    public let quotient: AbelianQuotient
    /// `sections[code]` is s(q) = h_1^{a_1} ... h_r^{a_r} for q = (a_1, ..., a_r); s(0) = e.
    public let sections: [Int]
    private let group: IndexedGroup

    public init(group: IndexedGroup, top: ElementSet, bottom: ElementSet) throws {
        let quotient = try AbelianQuotient(group: group, top: top, bottom: bottom)
        var sections: [Int] = []
        sections.reserveCapacity(quotient.order)
        for code in 0..<quotient.order {
            var s = group.identity
            for (lift, a) in zip(quotient.lifts, quotient.coordinates(ofCode: code)) {
                s = group.product(s, group.power(lift, a))
            }
            sections.append(s)
        }
        self.group = group
        self.top = top
        self.bottom = bottom
        self.quotient = quotient
        self.sections = sections
    }

    /// pi(g) as a code, for g in N_{l-1}.
    public func projection(_ g: Int) -> Int? { quotient.code(of: g) }

    /// kappa(q, g) = s(q) g s(q + pi(g))^-1 for q a code and g in N_{l-1}; nil when g is not in N_{l-1}.
    public func kappa(_ q: Int, _ g: Int) -> Int? {
        guard let p = quotient.code(of: g) else { return nil }
        let next = quotient.add(q, p)
        return group.product(group.product(sections[q], g), group.inverses[sections[next]])
    }

    /// Checks kappa(q, g) in N_l for every q in Q and g in N_{l-1}; returns the first failure.
    public func firstKappaOutsideBottom() -> (q: Int, g: Int)? {
        for q in 0..<quotient.order {
            for g in top.members where !bottom.contains(kappa(q, g)!) { return (q, g) }
        }
        return nil
    }
}
