/// One sequence of a diagonal recurrence, as raw pointers into `[length, state]` slices.
/// Real when the imaginary pointers are nil.
@usableFromInline
struct RecurrenceSequence<T: FloatScalar> {
    @usableFromInline let aRe: UnsafePointer<T>, aIm: UnsafePointer<T>?
    @usableFromInline let bRe: UnsafePointer<T>, bIm: UnsafePointer<T>?
    @usableFromInline let hRe: UnsafeMutablePointer<T>, hIm: UnsafeMutablePointer<T>?
    @usableFromInline let length: Int, state: Int, reverse: Bool

    @inlinable
    init(aRe: UnsafePointer<T>, aIm: UnsafePointer<T>?, bRe: UnsafePointer<T>, bIm: UnsafePointer<T>?,
         hRe: UnsafeMutablePointer<T>, hIm: UnsafeMutablePointer<T>?, length: Int, state: Int, reverse: Bool) {
        self.aRe = aRe; self.aIm = aIm; self.bRe = bRe; self.bIm = bIm
        self.hRe = hRe; self.hIm = hIm; self.length = length; self.state = state; self.reverse = reverse
    }

    /// Offset of the k-th step in solving order.
    @inlinable func offset(_ k: Int) -> Int { (reverse ? length - 1 - k : k) * state }

    @inlinable
    func solveSequentially() {
        guard length > 0 else { return }
        let first = offset(0)
        (hRe + first).update(from: bRe + first, count: state)
        if let bIm, let hIm { (hIm + first).update(from: bIm + first, count: state) }
        for k in 1..<length {
            let o = offset(k), p = offset(k - 1)
            if let aIm, let bIm, let hIm {
                for s in 0..<state {
                    let xr = aRe[o + s], xi = aIm[o + s], pr = hRe[p + s], pi = hIm[p + s]
                    hRe[o + s] = xr * pr - xi * pi + bRe[o + s]
                    hIm[o + s] = xr * pi + xi * pr + bIm[o + s]
                }
            } else {
                for s in 0..<state { hRe[o + s] = aRe[o + s] * hRe[p + s] + bRe[o + s] }
            }
        }
    }

    /// Hillis-Steele inclusive scan of the affine maps h -> a h + b under composition:
    /// after the round with stride d, step k holds the composition of steps k-2d+1 ... k.
    @inlinable
    func solveByScan() {
        guard length > 0 else { return }
        let n = length * state
        var accRe = [T](repeating: 0, count: n), accIm = [T](repeating: 0, count: aIm == nil ? 0 : n)
        for k in 0..<length {
            let o = offset(k), d = k * state
            for s in 0..<state {
                accRe[d + s] = aRe[o + s]
                hRe[o + s] = bRe[o + s]
                if let aIm, let bIm, let hIm { accIm[d + s] = aIm[o + s]; hIm[o + s] = bIm[o + s] }
            }
        }
        var stride = 1
        while stride < length {
            // Descending k reads the previous round's values at k - stride before they are overwritten.
            for k in Swift.stride(from: length - 1, through: stride, by: -1) {
                let o = offset(k), p = offset(k - stride), d = k * state, q = (k - stride) * state
                for s in 0..<state {
                    if let hIm {
                        let xr = accRe[d + s], xi = accIm[d + s]
                        let pr = hRe[p + s], pi = hIm[p + s]
                        hRe[o + s] = xr * pr - xi * pi + hRe[o + s]
                        hIm[o + s] = xr * pi + xi * pr + hIm[o + s]
                        let yr = accRe[q + s], yi = accIm[q + s]
                        accRe[d + s] = xr * yr - xi * yi
                        accIm[d + s] = xr * yi + xi * yr
                    } else {
                        hRe[o + s] = accRe[d + s] * hRe[p + s] + hRe[o + s]
                        accRe[d + s] *= accRe[q + s]
                    }
                }
            }
            stride *= 2
        }
    }
}
