/// SplitMix64 (Steele, Lea & Flood 2014): a tiny seeded generator. Every random choice in training
/// (initial weights, sampled sequences) comes from one of these, so a seed fixes a run.
public struct SplitMix64: RandomNumberGenerator, Sendable, Codable, Equatable {
    public var state: UInt64

    public init(seed: UInt64) { state = seed }

    /// A generator for a derived stream, e.g. `(seed, step)`: independent-looking and reproducible
    /// without storing any generator state.
    public init(seed: UInt64, stream: UInt64) {
        var g = SplitMix64(seed: seed ^ (stream &* 0xD1B5_4A32_D192_ED03))
        state = g.next()
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in [0, 1) with 53 random bits.
    public mutating func nextUnit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    /// A standard normal sample (Box-Muller).
    public mutating func nextNormal() -> Double {
        let u = 1 - nextUnit(), v = nextUnit()
        return (-2 * log(u)).squareRoot() * cos(2 * Double.pi * v)
    }
}

import Foundation
