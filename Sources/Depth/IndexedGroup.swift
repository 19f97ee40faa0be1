import Exact
import Groups

/// The elements of a small permutation group, numbered 0..<order, with products computed on indices.
///
/// The witness works on element indices rather than permutations: the cascade, the kappa tables and
/// the model's tokens all speak about "element i". Index order is the order of `group.elements()`,
/// which is the order the training tasks use for their tokens, so token i and element i agree.
/// Products follow GAP's convention: `product(a, b)` is `elements[a] * elements[b]` (apply a, then b).
public struct IndexedGroup: Sendable {
    /// Refuses groups with more elements than this: every element is stored, and some tables
    /// built from it grow with the order.
    public static let defaultOrderLimit = 50_000

    public let elements: [Permutation]
    public let identity: Int
    /// `inverses[i]` is the index of elements[i]^-1.
    public let inverses: [Int]
    private let indexOf: [Permutation: Int]
    /// Full Cayley table (row-major) for small groups, where it is cheaper than hashing per product.
    private let table: [Int32]?

    public var order: Int { elements.count }

    /// Throws `groupTooLarge` when an orbit alone is longer than `limit` (so |G| is above it),
    /// without computing the order: C1000000 is refused at once.
    public static func requireNoOrbitAbove(_ limit: Int, in group: PermutationGroup) throws {
        if group.orbitExceeds(limit) {
            throw WitnessError.groupTooLarge(order: "greater than \(limit) (one orbit alone has more points)", limit: limit)
        }
    }

    public init(_ group: PermutationGroup, orderLimit: Int = IndexedGroup.defaultOrderLimit) throws {
        try Self.requireNoOrbitAbove(orderLimit, in: group)
        let order = group.order
        guard order <= BigInt(orderLimit) else {
            throw WitnessError.groupTooLarge(order: order.abbreviated(), limit: orderLimit)
        }
        try self.init(elements: group.elements(), base: group.base)
    }

    /// Indexes an explicit list of distinct permutations that is closed under products
    /// (checked when the list is small enough for a Cayley table).
    /// `base`: points whose images determine each element of the list (a base of the group it
    /// is): the Cayley table then multiplies and looks up base images only, O(|base|) per product
    /// instead of O(degree) (C1000 on 1000 points: 10 s -> well under a second).
    init(elements: [Permutation], base: [Int]? = nil) throws {
        var indexOf: [Permutation: Int] = [:]
        indexOf.reserveCapacity(elements.count)
        for (i, g) in elements.enumerated() {
            guard indexOf.updateValue(i, forKey: g) == nil else {
                throw WitnessError.notAGroup("element \(g) is listed twice (position \(i))")
            }
        }
        guard let identity = elements.firstIndex(where: { $0.isIdentity }) else {
            throw WitnessError.notAGroup("the identity is missing")
        }
        var inverses = [Int](repeating: 0, count: elements.count)
        for (i, g) in elements.enumerated() {
            guard let j = indexOf[g.inverse] else {
                throw WitnessError.notAGroup("the inverse of \(g) (position \(i)) is missing")
            }
            inverses[i] = j
        }
        self.elements = elements
        self.identity = identity
        self.inverses = inverses
        self.indexOf = indexOf
        self.table = try IndexedGroup.cayleyTable(elements, indexOf, base: base)
    }

    /// The index of `g`, or nil when `g` is not an element.
    public func index(of g: Permutation) -> Int? { indexOf[g] }

    /// Index of elements[a] * elements[b] (apply a, then b).
    public func product(_ a: Int, _ b: Int) -> Int {
        if let table { return Int(table[a &* elements.count &+ b]) }
        // Without a table, closure is not re-checked: the elements of a large group only ever come
        // from `PermutationGroup.elements()` (the element-list initializer is internal).
        return indexOf[elements[a] * elements[b]]!
    }

    /// Index of the product of a word of indices, left to right.
    public func product(_ word: [Int]) -> Int {
        word.reduce(identity) { product($0, $1) }
    }

    /// Index of elements[a]^k, k >= 0.
    public func power(_ a: Int, _ k: Int) -> Int {
        var r = identity
        for _ in 0..<k { r = product(r, a) }
        return r
    }

    /// Groups up to this order get a full Cayley table (about 4 * order^2 bytes).
    static let tableLimit = 1_500

    private static func cayleyTable(_ elements: [Permutation], _ indexOf: [Permutation: Int], base: [Int]?) throws -> [Int32]? {
        let n = elements.count
        guard n <= tableLimit else { return nil }
        var table = [Int32](repeating: 0, count: n * n)
        if let base {
            let images = elements.map { g in base.map { g.image(of: $0) } }
            var indexOfImages: [[Int]: Int32] = [:]
            for (i, im) in images.enumerated() { indexOfImages[im] = Int32(i) }
            if indexOfImages.count == n {
                // (a b)(p) = b(a(p)): apply a, then b.
                for a in 0..<n {
                    for b in 0..<n {
                        guard let c = indexOfImages[images[a].map { elements[b].image(of: $0) }] else {
                            throw WitnessError.notAGroup("the product of positions \(a) and \(b) is missing")
                        }
                        table[a * n + b] = c
                    }
                }
                return table
            }
        }
        for a in 0..<n {
            for b in 0..<n {
                guard let c = indexOf[elements[a] * elements[b]] else {
                    throw WitnessError.notAGroup("the product of positions \(a) and \(b) is missing")
                }
                table[a * n + b] = Int32(c)
            }
        }
        return table
    }
}
