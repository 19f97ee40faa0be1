/// A catalog or model-class name that cannot be built.
public enum LieCatalogError: Error, Equatable, CustomStringConvertible {
    case unknownName(String)
    case badParameter(name: String, detail: String)

    public var description: String {
        switch self {
        case .unknownName(let s):
            return "unknown Lie algebra '\(s)'\(Self.suggestion(for: s)); known: \(LieCatalog.knownNames.joined(separator: ", "))"
        case let .badParameter(name, detail):
            return "bad parameter for '\(name)': \(detail)"
        }
    }

    /// " (did you mean so(3)?)" for `so3`, `SO3` or `so 3`: a catalog family's name followed by
    /// digits without parentheses; else "".
    static func suggestion(for name: String) -> String {
        let letters = name.prefix { !$0.isNumber }.trimmingCharacters(in: .whitespaces).lowercased()
        let digits = name.drop { !$0.isNumber }
        guard !letters.isEmpty, !digits.isEmpty, digits.allSatisfy(\.isNumber), digits.count <= 3 else { return "" }
        let candidate = "\(letters)(\(digits))"
        // A known family (its parameter is then checked when the suggestion is tried), without
        // building anything here: gl999 must not build gl(999) to be answered.
        let families = Set(LieCatalog.knownNames.compactMap { $0.split(separator: "(").first.map(String.init) })
        guard families.contains(letters) else { return "" }
        return " (did you mean \(candidate)?)"
    }
}
