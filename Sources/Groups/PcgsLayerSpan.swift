/// The span of some elements of G^(k) modulo G^(k+1) (k a derived layer of a group with a
/// pcgs): an induced pcgs of the abelian factor G^(k)/G^(k+1), filled by the sift through the
/// layer's depths. Commutators lie in G^(k+1), so closing under p-th powers makes the table's
/// products a subgroup modulo G^(k+1). The certificate builder's test that its nested
/// commutators generate G^(k) modulo G^(k+1).
public struct PcgsLayerSpan {
    private let pcgs: Pcgs
    private let start: Int
    private let stop: Int
    /// depth - start -> inverse of the element stored there, nil where free.
    private var inverses: [[Int32]?]
    /// depth - start -> how many leading base points that element fixes.
    private var fixedPrefix: [Int]
    private var free: Int

    /// nil when the group has no pcgs or k is not a derived layer (0 <= k < derived length).
    public init?(group: PermutationGroup, layer k: Int) {
        guard let pcgs = group.pcgs, k >= 0, k + 1 < pcgs.derivedStarts.count else { return nil }
        self.pcgs = pcgs
        start = pcgs.derivedStarts[k]
        stop = pcgs.derivedStarts[k + 1]
        inverses = Array(repeating: nil, count: stop - start)
        fixedPrefix = Array(repeating: 0, count: stop - start)
        free = stop - start
    }

    /// Whether the span is all of G^(k) modulo G^(k+1).
    public var isComplete: Bool { free == 0 }

    /// Adds g, an element of G^(k), when it lies outside the span modulo G^(k+1); returns
    /// whether it did.
    @discardableResult
    public mutating func addIfOutside(_ g: Permutation) -> Bool {
        guard g.largestMovedPointPlusOne <= pcgs.degree else { return false }
        var queue = [g.extended(to: pcgs.degree).table]
        var added = false
        while let x = queue.popLast() {
            guard let (t, d) = sift(x) else { continue }
            inverses[d - start] = inverseTable(t)
            fixedPrefix[d - start] = pcgs.fixedBasePrefix(of: t)
            free -= 1
            added = true
            queue.append(smallPower(t, pcgs.relativeOrders[d]))
        }
        return added
    }

    /// Divides x by the stored elements at its leading depths from G^(k)'s first depth on
    /// (`Pcgs.sift`); returns it at a free depth with leading exponent 1, or nil when it lies in
    /// G^(k+1) modulo the span (or is not an element of G^(k)).
    private func sift(_ x: [Int32]) -> (element: [Int32], depth: Int)? {
        pcgs.sift(x, from: start, below: stop, ifMember: true) { d in
            inverses[d - start].map { ($0, fixedPrefix[d - start]) }
        }
    }
}
