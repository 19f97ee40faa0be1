/// A complex tensor in split storage: real and imaginary parts as two real tensors of one shape.
///
/// Split storage keeps every kernel a plain real loop (vectorisable, no complex type needed) and is
/// the layout the recurrence kernels use: `re[i] + i * im[i]`.
public struct ComplexTensor<T: FloatScalar>: Sendable, Equatable {
    public var re: Tensor<T>
    public var im: Tensor<T>

    @inlinable public init(shape: [Int]) {
        re = Tensor(shape: shape)
        im = Tensor(shape: shape)
    }

    @inlinable public init(re: Tensor<T>, im: Tensor<T>) {
        precondition(re.shape == im.shape, "ComplexTensor: real shape \(re.shape) differs from imaginary shape \(im.shape)")
        self.re = re
        self.im = im
    }

    @inlinable public var shape: [Int] { re.shape }
    @inlinable public var count: Int { re.count }

    /// Unit-modulus values exp(i * theta), elementwise.
    @inlinable public static func unitPhases(_ theta: Tensor<T>) -> ComplexTensor {
        ComplexTensor(re: Tensor(shape: theta.shape, storage: theta.storage.map { T.cos($0) }),
                      im: Tensor(shape: theta.shape, storage: theta.storage.map { T.sin($0) }))
    }
}
