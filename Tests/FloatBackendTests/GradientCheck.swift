@testable import FloatBackend

/// Finite-difference gradient checking in Double.
enum GradientCheck {
    /// Largest relative error between `analytic` and central differences of `loss` at `point`,
    /// relative to max(1, |numeric|) so tiny gradients are compared absolutely.
    static func maximumError(at point: [Double], analytic: [Double], step: Double = 1e-6, loss: ([Double]) -> Double) -> Double {
        var worst = 0.0
        for i in point.indices {
            var plus = point, minus = point
            plus[i] += step
            minus[i] -= step
            let numeric = (loss(plus) - loss(minus)) / (2 * step)
            worst = max(worst, abs(numeric - analytic[i]) / max(1, abs(numeric)))
        }
        return worst
    }

    static func random(_ count: Int, seed: UInt64, scale: Double = 1) -> [Double] {
        var g = SplitMix64(seed: seed)
        return (0..<count).map { _ in g.nextNormal() * scale }
    }

    static func dot(_ a: [Double], _ b: [Double]) -> Double { zip(a, b).reduce(0) { $0 + $1.0 * $1.1 } }
}
