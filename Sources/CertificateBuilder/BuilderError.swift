/// A certificate could not be produced. These indicate a bug or an input outside what the
/// builder supports (the checker, not the builder, is what a reader has to trust).
public struct BuilderError: Error, Sendable, CustomStringConvertible {
    public let message: String
    init(_ message: String) { self.message = message }
    public var description: String { message }
}
