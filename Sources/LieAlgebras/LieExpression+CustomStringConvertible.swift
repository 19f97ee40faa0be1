import Exact

extension LieExpression: CustomStringConvertible {
    /// E.g. "X + Y + 1/2 [X,Y] + 1/12 [X,[X,Y]] - 1/12 [Y,[X,Y]]".
    public var description: String {
        if terms.isEmpty { return "0" }
        var out = ""
        for (k, t) in terms.enumerated() {
            let negative = t.coefficient.signum < 0
            let magnitude = negative ? -t.coefficient : t.coefficient
            out += k == 0 ? (negative ? "-" : "") : (negative ? " - " : " + ")
            if magnitude != .one { out += "\(magnitude) " }
            out += bracketText(t.word)
        }
        return out
    }
}
