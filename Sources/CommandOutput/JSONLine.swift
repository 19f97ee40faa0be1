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

    private static func encode(_ value: Any, options: JSONSerialization.WritingOptions) throws -> String {
        let data = try JSONSerialization.data(withJSONObject: value, options: options.union([.sortedKeys, .withoutEscapingSlashes]))
        return String(decoding: data, as: UTF8.self)
    }
}
