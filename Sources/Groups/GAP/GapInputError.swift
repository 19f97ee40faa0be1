/// Why a text in GAP syntax could not be read: one line naming the problem and where it is
/// (the character in a one-line text such as `--generators`, the line and column in a file).
public struct GapInputError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What was being read: a file's path, or a label such as `"GAP input"` or `"generator 2"`.
    public let source: String
    /// 1-based line and column of the problem (the end of the text for "expected ... at the end").
    public let line: Int
    public let column: Int
    /// True when the text had one line: the place is then given as a character number.
    public let oneLine: Bool
    public let problem: String

    public var description: String {
        let place = oneLine ? "character \(column)" : "line \(line), column \(column)"
        return "cannot read \(source) at \(place): \(problem)"
    }
}
