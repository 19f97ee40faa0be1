extension PermutationError: CustomStringConvertible {
    /// One line naming the problem and where it is.
    public var description: String {
        switch self {
        case .unbalancedParenthesis(let p, let g):
            return "\(where_(g, p)): unbalanced parenthesis"
        case .unexpectedCharacter(let c, let p, let g):
            return "\(where_(g, p)): unexpected character '\(c)' (expected GAP cycle notation like (1,2,3)(4,5))"
        case .notAnInteger(let t, let p, let g):
            return "\(where_(g, p)): '\(t)' is not a positive integer point"
        case .pointZero(let p, let g):
            return "\(where_(g, p)): point 0 (points are numbered from 1)"
        case .repeatedPoint(let q, let p, let g):
            return "\(where_(g, p)): point \(q) repeated in a cycle"
        case .degreeTooLarge(let d, let g):
            return "\(where_(g, nil)): degree \(d) exceeds the maximum \(Permutation.maximumDegree) (2^24)"
        case .pointBeyondDegree(let q, let d, let p, let g):
            return "\(where_(g, p)): point \(q) exceeds the stated degree \(d)"
        case .imageOutOfRange(let i, let image, let d):
            return "image list index \(i): image \(image) is outside 0..<\(d)"
        case .repeatedImage(let i, let image):
            return "image list index \(i): image \(image) occurs twice (not a bijection)"
        case .empty(let g):
            return "\(where_(g, nil)): empty text (write () for the identity)"
        case .emptyCycle(let p, let g):
            return "\(where_(g, p)): empty cycle inside a product (write () only for the identity)"
        }
    }

    private func where_(_ generator: Int?, _ position: Int?) -> String {
        var parts: [String] = []
        if let generator { parts.append("generator \(generator)") }
        if let position { parts.append("position \(position)") }
        return parts.isEmpty ? "permutation" : parts.joined(separator: ", ")
    }
}
