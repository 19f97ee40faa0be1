/// Why a catalog name could not be turned into a group. Every message is one line and names the
/// offending part of the name (with its 1-based character position where there is one).
public enum GroupCatalogError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The text is not a catalog name; `position` is the 1-based character where parsing stopped.
    case syntax(name: String, position: Int, problem: String)
    /// A family was named with a parameter it does not accept (e.g. `D7`, `PSL(2,6)`).
    case invalidParameter(family: String, problem: String)
    /// The group would act on more points than the catalog builds (see `GroupCatalog.maximumDegree`).
    case tooLarge(family: String, degree: String)

    public var description: String {
        switch self {
        case let .syntax(name, position, problem):
            return "cannot read group name \"\(name)\" at character \(position): \(problem). "
                + "Accepted forms: \(GroupCatalog.acceptedFormsSummary)"
        case let .invalidParameter(family, problem):
            return "\(family): \(problem)"
        case let .tooLarge(family, degree):
            return "\(family) would act on \(degree) points; the catalog builds at most "
                + "\(GroupCatalog.maximumDegree) points"
        }
    }
}
