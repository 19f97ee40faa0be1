/// `"n/d"`, or `"n"` for integers.
extension Rational: ExactStringCodable {
    public static var codingDescription: String { "a rational number" }
}
