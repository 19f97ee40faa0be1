import Foundation

/// The one JSON configuration of Tower's output: sorted keys, slashes not escaped (a path or a
/// fraction prints as `a/b`, not `a\/b`), no insignificant white space unless indented on purpose.
/// Every `--json` goes through `encode`, the certificate files through `encoder()`. Throws (a value
/// that JSON cannot hold) instead of trapping or printing something else.
public enum JSONLine {
    /// One line of JSON: an object.
    public static func encode(_ object: [String: Any]) throws -> String {
        try encode(object as Any, options: [])
    }

    /// One line of JSON: an array (e.g. the element list `tower construct` stores in a model file).
    public static func encode(_ array: [Any]) throws -> String {
        try encode(array as Any, options: [])
    }

    /// The same configuration, indented over several lines (`tower bench arith --json`, a document
    /// rather than a line).
    public static func encodePretty(_ object: [String: Any]) throws -> String {
        try encode(object as Any, options: .prettyPrinted)
    }

    /// The same configuration for `Encodable` values (certificates): compact, sorted keys,
    /// slashes not escaped.
    public static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// Why a line meant to hold one JSON object does not, in plain words.
    public struct ObjectError: Error, CustomStringConvertible {
        public let description: String
    }

    /// One JSON object read from `text` (a `--batch` line), or why it is none: "not valid JSON
    /// (number 1e400 is out of range)", "a JSON array, not an object". Foundation's own message
    /// for every malformed line is "The data is not in the correct format".
    public static func object(_ text: String) -> Result<[String: Any], ObjectError> {
        let parsed: Any
        do {
            parsed = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        } catch {
            var reason = ((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String) ?? ""
            if let range = reason.range(of: " is not representable in Swift.") {
                reason = reason[..<range.lowerBound].replacingOccurrences(of: "Number ", with: "number ") + " is out of range"
            }
            while reason.hasSuffix(".") { reason.removeLast() }
            if let first = reason.first { reason = first.lowercased() + reason.dropFirst() }
            return .failure(ObjectError(description: reason.isEmpty ? "not valid JSON" : "not valid JSON (\(reason))"))
        }
        if let object = parsed as? [String: Any] { return .success(object) }
        let kind = parsed is [Any] ? "an array" : parsed is String ? "a string" : parsed is NSNull ? "null" : "a number or boolean"
        return .failure(ObjectError(description: "a JSON value that is \(kind), not an object"))
    }

    private static func encode(_ value: Any, options: JSONSerialization.WritingOptions) throws -> String {
        let data = try JSONSerialization.data(withJSONObject: value, options: options.union([.sortedKeys, .withoutEscapingSlashes]))
        return String(decoding: data, as: UTF8.self)
    }
}
