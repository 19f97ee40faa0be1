/// Pointwise nonlinearities of the MLP blocks.
public enum Activation: String, Sendable, Codable, CaseIterable {
    /// max(0, x): what an exact hand-built model uses (piecewise linear, no rounding of its own).
    case relu
    /// The exact GELU x * Phi(x), Phi the standard normal distribution function.
    case gelu

    @inlinable
    public func forward<T: FloatScalar>(_ x: Tensor<T>) -> Tensor<T> {
        switch self {
        case .relu: return Tensor(shape: x.shape, storage: x.storage.map { $0 > 0 ? $0 : 0 })
        case .gelu: return Tensor(shape: x.shape, storage: x.storage.map { $0 * Activation.normalCDF($0) })
        }
    }

    /// dL/dx from the pre-activation `x` and dL/dy.
    @inlinable
    public func backward<T: FloatScalar>(_ x: Tensor<T>, outputGradient dy: Tensor<T>) -> Tensor<T> {
        var dx = dy
        switch self {
        case .relu:
            x.storage.withUnsafeBufferPointer { px in
                dx.storage.withUnsafeMutableBufferPointer { pdx in
                    // A select, not a branch: the loop vectorises.
                    for i in 0..<px.count { pdx[i] = px[i] > 0 ? pdx[i] : 0 }
                }
            }
        case .gelu:
            for i in 0..<x.count {
                let v = x.storage[i]
                dx.storage[i] *= Activation.normalCDF(v) + v * Activation.normalDensity(v)
            }
        }
        return dx
    }

    @inlinable static func normalCDF<T: FloatScalar>(_ x: T) -> T {
        0.5 * (1 + T.erf(x * T(0.70710678118654752440)))
    }

    @inlinable static func normalDensity<T: FloatScalar>(_ x: T) -> T {
        T(0.39894228040143267794) * T.exp(-0.5 * x * x)
    }
}
