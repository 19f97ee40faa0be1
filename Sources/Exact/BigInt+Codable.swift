/// Decimal text (decoding also accepts `0x` hex and underscores, like `init?(_: String)`).
extension BigInt: ExactStringCodable {
    public static var codingDescription: String { "an integer" }
}
