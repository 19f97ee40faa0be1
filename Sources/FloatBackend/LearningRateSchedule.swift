import Foundation

/// Linear warm-up from 0 to `peak` over `warmupSteps`, then cosine decay to `peak * finalFraction`
/// at `totalSteps`.
public struct LearningRateSchedule: Sendable, Codable, Equatable {
    public var peak: Float
    public var warmupSteps: Int
    public var totalSteps: Int
    public var finalFraction: Float

    public init(peak: Float, warmupSteps: Int, totalSteps: Int, finalFraction: Float = 0.1) {
        self.peak = peak; self.warmupSteps = warmupSteps; self.totalSteps = totalSteps; self.finalFraction = finalFraction
    }

    /// The learning rate for the update with 0-based index `step`.
    public func rate(at step: Int) -> Float {
        if step < warmupSteps { return peak * Float(step + 1) / Float(warmupSteps) }
        let span = Swift.max(totalSteps - warmupSteps, 1)
        let progress = Swift.min(Double(step - warmupSteps) / Double(span), 1)
        let cosine = 0.5 * (1 + cos(Double.pi * progress))
        return peak * (finalFraction + (1 - finalFraction) * Float(cosine))
    }
}
