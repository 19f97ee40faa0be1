/// `message` cut to at most about `limit` characters, the middle replaced by a count: an error that
/// quotes a 80,000-character input stays one readable line (batch error rows, the CLI's `error:`
/// lines).
public func elided(_ message: String, limit: Int = 1_000) -> String {
    guard message.count > limit else { return message }
    let head = message.prefix(limit * 2 / 3), tail = message.suffix(limit / 3)
    return "\(head) ... (\(message.count - head.count - tail.count) characters left out) ... \(tail)"
}
