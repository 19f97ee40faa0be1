/// A leaf is a JSON integer; a bracket is a two-element array `[left, right]`.
extension CommutatorTree: Codable {
    public init(from decoder: Decoder) throws {
        if let single = try? decoder.singleValueContainer(), let entry = try? single.decode(Int.self) {
            self = .leaf(entry)
            return
        }
        var c = try decoder.unkeyedContainer()
        guard c.count == 2 else {
            throw DecodingError.dataCorrupted(.init(codingPath: c.codingPath,
                debugDescription: "a commutator is an entry number or a pair [left, right]"))
        }
        let left = try c.decode(CommutatorTree.self)
        let right = try c.decode(CommutatorTree.self)
        self = .bracket(left, right)
    }

    public func encode(to encoder: Encoder) throws {
        switch self {
        case .leaf(let entry):
            var c = encoder.singleValueContainer()
            try c.encode(entry)
        case .bracket(let left, let right):
            var c = encoder.unkeyedContainer()
            try c.encode(left)
            try c.encode(right)
        }
    }
}
