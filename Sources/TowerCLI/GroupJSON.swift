import Foundation

/// One-line JSON with sorted keys, the output format of `tower group --json` and `--batch`.
enum GroupJSON {
    static func line(_ object: [String: Any]) throws -> String {
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }
}
