/// Compact JSON forms of the Lie evidence's small pieces: `{"generator": i}` / `{"bracket": [j, k]}`,
/// sparse vectors as `[[index, "c"], ...]` and bracket combinations as `[[j, k, "c"], ...]`.
extension BasisRecipe: Codable {
    enum CodingKeys: String, CodingKey { case generator, bracket }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        guard c.allKeys.count == 1 else {
            throw DecodingError.dataCorrupted(.init(codingPath: c.codingPath, debugDescription: "a basis recipe has exactly one of the keys generator, bracket"))
        }
        if let g = try c.decodeIfPresent(Int.self, forKey: .generator) {
            self = .generator(g)
            return
        }
        let pair = try c.decode([Int].self, forKey: .bracket)
        guard pair.count == 2 else {
            throw DecodingError.dataCorruptedError(forKey: .bracket, in: c, debugDescription: "a bracket names two basis elements")
        }
        self = .bracket(pair[0], pair[1])
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .generator(let g): try c.encode(g, forKey: .generator)
        case .bracket(let j, let k): try c.encode([j, k], forKey: .bracket)
        }
    }
}

extension SparseVector: Codable {
    public init(from decoder: Decoder) throws {
        var c = try decoder.unkeyedContainer()
        var terms: [SparseTerm] = []
        while !c.isAtEnd {
            var pair = try c.nestedUnkeyedContainer()
            let index = try pair.decode(Int.self)
            let coefficient = try pair.decode(String.self)
            guard pair.isAtEnd else {
                throw DecodingError.dataCorrupted(.init(codingPath: pair.codingPath, debugDescription: "a term is [index, \"coefficient\"]"))
            }
            terms.append(SparseTerm(index: index, coefficient: coefficient))
        }
        self.init(terms)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.unkeyedContainer()
        for t in terms {
            var pair = c.nestedUnkeyedContainer()
            try pair.encode(t.index)
            try pair.encode(t.coefficient)
        }
    }
}

extension BracketCombination: Codable {
    public init(from decoder: Decoder) throws {
        var c = try decoder.unkeyedContainer()
        var terms: [BracketTerm] = []
        while !c.isAtEnd {
            var triple = try c.nestedUnkeyedContainer()
            let left = try triple.decode(Int.self)
            let right = try triple.decode(Int.self)
            let coefficient = try triple.decode(String.self)
            guard triple.isAtEnd else {
                throw DecodingError.dataCorrupted(.init(codingPath: triple.codingPath, debugDescription: "a term is [j, k, \"coefficient\"]"))
            }
            terms.append(BracketTerm(left: left, right: right, coefficient: coefficient))
        }
        self.init(terms)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.unkeyedContainer()
        for t in terms {
            var triple = c.nestedUnkeyedContainer()
            try triple.encode(t.left)
            try triple.encode(t.right)
            try triple.encode(t.coefficient)
        }
    }
}
