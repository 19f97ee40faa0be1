/// The canonical JSON text of a certificate's `object` member, whose SHA-256 names the object
/// that was checked. It is the RFC 8785 (JCS) form: keys sorted, no whitespace, integers in
/// decimal, strings with only `"`, `\` and control characters escaped. For the ASCII text Tower
/// writes it equals `jq -cjS .object FILE` and Python's
/// `json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False)`.
extension CertifiedObject {
    public var canonicalJSON: String {
        switch self {
        case .permutationGroup(let degree, let generators):
            return "{\"degree\":\(degree),\"generators\":[\(generators.map(Self.quoted).joined(separator: ","))],\"type\":\"\(Self.groupType)\"}"
        case .matrixLieAlgebra(let size, let generators):
            let matrices = generators.map { rows in
                "[" + rows.map { "[" + $0.map(Self.quoted).joined(separator: ",") + "]" }.joined(separator: ",") + "]"
            }
            return "{\"generators\":[\(matrices.joined(separator: ","))],\"size\":\(size),\"type\":\"\(Self.lieType)\"}"
        }
    }

    /// SHA-256 of `canonicalJSON` (UTF-8), 64 hex digits.
    public var canonicalSHA256: String { SHA256.hex(canonicalJSON.utf8) }

    private static func quoted(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\u{08}": out += "\\b"
            case "\u{09}": out += "\\t"
            case "\u{0A}": out += "\\n"
            case "\u{0C}": out += "\\f"
            case "\u{0D}": out += "\\r"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
