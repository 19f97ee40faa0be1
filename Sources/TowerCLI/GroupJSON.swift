import Foundation

/// One line of JSON with sorted keys: the `--json` output of every command. Throws (a value that
/// JSON cannot hold) instead of trapping or printing something else.
enum JSONLine {
    static func encode(_ object: [String: Any], escapingSlashes: Bool = true) throws -> String {
        let options: JSONSerialization.WritingOptions = escapingSlashes ? [.sortedKeys] : [.sortedKeys, .withoutEscapingSlashes]
        let data = try JSONSerialization.data(withJSONObject: object, options: options)
        return String(decoding: data, as: UTF8.self)
    }
}

/// The output format of `tower group --json` and `--batch` (slashes unescaped).
enum GroupJSON {
    static func line(_ object: [String: Any]) throws -> String { try JSONLine.encode(object, escapingSlashes: false) }
}
