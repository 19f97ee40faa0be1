/// AdamW (Loshchilov & Hutter): Adam moments with decoupled weight decay, over one flat
/// parameter vector. Decay applies only where `decayMask` is true (weight matrices, not biases,
/// gains or embeddings), which the model decides.
public struct AdamW: Sendable, Codable, Equatable {
    public var beta1: Float
    public var beta2: Float
    public var epsilon: Float
    public var weightDecay: Float
    /// First and second moment estimates, one per parameter.
    public var m: [Float]
    public var v: [Float]
    /// Number of updates applied so far (for bias correction).
    public var step: Int

    public init(parameterCount: Int, beta1: Float = 0.9, beta2: Float = 0.999, epsilon: Float = 1e-8, weightDecay: Float = 0.01) {
        self.beta1 = beta1; self.beta2 = beta2; self.epsilon = epsilon; self.weightDecay = weightDecay
        m = [Float](repeating: 0, count: parameterCount)
        v = [Float](repeating: 0, count: parameterCount)
        step = 0
    }

    /// One update of `parameters` from `gradients` at learning rate `learningRate`.
    public mutating func update(parameters: inout [Float], gradients: [Float], decayMask: [Bool], learningRate: Float) {
        precondition(parameters.count == m.count && gradients.count == m.count && decayMask.count == m.count,
                     "AdamW: parameter, gradient, mask and moment counts differ")
        step += 1
        let c1 = 1 - Float(pow(Double(beta1), Double(step))), c2 = 1 - Float(pow(Double(beta2), Double(step)))
        let (b1, b2, eps, decay) = (beta1, beta2, epsilon, learningRate * weightDecay)
        for i in 0..<parameters.count {
            let g = gradients[i]
            m[i] = b1 * m[i] + (1 - b1) * g
            v[i] = b2 * v[i] + (1 - b2) * g * g
            let mhat = m[i] / c1, vhat = v[i] / c2
            if decayMask[i] { parameters[i] -= decay * parameters[i] }
            parameters[i] -= learningRate * mhat / (vhat.squareRoot() + eps)
        }
    }
}

import Foundation
