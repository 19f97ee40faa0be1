/// Token embedding: row `tokens[i]` of a table `[vocabulary, width]`.
public enum Embedding {
    @inlinable
    public static func forward<T: FloatScalar>(tokens: [Int], table: UnsafePointer<T>, width: Int) -> Tensor<T> {
        var y = Tensor<T>(shape: [tokens.count, width])
        y.storage.withUnsafeMutableBufferPointer { py in
            for (i, token) in tokens.enumerated() {
                (py.baseAddress! + i * width).update(from: table + token * width, count: width)
            }
        }
        return y
    }

    /// `tableGradient[token] += dy[i]` for every position, in position order (deterministic).
    @inlinable
    public static func backward<T: FloatScalar>(tokens: [Int], outputGradient dy: Tensor<T>, tableGradient: UnsafeMutablePointer<T>) {
        let width = dy.columns
        dy.storage.withUnsafeBufferPointer { pdy in
            for (i, token) in tokens.enumerated() {
                let src = pdy.baseAddress! + i * width, dst = tableGradient + token * width
                for j in 0..<width { dst[j] += src[j] }
            }
        }
    }
}
