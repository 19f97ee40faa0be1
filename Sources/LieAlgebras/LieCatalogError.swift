/// A catalog or model-class name that cannot be built.
public enum LieCatalogError: Error, Equatable, CustomStringConvertible {
    case unknownName(String)
    case badParameter(name: String, detail: String)

    public var description: String {
        switch self {
        case .unknownName(let s):
            return "unknown Lie algebra '\(s)'; known: \(LieCatalog.knownNames.joined(separator: ", "))"
        case let .badParameter(name, detail):
            return "bad parameter for '\(name)': \(detail)"
        }
    }
}
