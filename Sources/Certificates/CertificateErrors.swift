/// The input is not a well-formed certificate: unreadable JSON, a missing or mistyped field,
/// a permutation or rational that does not parse. The CLI reports it with exit status 2.
public struct CertificateFormatError: Error, Sendable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// The certificate is well-formed but its evidence does not establish its claim. `reason` names
/// the step that failed. The CLI prints `INVALID: <reason>` and exits with status 1.
public struct CertificateRejection: Error, Sendable, CustomStringConvertible {
    public let reason: String
    public init(_ reason: String) { self.reason = reason }
    public var description: String { reason }
}
