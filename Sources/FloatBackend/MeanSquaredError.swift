/// Mean squared error over all entries: L = mean((y - target)^2).
public enum MeanSquaredError {
    /// The loss and dL/dy. NaN in either input gives a NaN loss, never a trap.
    @inlinable
    public static func evaluate<T: FloatScalar>(prediction y: Tensor<T>, target: Tensor<T>) -> (loss: T, gradient: Tensor<T>) {
        precondition(y.shape == target.shape, "MeanSquaredError: prediction shape \(y.shape) differs from target shape \(target.shape)")
        var grad = Tensor<T>(shape: y.shape)
        var total: T = 0
        let scale = 1 / T(Swift.max(y.count, 1))
        for i in 0..<y.count {
            let d = y.storage[i] - target.storage[i]
            total += d * d
            grad.storage[i] = 2 * d * scale
        }
        return (total * scale, grad)
    }
}
