/// Column blocks of matrix-shaped tensors: how a layer splits one wide projection into its parts
/// (phase, real and imaginary input) and joins features side by side.
extension Tensor {
    /// Columns `range` of a `[rows, columns]` tensor, as a `[rows, range.count]` tensor.
    @inlinable
    public func columns(_ range: Range<Int>) -> Tensor {
        let n = rows, d = columns, w = range.count
        let values = [T](unsafeUninitializedCapacity: n * w) { out, initialized in
            storage.withUnsafeBufferPointer { src in
                for i in 0..<n {
                    (out.baseAddress! + i * w).initialize(from: src.baseAddress! + i * d + range.lowerBound, count: w)
                }
            }
            initialized = n * w
        }
        return Tensor(shape: [n, w], storage: values)
    }

    /// The tensors side by side: `[rows, sum of columns]`.
    @inlinable
    public static func concatenatingColumns(_ parts: [Tensor]) -> Tensor {
        let n = parts[0].rows, d = parts.reduce(0) { $0 + $1.columns }
        let values = [T](unsafeUninitializedCapacity: n * d) { out, initialized in
            var start = 0
            for part in parts {
                let w = part.columns
                part.storage.withUnsafeBufferPointer { src in
                    for i in 0..<n { (out.baseAddress! + i * d + start).initialize(from: src.baseAddress! + i * w, count: w) }
                }
                start += w
            }
            initialized = n * d
        }
        return Tensor(shape: [n, d], storage: values)
    }

    /// The same storage viewed with another shape of equal element count.
    @inlinable
    public func reshaped(_ newShape: [Int]) -> Tensor { Tensor(shape: newShape, storage: storage) }

    /// Elementwise sum.
    @inlinable
    public static func + (lhs: Tensor, rhs: Tensor) -> Tensor {
        precondition(lhs.count == rhs.count, "Tensor +: \(lhs.shape) and \(rhs.shape) differ in size")
        var out = lhs
        for i in 0..<out.count { out.storage[i] += rhs.storage[i] }
        return out
    }
}
