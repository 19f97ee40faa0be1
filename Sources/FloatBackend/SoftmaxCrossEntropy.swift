/// Mean softmax cross-entropy over rows of logits, with integer class targets.
public enum SoftmaxCrossEntropy {
    /// The loss, dL/dlogits (already divided by the number of rows) and the arg-max prediction per row.
    /// Non-finite logits give a non-finite loss (the trainer stops on it); they never trap.
    @inlinable
    public static func evaluate<T: FloatScalar>(logits: Tensor<T>, targets: [Int]) -> (loss: T, gradient: Tensor<T>, predictions: [Int]) {
        let n = logits.rows, c = logits.columns
        precondition(targets.count == n, "SoftmaxCrossEntropy: \(targets.count) targets for \(n) rows")
        var grad = Tensor<T>(shape: logits.shape)
        var predictions = [Int](repeating: 0, count: n)
        var total: T = 0
        let scale = 1 / T(Swift.max(n, 1))
        for i in 0..<n {
            let row = i * c
            var best = 0
            var maxValue = logits.storage[row]
            for j in 1..<c where logits.storage[row + j] > maxValue { maxValue = logits.storage[row + j]; best = j }
            predictions[i] = best
            var sum: T = 0
            for j in 0..<c { let e = T.exp(logits.storage[row + j] - maxValue); grad.storage[row + j] = e; sum += e }
            total += T.log(sum) + maxValue - logits.storage[row + targets[i]]
            for j in 0..<c { grad.storage[row + j] *= scale / sum }
            grad.storage[row + targets[i]] -= scale
        }
        return (total * scale, grad, predictions)
    }
}
