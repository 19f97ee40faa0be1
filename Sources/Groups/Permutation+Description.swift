extension Permutation: CustomStringConvertible {
    /// GAP cycle notation with 1-based points, "()" for the identity.
    public var description: String {
        let cs = cycles
        if cs.isEmpty { return "()" }
        return cs.map { "(" + $0.map { String($0 + 1) }.joined(separator: ",") + ")" }.joined()
    }
}
