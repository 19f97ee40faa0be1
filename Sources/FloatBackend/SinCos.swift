import Foundation

/// cos and sin of many Float angles at once, eight lanes at a time: the unit phases exp(i theta)
/// of every dcd step (`ComplexTensor.unitPhases`), which with the C library's scalar `sinf` /
/// `cosf` took 12% of a training step.
///
/// Method (as in Cephes' sinf/cosf): k = nearest integer to theta * 2/pi (computed in Float); r = theta - k pi/2
/// with pi/2 split into three parts (Cody-Waite; the first two have 12 significant bits so
/// k * part is exact for |k| <= 4096); minimax polynomials for sin and cos on [-pi/4, pi/4];
/// the quadrant k mod 4 swaps and negates them. Error: at most 2.4e-7 absolute against the
/// Double-precision values on |theta| <= 6000 (tested in FloatBackendTests); lanes beyond that
/// (rare: phases are O(1) to O(100) in practice) use the C library. Deterministic: the same input
/// gives the same bits on every machine with IEEE Float and FMA-free evaluation order.
public enum SinCos {
    /// Largest |theta| the vector path handles; beyond it the scalar C library is used.
    public static let vectorLimit: Float = 6000

    /// `cosOut[i] = cos(theta[i])`, `sinOut[i] = sin(theta[i])` for i in 0..<count.
    @inlinable
    public static func fill(_ theta: UnsafePointer<Float>, count: Int, cos cosOut: UnsafeMutablePointer<Float>, sin sinOut: UnsafeMutablePointer<Float>) {
        typealias V = SIMD8<Float>
        var i = 0
        while i + 8 <= count {
            let x = UnsafeRawPointer(theta + i).loadUnaligned(as: V.self)
            let (c, s) = vector(x)
            UnsafeMutableRawPointer(cosOut + i).storeBytes(of: c, as: V.self)
            UnsafeMutableRawPointer(sinOut + i).storeBytes(of: s, as: V.self)
            if any((x .> V(repeating: vectorLimit)) .| (x .< V(repeating: -vectorLimit)) .| (x .!= x)) {
                for l in 0..<8 where !(abs(x[l]) <= vectorLimit) { cosOut[i + l] = Foundation.cos(x[l]); sinOut[i + l] = Foundation.sin(x[l]) }
            }
            i += 8
        }
        while i < count {
            cosOut[i] = Foundation.cos(theta[i]); sinOut[i] = Foundation.sin(theta[i])
            i += 1
        }
    }

    /// (cos x, sin x) for eight lanes with |x| <= `vectorLimit`.
    @inlinable @inline(__always)
    public static func vector(_ x: SIMD8<Float>) -> (SIMD8<Float>, SIMD8<Float>) {
        typealias V = SIMD8<Float>
        // Round to nearest by adding and subtracting 1.5 * 2^23 (exact for |v| < 2^22; Swift never
        // reassociates floating-point sums): no conversion to integers, which Swift's SIMD scalarises.
        let magic = V(repeating: 12_582_912)
        let k = (x * V(repeating: 0.636_619_746_685_028_1) + magic) - magic
        var r = x - k * V(repeating: 1.570_312_5)
        r = r - k * V(repeating: 4.837_512_969_970_703e-4)
        r = r - k * V(repeating: 7.549_790_126_404_332e-8)
        let z = r * r
        // sin r = r + r^3 (s1 + z (s2 + z s3)); cos r = 1 - z/2 + z^2 (c1 + z (c2 + z c3)).
        var sp = V(repeating: -1.951_529_589_1e-4) * z + V(repeating: 8.332_160_873_6e-3)
        sp = sp * z + V(repeating: -1.666_665_461_1e-1)
        let sinR = r + r * z * sp
        var cp = V(repeating: 2.443_315_711_809_948e-5) * z + V(repeating: -1.388_731_625_493_765e-3)
        cp = cp * z + V(repeating: 4.166_664_568_298_827e-2)
        let cosR = V(repeating: 1) - V(repeating: 0.5) * z + z * z * cp
        // Quadrant q = k mod 4 in 0...3, as a Float: k - 4 floor(k / 4), floor(k/4) = round(k/4 - 3/8).
        let q = k - V(repeating: 4) * (((k * V(repeating: 0.25) - V(repeating: 0.375)) + magic) - magic)
        let swap = (q .== V(repeating: 1)) .| (q .== V(repeating: 3))
        var s = sinR.replacing(with: cosR, where: swap)
        var c = cosR.replacing(with: sinR, where: swap)
        s = s.replacing(with: -s, where: q .>= V(repeating: 2))
        c = c.replacing(with: -c, where: (q .== V(repeating: 1)) .| (q .== V(repeating: 2)))
        return (c, s)
    }
}
