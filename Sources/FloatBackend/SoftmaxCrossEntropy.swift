/// Mean softmax cross-entropy over rows of logits, with integer class targets.
public enum SoftmaxCrossEntropy {
    /// The loss, dL/dlogits (already divided by the number of rows) and the arg-max prediction per row.
    /// Non-finite logits give a non-finite loss (the trainer stops on it); they never trap.
    /// `smoothing` e in [0, 1): the target distribution is (1 - e) on the target class plus e / C on
    /// every class (label smoothing); 0 is the plain cross-entropy, bit for bit.
    @inlinable
    public static func evaluate<T: FloatScalar>(logits: Tensor<T>, targets: [Int], smoothing: T = 0) -> (loss: T, gradient: Tensor<T>, predictions: [Int]) {
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
            if smoothing == 0 {
                total += T.log(sum) + maxValue - logits.storage[row + targets[i]]
                for j in 0..<c { grad.storage[row + j] *= scale / sum }
                grad.storage[row + targets[i]] -= scale
            } else {
                let spread = smoothing / T(c)
                var mean: T = 0
                for j in 0..<c { mean += logits.storage[row + j] }
                total += T.log(sum) + maxValue - (1 - smoothing) * logits.storage[row + targets[i]] - spread * mean
                for j in 0..<c { grad.storage[row + j] = (grad.storage[row + j] / sum - spread) * scale }
                grad.storage[row + targets[i]] -= (1 - smoothing) * scale
            }
        }
        return (total * scale, grad, predictions)
    }
}
