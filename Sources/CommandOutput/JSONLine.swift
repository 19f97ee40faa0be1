import Foundation

/// The one JSON configuration of every `--json` output: sorted keys, slashes not escaped (a path
/// or a fraction prints as `a/b`, not `a\/b`). Throws (a value that JSON cannot hold) instead of
/// trapping or printing something else.
public enum JSONLine {
    /// One line of JSON.
    public static func encode(_ object: [String: Any]) throws -> String {
        try encode(object, options: [])
    }

    /// The same configuration, indented over several lines (`tower bench arith --json`, a document
    /// rather than a line).
    public static func encodePretty(_ object: [String: Any]) throws -> String {
        try encode(object, options: .prettyPrinted)
    }

    private static func encode(_ object: [String: Any], options: JSONSerialization.WritingOptions) throws -> String {
        let data = try JSONSerialization.data(withJSONObject: object, options: options.union([.sortedKeys, .withoutEscapingSlashes]))
        return String(decoding: data, as: UTF8.self)
    }
}
