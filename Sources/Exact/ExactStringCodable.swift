/// Exact values coded in JSON as their exact decimal text (`"-3/4"`, `"18446744073709551616"`):
/// JSON numbers lose precision past 2^53 in most readers, and have no fractions.
public protocol ExactStringCodable: Codable, LosslessStringConvertible {
    /// How a decoding error names what was expected, e.g. "an integer".
    static var codingDescription: String { get }
}

extension ExactStringCodable {
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// Accepts what `init?(_: String)` accepts.
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = Self(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not \(Self.codingDescription): \"\(text)\"")
        }
        self = value
    }
}
