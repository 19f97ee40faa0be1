/// Per-row normalisation before each mixer: none, RMSNorm or LayerNorm, with a learned gain
/// (and, for LayerNorm, a learned bias).
public enum Normalization: String, Sendable, Codable, CaseIterable {
    /// Identity: y = x (no parameters). What an exact hand-built model uses.
    case none
    /// y = x / sqrt(mean(x^2) + eps) * gain.
    case rms
    /// y = (x - mean(x)) / sqrt(var(x) + eps) * gain + bias.
    case layer

    /// Added to the mean square (or variance) before the square root.
    public static let epsilon = 1e-5

    /// Number of parameters for rows of the given width (gain, plus bias for LayerNorm).
    public func parameterCount(width: Int) -> Int {
        switch self {
        case .none: return 0
        case .rms: return width
        case .layer: return 2 * width
        }
    }

    /// Normalised rows and the per-row reciprocal scale the backward pass needs.
    /// `parameters` points at `gain[width]` followed (LayerNorm) by `bias[width]`.
    @inlinable
    public func forward<T: FloatScalar>(_ x: Tensor<T>, parameters: UnsafePointer<T>?) -> (y: Tensor<T>, inverseScale: [T]) {
        if self == .none { return (x, []) }
        let n = x.rows, d = x.columns, eps = T(Normalization.epsilon)
        var y = x
        var inv = [T](repeating: 0, count: n)
        let gain = parameters!, bias = self == .layer ? parameters! + d : nil
        for i in 0..<n {
            let row = i * d
            var mean: T = 0
            if self == .layer {
                for j in 0..<d { mean += x.storage[row + j] }
                mean /= T(d)
            }
            var sq: T = 0
            for j in 0..<d { let c = x.storage[row + j] - mean; sq += c * c }
            let r = 1 / (sq / T(d) + eps).squareRoot()
            inv[i] = r
            for j in 0..<d {
                var v = (x.storage[row + j] - mean) * r * gain[j]
                if let bias { v += bias[j] }
                y.storage[row + j] = v
            }
        }
        return (y, inv)
    }

    /// dL/dx; accumulates dL/dgain (and dL/dbias) into `parameterGradient`.
    @inlinable
    public func backward<T: FloatScalar>(
        _ x: Tensor<T>, inverseScale inv: [T], parameters: UnsafePointer<T>?,
        outputGradient dy: Tensor<T>, parameterGradient: UnsafeMutablePointer<T>?
    ) -> Tensor<T> {
        if self == .none { return dy }
        let n = x.rows, d = x.columns
        let gain = parameters!, dGain = parameterGradient!
        let dBias = self == .layer ? parameterGradient! + d : nil
        var dx = dy
        var xhat = [T](repeating: 0, count: d), g = [T](repeating: 0, count: d)
        for i in 0..<n {
            let row = i * d
            var mean: T = 0
            if self == .layer {
                for j in 0..<d { mean += x.storage[row + j] }
                mean /= T(d)
            }
            var sumG: T = 0, sumGX: T = 0
            for j in 0..<d {
                xhat[j] = (x.storage[row + j] - mean) * inv[i]
                g[j] = dy.storage[row + j] * gain[j]
                dGain[j] += dy.storage[row + j] * xhat[j]
                if let dBias { dBias[j] += dy.storage[row + j] }
                sumG += g[j]
                sumGX += g[j] * xhat[j]
            }
            let meanG = self == .layer ? sumG / T(d) : 0, meanGX = sumGX / T(d)
            for j in 0..<d { dx.storage[row + j] = inv[i] * (g[j] - meanG - xhat[j] * meanGX) }
        }
        return dx
    }
}
