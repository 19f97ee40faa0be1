/// A subset of an `IndexedGroup`'s elements (usually a subgroup), as a sorted list and a mask.
public struct ElementSet: Sendable, Equatable {
    /// Element indices, ascending.
    public let members: [Int]
    private let mask: [Bool]

    public init(_ indices: some Sequence<Int>, universe: Int) {
        var mask = [Bool](repeating: false, count: universe)
        for i in indices { mask[i] = true }
        self.mask = mask
        self.members = mask.indices.filter { mask[$0] }
    }

    public var count: Int { members.count }

    public func contains(_ i: Int) -> Bool { mask[i] }
}
