extension BigInt: Codable {
    // A decimal string, because JSON numbers lose precision past 2^53 in most readers.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// Accepts what `init?(_: String)` accepts (decimal or `0x` hex, underscores).
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = BigInt(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not an integer: \"\(text)\"")
        }
        self = value
    }
}
