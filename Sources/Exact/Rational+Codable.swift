extension Rational: Codable {
    // "n/d" (or "n" for integers) as a string: exact, and readable in JSON.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// Accepts what `init?(_: String)` accepts.
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = Rational(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a rational number: \"\(text)\"")
        }
        self = value
    }
}
