/// Problems with a model description, its weights or a checkpoint file. Each message names the
/// offending field, parameter or byte offset.
public enum ModelError: Error, Equatable, CustomStringConvertible {
    case invalidConfig(String)
    case unknownParameter(String)
    case wrongParameterSize(name: String, expected: Int, got: Int)
    case invalidToken(position: Int, token: Int, vocabulary: Int)
    case malformedCheckpoint(String)

    public var description: String {
        switch self {
        case .invalidConfig(let m): return "invalid model configuration: \(m)"
        case .unknownParameter(let n): return "unknown parameter '\(n)'"
        case let .wrongParameterSize(name, expected, got): return "parameter '\(name)' has \(expected) values, got \(got)"
        case let .invalidToken(position, token, vocabulary): return "token \(token) at position \(position) is outside 0..<\(vocabulary)"
        case .malformedCheckpoint(let m): return "malformed checkpoint: \(m)"
        }
    }
}
