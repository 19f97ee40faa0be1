/// A batch that cannot run at all (input that is not UTF-8 text, a worker process that cannot be
/// started): one line naming the problem. The CLI prints it as its `error:` line, exit status 2.
/// A bad line is not an error of this kind: it gets an error row and the batch goes on.
public struct BatchError: Error, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
