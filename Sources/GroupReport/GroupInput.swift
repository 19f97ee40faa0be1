import Groups

/// Turns what the user typed into a group: `--generators` text, and a batch line's or a table's
/// generator list. The reading itself (catalog names, cycle notation, GAP's syntax) is
/// `Groups.GroupReader`; its errors are one line each and reach the user as they are.
public enum GroupInput {
    /// `--generators` text: cycle notation, `Group(...)`, image lists, or a GAP constructor.
    public static func group(generators text: String, degree: Int?) throws -> GroupSource {
        try checkDegree(degree)
        return try GroupReader.generators(text, degree: degree)
    }

    /// One string per generator, as in a batch line's `"generators"` array.
    public static func group(generatorList: [String], degree: Int?) throws -> GroupSource {
        try checkDegree(degree)
        return try GroupReader.generatorList(generatorList, degree: degree)
    }

    private static func checkDegree(_ degree: Int?) throws {
        guard let degree else { return }
        guard degree >= 1, degree <= Permutation.maximumDegree else {
            throw GroupInputError("degree \(degree) is outside 1...\(Permutation.maximumDegree)")
        }
    }
}

/// Input that names no group (a degree out of range, a batch line without generators): one line
/// naming the problem and, for a batch line, its number. The CLI prints it as its `error:` line
/// (exit status 2), or as the line's "error" field in a batch.
public struct GroupInputError: Error, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
