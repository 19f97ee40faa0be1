/// Everything an exact cascade run computed, for checking each step.
public struct CascadeTrace: Sendable, Equatable {
    /// `states[l][t]`: the code of q^(l+1)_t.
    public let states: [[Int]]
    /// `emitted[l][t]`: the element layer l+1 emits at step t (its kappa).
    public let emitted: [[Int]]
    /// `products[t]`: the decoded prefix product y_t.
    public let products: [Int]
}
