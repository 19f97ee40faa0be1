/// Clipping of the whole gradient vector by its Euclidean norm.
public enum GradientClipping {
    /// Scales `gradients` so its norm is at most `maximumNorm`; returns the norm before clipping
    /// (summed in Double in index order: deterministic, and no overflow in Float).
    @discardableResult
    public static func clipByGlobalNorm(_ gradients: inout [Float], maximumNorm: Float) -> Float {
        var sq: Double = 0
        for g in gradients { sq += Double(g) * Double(g) }
        let norm = Float(sq.squareRoot())
        if norm.isFinite, norm > maximumNorm, maximumNorm > 0 {
            let scale = maximumNorm / norm
            for i in gradients.indices { gradients[i] *= scale }
        }
        return norm
    }
}
