/// A deliberately naive, GMP-free big integer used only as a test oracle: sign and magnitude in
/// base 2^32, schoolbook add/sub/mul and bit-by-bit long division. Slow, small, easy to trust.
struct ReferenceInteger: Equatable {
    var negative = false
    var limbs: [UInt32] = []  // little-endian, no high zero limbs; zero is [] and not negative

    init(negative: Bool = false, limbs: [UInt32]) {
        self.negative = negative
        self.limbs = limbs
        normalize()
    }

    init(_ v: Int) {
        var m = v.magnitude
        while m != 0 { limbs.append(UInt32(truncatingIfNeeded: m)); m >>= 32 }
        negative = v < 0
    }

    /// Decimal with optional leading `-`.
    init(decimal: String) {
        var s = Substring(decimal)
        let neg = s.first == "-"
        if neg { s = s.dropFirst() }
        var r = ReferenceInteger(0)
        for c in s { r = r.timesSmall(10).plusSmall(UInt32(c.wholeNumberValue!)) }
        r.negative = neg
        r.normalize()
        self = r
    }

    var isZero: Bool { limbs.isEmpty }

    mutating func normalize() {
        while limbs.last == 0 { limbs.removeLast() }
        if limbs.isEmpty { negative = false }
    }

    // MARK: Formatting

    var decimal: String {
        if isZero { return "0" }
        var chunks: [String] = []
        var m = ReferenceInteger(limbs: limbs)
        while !m.isZero {
            let (q, r) = m.divSmall(1_000_000_000)
            chunks.append(String(r))
            m = q
        }
        var s = chunks.removeLast()
        for c in chunks.reversed() { s += String(repeating: "0", count: 9 - c.count) + c }
        return (negative ? "-" : "") + s
    }

    /// `0x`-prefixed lowercase hex, with `-` before the prefix.
    var hex: String {
        if isZero { return "0x0" }
        var s = String(limbs.last!, radix: 16)
        for l in limbs.dropLast().reversed() {
            let h = String(l, radix: 16)
            s += String(repeating: "0", count: 8 - h.count) + h
        }
        return (negative ? "-0x" : "0x") + s
    }

    // MARK: Arithmetic

    static func + (a: ReferenceInteger, b: ReferenceInteger) -> ReferenceInteger {
        if a.negative == b.negative { return ReferenceInteger(negative: a.negative, limbs: addMag(a.limbs, b.limbs)) }
        if compareMag(a.limbs, b.limbs) >= 0 { return ReferenceInteger(negative: a.negative, limbs: subMag(a.limbs, b.limbs)) }
        return ReferenceInteger(negative: b.negative, limbs: subMag(b.limbs, a.limbs))
    }

    static prefix func - (a: ReferenceInteger) -> ReferenceInteger { ReferenceInteger(negative: !a.negative, limbs: a.limbs) }
    static func - (a: ReferenceInteger, b: ReferenceInteger) -> ReferenceInteger { a + (-b) }

    static func * (a: ReferenceInteger, b: ReferenceInteger) -> ReferenceInteger {
        var r = [UInt32](repeating: 0, count: a.limbs.count + b.limbs.count + 1)
        for (i, x) in a.limbs.enumerated() {
            var carry: UInt64 = 0
            for (j, y) in b.limbs.enumerated() {
                let t = UInt64(x) * UInt64(y) + UInt64(r[i + j]) + carry
                r[i + j] = UInt32(truncatingIfNeeded: t)
                carry = t >> 32
            }
            r[i + b.limbs.count] = UInt32(carry)
        }
        return ReferenceInteger(negative: a.negative != b.negative, limbs: r)
    }

    /// Truncating division (quotient toward zero, remainder with the dividend's sign).
    func quotientAndRemainder(dividingBy d: ReferenceInteger) -> (ReferenceInteger, ReferenceInteger) {
        precondition(!d.isZero)
        var q = [UInt32](repeating: 0, count: limbs.count)
        var r = ReferenceInteger(0)
        for bit in stride(from: limbs.count * 32 - 1, through: 0, by: -1) {
            r = r.timesSmall(2).plusSmall((limbs[bit / 32] >> UInt32(bit % 32)) & 1)
            if ReferenceInteger.compareMag(r.limbs, d.limbs) >= 0 {
                r = ReferenceInteger(limbs: ReferenceInteger.subMag(r.limbs, d.limbs))
                q[bit / 32] |= 1 << UInt32(bit % 32)
            }
        }
        return (ReferenceInteger(negative: negative != d.negative, limbs: q), ReferenceInteger(negative: negative, limbs: r.limbs))
    }

    static func < (a: ReferenceInteger, b: ReferenceInteger) -> Bool { (a - b).negative }

    // MARK: Magnitude helpers

    static func compareMag(_ a: [UInt32], _ b: [UInt32]) -> Int {
        if a.count != b.count { return a.count < b.count ? -1 : 1 }
        for i in stride(from: a.count - 1, through: 0, by: -1) where a[i] != b[i] { return a[i] < b[i] ? -1 : 1 }
        return 0
    }

    static func addMag(_ a: [UInt32], _ b: [UInt32]) -> [UInt32] {
        var r: [UInt32] = []
        var carry: UInt64 = 0
        for i in 0..<max(a.count, b.count) {
            let t = UInt64(i < a.count ? a[i] : 0) + UInt64(i < b.count ? b[i] : 0) + carry
            r.append(UInt32(truncatingIfNeeded: t))
            carry = t >> 32
        }
        r.append(UInt32(carry))
        return r
    }

    /// a - b for |a| >= |b|.
    static func subMag(_ a: [UInt32], _ b: [UInt32]) -> [UInt32] {
        var r: [UInt32] = []
        var borrow: Int64 = 0
        for i in 0..<a.count {
            var t = Int64(a[i]) - Int64(i < b.count ? b[i] : 0) - borrow
            borrow = t < 0 ? 1 : 0
            if t < 0 { t += 1 << 32 }
            r.append(UInt32(t))
        }
        return r
    }

    func timesSmall(_ k: UInt32) -> ReferenceInteger {
        ReferenceInteger(negative: negative, limbs: limbs) * ReferenceInteger(Int(k))
    }

    func plusSmall(_ k: UInt32) -> ReferenceInteger {
        ReferenceInteger(negative: negative, limbs: ReferenceInteger.addMag(limbs, [k]))
    }

    func divSmall(_ k: UInt32) -> (ReferenceInteger, UInt32) {
        var q = [UInt32](repeating: 0, count: limbs.count)
        var r: UInt64 = 0
        for i in stride(from: limbs.count - 1, through: 0, by: -1) {
            let t = (r << 32) | UInt64(limbs[i])
            q[i] = UInt32(t / UInt64(k))
            r = t % UInt64(k)
        }
        return (ReferenceInteger(negative: negative, limbs: q), UInt32(r))
    }
}
