/// Why a permutation could not be built. Positions are 1-based character offsets within the
/// generator's text; `generator` is the 1-based generator index when parsing a list.
public enum PermutationError: Error, Equatable, Sendable {
    case unbalancedParenthesis(position: Int, generator: Int?)
    case unexpectedCharacter(character: Character, position: Int, generator: Int?)
    case notAnInteger(text: String, position: Int, generator: Int?)
    case pointZero(position: Int, generator: Int?)
    case repeatedPoint(point: Int, position: Int, generator: Int?)
    case degreeTooLarge(degree: Int, generator: Int?)
    /// A point beyond `Permutation.maximumDegree`, kept as written (it may not fit an `Int`).
    case pointTooLarge(text: String, position: Int, generator: Int?)
    case pointBeyondDegree(point: Int, degree: Int, position: Int, generator: Int?)
    case imageOutOfRange(index: Int, image: Int, degree: Int)
    case repeatedImage(index: Int, image: Int)
    case emptyCycle(position: Int, generator: Int?)
    case empty(generator: Int?)

    /// The same error, attributed to the 1-based generator `index`.
    public func inGenerator(_ index: Int) -> PermutationError {
        switch self {
        case .unbalancedParenthesis(let p, _): return .unbalancedParenthesis(position: p, generator: index)
        case .unexpectedCharacter(let c, let p, _): return .unexpectedCharacter(character: c, position: p, generator: index)
        case .notAnInteger(let t, let p, _): return .notAnInteger(text: t, position: p, generator: index)
        case .pointZero(let p, _): return .pointZero(position: p, generator: index)
        case .repeatedPoint(let q, let p, _): return .repeatedPoint(point: q, position: p, generator: index)
        case .degreeTooLarge(let d, _): return .degreeTooLarge(degree: d, generator: index)
        case .pointTooLarge(let t, let p, _): return .pointTooLarge(text: t, position: p, generator: index)
        case .pointBeyondDegree(let q, let d, let p, _):
            return .pointBeyondDegree(point: q, degree: d, position: p, generator: index)
        case .emptyCycle(let p, _): return .emptyCycle(position: p, generator: index)
        case .empty: return .empty(generator: index)
        case .imageOutOfRange, .repeatedImage: return self
        }
    }
}
