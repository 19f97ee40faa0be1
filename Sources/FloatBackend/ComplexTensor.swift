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
    /// Float uses the eight-lane `SinCos`; other scalar types the C library.
    @inlinable public static func unitPhases(_ theta: Tensor<T>) -> ComplexTensor {
        if T.self == Float.self {
            let n = theta.count
            var re = [T](), im = [T]()
            theta.storage.withUnsafeBufferPointer { tp in
                let x = UnsafeRawPointer(tp.baseAddress!).assumingMemoryBound(to: Float.self)
                re = [T](unsafeUninitializedCapacity: n) { rb, rc in
                    im = [T](unsafeUninitializedCapacity: n) { ib, ic in
                        SinCos.fill(x, count: n, cos: UnsafeMutableRawPointer(rb.baseAddress!).assumingMemoryBound(to: Float.self),
                                    sin: UnsafeMutableRawPointer(ib.baseAddress!).assumingMemoryBound(to: Float.self))
                        ic = n
                    }
                    rc = n
                }
            }
            return ComplexTensor(re: Tensor(shape: theta.shape, storage: re), im: Tensor(shape: theta.shape, storage: im))
        }
        return ComplexTensor(re: Tensor(shape: theta.shape, storage: theta.storage.map { T.cos($0) }),
                             im: Tensor(shape: theta.shape, storage: theta.storage.map { T.sin($0) }))
    }
}
