/// Problems with a task description (a Cayley table, a list of elements).
public enum TaskError: Error, Equatable, CustomStringConvertible {
    case invalidCayleyTable(String)
    case invalidElements(String)

    public var description: String {
        switch self {
        case .invalidCayleyTable(let m): return "invalid Cayley table: \(m)"
        case .invalidElements(let m): return "invalid group elements: \(m)"
        }
    }
}
