/// The dense linear recurrence h_t = A_t h_{t-1} + b_t (h_{-1} = 0) with a full input-dependent
/// matrix A_t per step: the positive control that can track any finite group through a
/// permutation representation. Sequential in time; sequences of a batch run concurrently.
///
/// Shapes: `a` is `[batch, length, state * state]` (A_t row-major: A_t[i][j] at i * state + j),
/// `b` and `h` are `[batch, length, state]`.
public enum DenseRecurrence {
    @inlinable
    public static func forward<T: FloatScalar>(a: Tensor<T>, b: Tensor<T>) -> Tensor<T> {
        let (batch, length, state) = (b.shape[0], b.shape[1], b.shape[2])
        precondition(a.count == batch * length * state * state, "DenseRecurrence: a must be [batch, length, state * state]")
        var h = b
        for e in 0..<batch {
            for t in 1..<Swift.max(length, 1) {
                let o = (e * length + t) * state, p = o - state, m = (e * length + t) * state * state
                for i in 0..<state {
                    var sum: T = 0
                    for j in 0..<state { sum += a.storage[m + i * state + j] * h.storage[p + j] }
                    h.storage[o + i] += sum
                }
            }
        }
        return h
    }

    /// G_t = dh_t + A_{t+1}^T G_{t+1}; dA_t = G_t h_{t-1}^T; db_t = G_t.
    @inlinable
    public static func backward<T: FloatScalar>(a: Tensor<T>, h: Tensor<T>, outputGradient dh: Tensor<T>) -> (da: Tensor<T>, db: Tensor<T>) {
        let (batch, length, state) = (h.shape[0], h.shape[1], h.shape[2])
        var g = dh
        var da = Tensor<T>(shape: a.shape)
        for e in 0..<batch {
            for t in Swift.stride(from: length - 2, through: 0, by: -1) {
                let o = (e * length + t) * state, n = o + state, m = (e * length + t + 1) * state * state
                for j in 0..<state {
                    var sum: T = 0
                    for i in 0..<state { sum += a.storage[m + i * state + j] * g.storage[n + i] }
                    g.storage[o + j] += sum
                }
            }
            for t in 1..<Swift.max(length, 1) {
                let o = (e * length + t) * state, p = o - state, m = (e * length + t) * state * state
                for i in 0..<state {
                    for j in 0..<state { da.storage[m + i * state + j] = g.storage[o + i] * h.storage[p + j] }
                }
            }
        }
        return (da, g)
    }
}
