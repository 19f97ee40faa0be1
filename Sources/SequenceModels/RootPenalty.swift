import FloatBackend

/// `--root-penalty W` (training only, dcd): pulls every transition angle theta of layer l towards
/// the e_l-th roots of unity (`SequenceTask.phaseOrders(layers:guided:)`: the exponent of the
/// derived factor G^(l) / G^(l+1) that guidance makes layer l track, or of G for a plain model).
/// A layer that adds up an abelian group of exponent e exactly, at every length, has a character
/// of it on each state coordinate, so each transition a_t = e^(i theta_t) is an e-th root of
/// unity; the penalty
///
///     W * mean over positions and coordinates of (1 - cos(e_l theta))
///
/// is zero exactly there, and its gradient e_l W sin(e_l theta) / n moves each angle to the
/// nearest root. An angle off by eps drifts by t eps after t steps, which is what breaks a
/// trained model with length; the penalty targets that error directly. It changes the loss, not
/// the architecture: a depth the theory forbids stays forbidden.
enum RootPenalty {
    /// The penalty of one layer with transitions `aRe + i aIm` (unit modulus) and its gradient
    /// with respect to the angles, [n, s] like the transitions; `weight` already includes any
    /// shard weight.
    static func evaluate<T: FloatScalar>(aRe: Tensor<T>, aIm: Tensor<T>, order e: Int, weight: T) -> (loss: T, angleGradient: Tensor<T>) {
        let n = aRe.storage.count, s = Swift.max(aRe.shape.last ?? 1, 1)
        var gradient = Tensor<T>(shape: [n / s, s])
        guard n > 0, e > 0 else { return (0, gradient) }
        let scale = weight / T(n)
        var total: T = 0
        for i in 0..<n {
            let (cosine, sine) = power(aRe.storage[i], aIm.storage[i], e)
            total += 1 - cosine
            gradient.storage[i] = scale * T(e) * sine
        }
        return (scale * total, gradient)
    }

    /// (re + i im)^e by repeated squaring: (cos(e theta), sin(e theta)) for a unit-modulus number.
    static func power<T: FloatScalar>(_ re: T, _ im: T, _ e: Int) -> (T, T) {
        var (rr, ri): (T, T) = (1, 0), (br, bi) = (re, im), k = e
        while k > 0 {
            if k & 1 == 1 { (rr, ri) = (rr * br - ri * bi, rr * bi + ri * br) }
            k >>= 1
            if k > 0 { (br, bi) = (br * br - bi * bi, 2 * br * bi) }
        }
        return (rr, ri)
    }
}
