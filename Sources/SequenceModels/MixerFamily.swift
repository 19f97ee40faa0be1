/// The sequence-mixing layer of a model: which linear recurrence each layer runs
/// (docs/theory.md, sections 2 and 5). Equations in README.md.
public enum MixerFamily: String, Sendable, Codable, CaseIterable {
    /// Complex diagonal, unit-modulus transition a_t = exp(i theta(x_t)), complex input b(x_t).
    case dcd
    /// Real diagonal, a_t = exp(-softplus(z(x_t))) in (0, 1): Mamba-style.
    case real01
    /// Real diagonal, a_t = 2 sigmoid(z(x_t)) - 1 in (-1, 1): "negative eigenvalues".
    case real11
    /// Dense input-dependent linear recurrence h_t = A(x_t) h_{t-1} + b(x_t): the positive control.
    case dense

    /// Columns of the mixer's input projection for a state of size `state`.
    public func projectionWidth(state: Int) -> Int {
        switch self {
        case .dcd: return 3 * state
        case .real01, .real11: return 2 * state
        case .dense: return state * state + state
        }
    }

    /// The last columns of the input projection, those that make the input b_t (after the
    /// transition columns): 2S for `dcd` (Re b, Im b), S otherwise.
    public func inputColumns(state: Int) -> Int { self == .dcd ? 2 * state : state }

    /// Number of real state features the mixer's output map reads (Re h and Im h for `dcd`).
    public func featureWidth(state: Int) -> Int { self == .dcd ? 2 * state : state }
}
