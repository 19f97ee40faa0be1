/// A benchmark that cannot give a figure (two systems computed different results, a reference
/// script failed, a seeded matrix is singular): one line naming the case and the problem. The CLI
/// prints it as its `error:` line, exit status 2.
public struct BenchmarkError: Error, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
