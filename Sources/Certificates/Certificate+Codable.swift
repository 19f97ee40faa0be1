/// JSON coding of the top level. The evidence is decoded according to the object's type, so a
/// group certificate with Lie evidence (or the reverse) fails to decode with a clear path.
extension Certificate: Codable {
    enum CodingKeys: String, CodingKey {
        case format, version, object, claim, evidence
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        format = try c.decode(String.self, forKey: .format)
        guard format == Certificate.formatName else {
            throw DecodingError.dataCorruptedError(forKey: .format, in: c,
                debugDescription: "expected \"\(Certificate.formatName)\", found \"\(format)\"")
        }
        version = try c.decode(Int.self, forKey: .version)
        guard version == Certificate.currentVersion else {
            throw DecodingError.dataCorruptedError(forKey: .version, in: c,
                debugDescription: "unsupported version \(version) (this checker reads version \(Certificate.currentVersion))")
        }
        object = try c.decode(CertifiedObject.self, forKey: .object)
        claim = try c.decode(Claim.self, forKey: .claim)
        switch object {
        case .permutationGroup: evidence = .group(try c.decode(GroupEvidence.self, forKey: .evidence))
        case .matrixLieAlgebra: evidence = .lie(try c.decode(LieEvidence.self, forKey: .evidence))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(format, forKey: .format)
        try c.encode(version, forKey: .version)
        try c.encode(object, forKey: .object)
        try c.encode(claim, forKey: .claim)
        switch evidence {
        case .group(let e): try c.encode(e, forKey: .evidence)
        case .lie(let e): try c.encode(e, forKey: .evidence)
        }
    }
}

extension CertifiedObject: Codable {
    static let groupType = "permutation_group"
    static let lieType = "matrix_lie_algebra"

    enum CodingKeys: String, CodingKey {
        case type, degree, size, generators
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let type = try c.decode(String.self, forKey: .type)
        switch type {
        case CertifiedObject.groupType:
            self = .permutationGroup(degree: try c.decode(Int.self, forKey: .degree),
                                     generators: try c.decode([String].self, forKey: .generators))
        case CertifiedObject.lieType:
            self = .matrixLieAlgebra(size: try c.decode(Int.self, forKey: .size),
                                     generators: try c.decode([[[String]]].self, forKey: .generators))
        default:
            throw DecodingError.dataCorruptedError(forKey: .type, in: c,
                debugDescription: "unknown object type \"\(type)\" (expected \(CertifiedObject.groupType) or \(CertifiedObject.lieType))")
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .permutationGroup(let degree, let generators):
            try c.encode(CertifiedObject.groupType, forKey: .type)
            try c.encode(degree, forKey: .degree)
            try c.encode(generators, forKey: .generators)
        case .matrixLieAlgebra(let size, let generators):
            try c.encode(CertifiedObject.lieType, forKey: .type)
            try c.encode(size, forKey: .size)
            try c.encode(generators, forKey: .generators)
        }
    }
}

/// A claim is an object with exactly one of the keys below.
extension Claim: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case derivedLength = "derived_length"
        case solvable
        case nilpotencyClass = "nilpotency_class"
        case nilpotent
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        guard c.allKeys.count == 1, let key = c.allKeys.first else {
            throw DecodingError.dataCorrupted(.init(codingPath: c.codingPath,
                debugDescription: "a claim has exactly one of the keys derived_length, solvable, nilpotency_class, nilpotent"))
        }
        switch key {
        case .derivedLength: self = .derivedLength(try c.decode(Int.self, forKey: key))
        case .nilpotencyClass: self = .nilpotencyClass(try c.decode(Int.self, forKey: key))
        case .solvable, .nilpotent:
            // A positive claim needs a length, which the other keys carry.
            guard try c.decode(Bool.self, forKey: key) == false else {
                throw DecodingError.dataCorruptedError(forKey: key, in: c,
                    debugDescription: "only \"\(key.rawValue)\": false is a claim; state \(key == .solvable ? "derived_length" : "nilpotency_class") instead")
            }
            self = key == .solvable ? .notSolvable : .notNilpotent
        }
        if case .derivedLength(let d) = self, d < 0 { throw negative(key, c) }
        if case .nilpotencyClass(let d) = self, d < 0 { throw negative(key, c) }
    }

    private func negative(_ key: CodingKeys, _ c: KeyedDecodingContainer<CodingKeys>) -> DecodingError {
        DecodingError.dataCorruptedError(forKey: key, in: c, debugDescription: "must not be negative")
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .derivedLength(let d): try c.encode(d, forKey: .derivedLength)
        case .notSolvable: try c.encode(false, forKey: .solvable)
        case .nilpotencyClass(let n): try c.encode(n, forKey: .nilpotencyClass)
        case .notNilpotent: try c.encode(false, forKey: .nilpotent)
        }
    }
}
