/// The affine layer y = x W + b on a matrix of rows.
///
/// Weights are passed as pointers into the caller's flat parameter buffer (and gradients into the
/// matching gradient buffer), so a model keeps all its parameters in one array that the optimizer,
/// the clipping and the checkpoint code treat as a single vector.
public enum Linear {
    /// `x [n, inputs] * weight [inputs, outputs] + bias [outputs]` (no bias when `bias` is nil).
    @inlinable
    public static func forward<T: FloatScalar>(
        _ x: Tensor<T>, weight: UnsafePointer<T>, bias: UnsafePointer<T>?, outputs: Int
    ) -> Tensor<T> {
        let n = x.rows, k = x.columns
        var y = Tensor<T>(shape: [n, outputs])
        y.storage.withUnsafeMutableBufferPointer { py in
            let out = py.baseAddress!
            if let bias {
                for i in 0..<n { (out + i * outputs).update(from: bias, count: outputs) }
            }
            x.storage.withUnsafeBufferPointer { px in
                MatMul.multiply(px.baseAddress!, weight, into: out, m: n, k: k, n: outputs, accumulate: bias != nil)
            }
        }
        return y
    }

    /// Accumulates `dW += x^T dy` and `db += sum of rows of dy`; returns `dx = dy W^T` when asked.
    @inlinable
    public static func backward<T: FloatScalar>(
        _ x: Tensor<T>, weight: UnsafePointer<T>, outputGradient dy: Tensor<T>,
        weightGradient: UnsafeMutablePointer<T>, biasGradient: UnsafeMutablePointer<T>?,
        needsInputGradient: Bool
    ) -> Tensor<T>? {
        let n = x.rows, k = x.columns, m = dy.columns
        x.storage.withUnsafeBufferPointer { px in
            dy.storage.withUnsafeBufferPointer { pdy in
                MatMul.multiply(px.baseAddress!, pdy.baseAddress!, into: weightGradient, m: k, k: n, n: m,
                                accumulate: true, transposedA: true)
                if let biasGradient { ColumnSums.accumulate(pdy.baseAddress!, rows: n, columns: m, into: biasGradient) }
            }
        }
        guard needsInputGradient else { return nil }
        var dx = Tensor<T>(shape: [n, k])
        let wt = MatMul.transpose(weight, rows: k, columns: m)
        dy.storage.withUnsafeBufferPointer { pdy in
            wt.withUnsafeBufferPointer { pwt in
                dx.storage.withUnsafeMutableBufferPointer { pdx in
                    MatMul.multiply(pdy.baseAddress!, pwt.baseAddress!, into: pdx.baseAddress!, m: n, k: m, n: k, accumulate: false)
                }
            }
        }
        return dx
    }
}

/// Column sums of a matrix of rows, the gradient of a broadcast bias.
public enum ColumnSums {
    /// `into[j] += sum_i a[i, j]`, rows added in order 0, 1, ... (deterministic).
    @inlinable
    public static func accumulate<T: FloatScalar>(_ a: UnsafePointer<T>, rows: Int, columns: Int, into out: UnsafeMutablePointer<T>) {
        for i in 0..<rows {
            let row = a + i * columns
            for j in 0..<columns { out[j] += row[j] }
        }
    }
}
