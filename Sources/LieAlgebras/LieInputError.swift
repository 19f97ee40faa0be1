/// A malformed generator list, located precisely enough to fix (matrix, row, column are 1-based).
public struct LieInputError: Error, Equatable, CustomStringConvertible {
    public let location: String
    public let problem: String

    public init(location: String, problem: String) {
        self.location = location
        self.problem = problem
    }

    public var description: String { "\(location): \(problem)" }
}
