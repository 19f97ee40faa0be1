@testable import Exact

/// SplitMix64: a tiny seeded generator so every property test is reproducible.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Integers that straddle the word boundary: Int.max/Int.min and their neighbours, ±2^63, ±2^64,
/// values with all-ones limbs (carries), plus random values of 1 to 6 32-bit limbs and small ones.
enum TestInputs {
    static let boundaryDecimals = [
        "0", "1", "-1", "2", "-2", "3", "10",
        "9223372036854775807", "-9223372036854775807", "-9223372036854775808",
        "9223372036854775808", "-9223372036854775809", "9223372036854775806",
        "18446744073709551615", "18446744073709551616", "18446744073709551617", "-18446744073709551616",
        "4294967295", "4294967296", "-4294967296",
        "340282366920938463463374607431768211455", "340282366920938463463374607431768211456",
        "-340282366920938463463374607431768211457",
        "79228162514264337593543950335",
    ]

    static func random(count: Int, seed: UInt64) -> [ReferenceInteger] {
        var rng = SplitMix64(seed: seed)
        var out = boundaryDecimals.map { ReferenceInteger(decimal: $0) }
        while out.count < count {
            switch rng.next() % 4 {
            case 0:
                out.append(ReferenceInteger(Int.random(in: -1000...1000, using: &rng)))
            case 1:
                // Near the word boundary: Int.max or Int.min plus a small offset.
                let base = Bool.random(using: &rng) ? ReferenceInteger(Int.max) : ReferenceInteger(Int.min)
                out.append(base + ReferenceInteger(Int.random(in: -3...3, using: &rng)))
            default:
                let n = Int.random(in: 1...6, using: &rng)
                let limbs = (0..<n).map { _ in
                    rng.next() % 5 == 0 ? UInt32.max : UInt32(truncatingIfNeeded: rng.next())
                }
                out.append(ReferenceInteger(negative: Bool.random(using: &rng), limbs: limbs))
            }
        }
        return out
    }

    /// Random pairs from `random(count:seed:)`, boundary values paired with each other too.
    static func pairs(count: Int, seed: UInt64) -> [(ReferenceInteger, ReferenceInteger)] {
        let values = random(count: count, seed: seed)
        var rng = SplitMix64(seed: seed ^ 0xABCD)
        var out: [(ReferenceInteger, ReferenceInteger)] = []
        for a in values.prefix(boundaryDecimals.count) {
            for b in values.prefix(boundaryDecimals.count) { out.append((a, b)) }
        }
        for _ in 0..<count { out.append((values.randomElement(using: &rng)!, values.randomElement(using: &rng)!)) }
        return out
    }
}

extension BigInt {
    /// The same value as the reference, built by parsing the reference's own hex formatting.
    init(_ ref: ReferenceInteger) { self = BigInt(ref.hex)! }
}
