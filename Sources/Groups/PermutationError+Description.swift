extension PermutationError: CustomStringConvertible {
    /// One line naming the problem and where it is.
    public var description: String {
        switch self {
        case .imageOutOfRange, .repeatedImage: return problem
        case .degreeTooLarge(_, let g), .empty(let g): return "\(where_(g, nil)): \(problem)"
        case .unbalancedParenthesis(let p, let g), .unexpectedCharacter(_, let p, let g), .notAnInteger(_, let p, let g),
             .pointZero(let p, let g), .repeatedPoint(_, let p, let g), .pointBeyondDegree(_, _, let p, let g),
             .emptyCycle(let p, let g), .pointTooLarge(_, let p, let g):
            return "\(where_(g, p)): \(problem)"
        }
    }

    /// The problem without where it is, for callers that report the place their own way (the GAP reader
    /// gives a line and column in the whole text).
    public var problem: String {
        switch self {
        case .unbalancedParenthesis:
            return "unbalanced parenthesis"
        case .unexpectedCharacter(let c, _, _):
            return "unexpected character '\(c)' (expected GAP cycle notation like (1,2,3)(4,5))"
        case .notAnInteger(let t, _, _):
            return "'\(t)' is not a positive integer point"
        case .pointZero:
            return "point 0 (points are numbered from 1)"
        case .repeatedPoint(let q, _, _):
            return "point \(q) repeated in a cycle"
        case .degreeTooLarge(let d, _):
            return "degree \(d) exceeds the maximum \(Permutation.maximumDegree) (2^24)"
        case .pointTooLarge(let t, _, _):
            return "point \(t) exceeds the maximum degree \(Permutation.maximumDegree) (2^24)"
        case .pointBeyondDegree(let q, let d, _, _):
            return "point \(q) exceeds the stated degree \(d)"
        case .imageOutOfRange(let i, let image, let d):
            return "image list index \(i): image \(image) is outside 0..<\(d)"
        case .repeatedImage(let i, let image):
            return "image list index \(i): image \(image) occurs twice (not a bijection)"
        case .empty:
            return "empty text (write () for the identity)"
        case .emptyCycle:
            return "empty cycle inside a product (write () only for the identity)"
        }
    }

    private func where_(_ generator: Int?, _ position: Int?) -> String {
        var parts: [String] = []
        if let generator { parts.append("generator \(generator)") }
        if let position { parts.append("position \(position)") }
        return parts.isEmpty ? "permutation" : parts.joined(separator: ", ")
    }
}
