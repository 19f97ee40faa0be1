import CGMP

// The only floating point in Exact: explicit conversions at the boundary.
extension BigInt {
    /// The value of `d` when it is a finite integer; nil otherwise (fractions, NaN, infinities).
    public init?(exactly d: Double) {
        guard d.isFinite, d.rounded(.towardZero) == d else { return nil }
        if let v = Int(exactly: d) { self.init(v); return }
        self = BigInt.makeScratch { __gmpz_set_d($0, d) }
    }

    /// `d` rounded toward zero; nil for NaN and infinities.
    public init?(truncating d: Double) {
        guard d.isFinite else { return nil }
        self.init(exactly: d.rounded(.towardZero))
    }

    /// `d` rounded with `rule` (default: to nearest, ties away from zero); nil for NaN and infinities.
    public init?(rounding d: Double, _ rule: FloatingPointRoundingRule = .toNearestOrAwayFromZero) {
        guard d.isFinite else { return nil }
        self.init(exactly: d.rounded(rule))
    }
}

extension Double {
    /// The nearest `Double` to `big` (ties to even); infinite when `big` exceeds the `Double` range.
    public init(_ big: BigInt) {
        if let v = big.intValue { self = Double(v); return }
        // Keep the top 64 bits, OR-ing every dropped bit into the lowest one ("sticky"): a 64-bit
        // integer then rounds to 53 bits exactly as the full value would.
        let width = big.bitWidth
        let drop = width - 64
        let top = big.magnitude >> drop
        var word = top.limb(at: 0)
        let sticky = big.withMPZ { Int(__gmpz_scan1($0, 0)) } < drop
        if sticky { word |= 1 }
        let scaled = Double(word)
        let magnitude = drop > Int(Int16.max) ? Double.infinity : Double(sign: .plus, exponent: drop, significand: scaled)
        self = big.signum < 0 ? -magnitude : magnitude
    }
}
