/// The diagonal linear recurrence h_t = a_t * h_{t-1} + b_t (h_{-1} = 0), elementwise over the state,
/// for real and for complex values, with its exact reverse-mode gradient.
///
/// Tensors are `[batch, length, state]`. Sequences of a batch run concurrently; within one sequence
/// the recurrence is solved either step by step (`.sequential`) or by a Hillis-Steele associative
/// scan over the pairs (a, b) (`.associative`, the form a parallel device would use). The two forms
/// agree to rounding. The backward pass is itself a recurrence run backwards in time,
/// G_t = dh_t + conj(a_{t+1}) G_{t+1}, solved by the same solver, then da_t = G_t conj(h_{t-1}), db_t = G_t.
public enum DiagonalRecurrence {
    /// How a recurrence over time is solved.
    public enum Form: String, Sendable, Codable, CaseIterable {
        case sequential
        case associative
    }

    // MARK: Real

    @inlinable
    public static func forward<T: FloatScalar>(a: Tensor<T>, b: Tensor<T>, form: Form = .sequential) -> Tensor<T> {
        precondition(a.shape == b.shape && a.shape.count == 3, "DiagonalRecurrence: a and b must share a [batch, length, state] shape")
        var h = Tensor<T>(shape: a.shape)
        var none = [T]()
        solve(aRe: a.storage, aIm: nil, bRe: b.storage, bIm: nil, hRe: &h.storage, hIm: &none, shape: a.shape, reverse: false, form: form)
        return h
    }

    /// Gradients with respect to `a` and `b` given the forward result `h` and dL/dh.
    @inlinable
    public static func backward<T: FloatScalar>(
        a: Tensor<T>, h: Tensor<T>, outputGradient dh: Tensor<T>, form: Form = .sequential
    ) -> (da: Tensor<T>, db: Tensor<T>) {
        let (batch, length, state) = (a.shape[0], a.shape[1], a.shape[2])
        let c = shiftedCoefficients(a.storage, batch: batch, length: length, state: state, negate: false)
        var g = Tensor<T>(shape: a.shape)
        var none = [T]()
        solve(aRe: c, aIm: nil, bRe: dh.storage, bIm: nil, hRe: &g.storage, hIm: &none, shape: a.shape, reverse: true, form: form)
        var da = Tensor<T>(shape: a.shape)
        for e in 0..<batch {
            for t in 1..<Swift.max(length, 1) {
                let o = (e * length + t) * state, p = o - state
                for s in 0..<state { da.storage[o + s] = g.storage[o + s] * h.storage[p + s] }
            }
        }
        return (da, g)
    }

    // MARK: Complex

    @inlinable
    public static func forward<T: FloatScalar>(a: ComplexTensor<T>, b: ComplexTensor<T>, form: Form = .sequential) -> ComplexTensor<T> {
        precondition(a.shape == b.shape && a.shape.count == 3, "DiagonalRecurrence: a and b must share a [batch, length, state] shape")
        var h = ComplexTensor<T>(shape: a.shape)
        solve(aRe: a.re.storage, aIm: a.im.storage, bRe: b.re.storage, bIm: b.im.storage,
              hRe: &h.re.storage, hIm: &h.im.storage, shape: a.shape, reverse: false, form: form)
        return h
    }

    @inlinable
    public static func backward<T: FloatScalar>(
        a: ComplexTensor<T>, h: ComplexTensor<T>, outputGradient dh: ComplexTensor<T>, form: Form = .sequential
    ) -> (da: ComplexTensor<T>, db: ComplexTensor<T>) {
        let (batch, length, state) = (a.shape[0], a.shape[1], a.shape[2])
        let cRe = shiftedCoefficients(a.re.storage, batch: batch, length: length, state: state, negate: false)
        let cIm = shiftedCoefficients(a.im.storage, batch: batch, length: length, state: state, negate: true)
        var g = ComplexTensor<T>(shape: a.shape)
        solve(aRe: cRe, aIm: cIm, bRe: dh.re.storage, bIm: dh.im.storage,
              hRe: &g.re.storage, hIm: &g.im.storage, shape: a.shape, reverse: true, form: form)
        var da = ComplexTensor<T>(shape: a.shape)
        for e in 0..<batch {
            for t in 1..<Swift.max(length, 1) {
                let o = (e * length + t) * state, p = o - state
                for s in 0..<state {
                    let gr = g.re.storage[o + s], gi = g.im.storage[o + s]
                    let pr = h.re.storage[p + s], pi = h.im.storage[p + s]
                    da.re.storage[o + s] = gr * pr + gi * pi
                    da.im.storage[o + s] = gi * pr - gr * pi
                }
            }
        }
        return (da, g)
    }

    // MARK: Solver

    /// c_t = a_{t+1} (conjugated when `negate`: the imaginary part flips sign), c_{T-1} = 0.
    @inlinable
    static func shiftedCoefficients<T: FloatScalar>(_ a: [T], batch: Int, length: Int, state: Int, negate: Bool) -> [T] {
        var c = [T](repeating: 0, count: a.count)
        for e in 0..<batch {
            for t in 0..<Swift.max(length - 1, 0) {
                let o = (e * length + t) * state
                for s in 0..<state { c[o + s] = negate ? -a[o + state + s] : a[o + state + s] }
            }
        }
        return c
    }

    /// Solves h_t = a_t h_{t-1} + b_t for every sequence (over t = T-1, ..., 0 when `reverse`).
    /// `aIm == nil` means real values (`bIm` and `hIm` are then ignored).
    @inlinable
    static func solve<T: FloatScalar>(
        aRe: [T], aIm: [T]?, bRe: [T], bIm: [T]?, hRe: inout [T], hIm: inout [T],
        shape: [Int], reverse: Bool, form: Form
    ) {
        let (batch, length, state) = (shape[0], shape[1], shape[2])
        let isComplex = aIm != nil
        aRe.withUnsafeBufferPointer { par in
        bRe.withUnsafeBufferPointer { pbr in
        (aIm ?? []).withUnsafeBufferPointer { pai in
        (bIm ?? []).withUnsafeBufferPointer { pbi in
        hRe.withUnsafeMutableBufferPointer { phr in
        hIm.withUnsafeMutableBufferPointer { phi in
            let ar = SharedPointer(par.baseAddress!), br = SharedPointer(pbr.baseAddress!)
            let hr = SharedPointer(phr.baseAddress!)
            let ai = isComplex ? SharedPointer(pai.baseAddress!) : nil
            let bi = isComplex ? SharedPointer(pbi.baseAddress!) : nil
            let hi = isComplex ? SharedPointer(phi.baseAddress!) : nil
            Parallel.forEachRange(batch, work: batch * length * state * 8) { sequences in
                for e in sequences {
                    let base = e * length * state
                    let seq = RecurrenceSequence(
                        aRe: ar.pointer + base, aIm: ai.map { $0.pointer + base },
                        bRe: br.pointer + base, bIm: bi.map { $0.pointer + base },
                        hRe: hr.mutable + base, hIm: hi.map { $0.mutable + base },
                        length: length, state: state, reverse: reverse)
                    switch form {
                    case .sequential: seq.solveSequentially()
                    case .associative: seq.solveByScan()
                    }
                }
            }
        }}}}}}
    }
}
