import FloatBackend

/// What a mixer's backward pass needs from its forward pass.
struct MixerCache<T: FloatScalar> {
    /// Transition values a_t (real part; the real transition; or dense A_t), `[batch, length, ·]`.
    var aRe: Tensor<T>
    /// Imaginary part of a_t (`dcd` only).
    var aIm: Tensor<T>?
    /// States h_t (real part), `[batch, length, state]`.
    var hRe: Tensor<T>
    var hIm: Tensor<T>?
}

/// The four mixer families: from the input projection P `[n, P]` to state features `[n, R]`
/// and back (equations in README.md).
enum Mixer {
    static func forward<T: FloatScalar>(
        _ family: MixerFamily, projection p: Tensor<T>, batch: Int, length: Int, state s: Int, form: DiagonalRecurrence.Form
    ) -> (features: Tensor<T>, cache: MixerCache<T>) {
        let seqShape = [batch, length, s]
        switch family {
        case .dcd:
            let a = ComplexTensor.unitPhases(p.columns(0..<s).reshaped(seqShape))
            let b = ComplexTensor(re: p.columns(s..<(2 * s)).reshaped(seqShape), im: p.columns((2 * s)..<(3 * s)).reshaped(seqShape))
            let h = DiagonalRecurrence.forward(a: a, b: b, form: form)
            let n = batch * length
            let features = Tensor.concatenatingColumns([h.re.reshaped([n, s]), h.im.reshaped([n, s])])
            return (features, MixerCache(aRe: a.re, aIm: a.im, hRe: h.re, hIm: h.im))
        case .real01, .real11:
            let z = p.columns(0..<s).reshaped(seqShape)
            let a = Tensor(shape: seqShape, storage: z.storage.map { v -> T in
                family == .real01 ? 1 / (1 + T.exp(v)) : T.tanh(v / 2)
            })
            let h = DiagonalRecurrence.forward(a: a, b: p.columns(s..<(2 * s)).reshaped(seqShape), form: form)
            return (h.reshaped([batch * length, s]), MixerCache(aRe: a, aIm: nil, hRe: h, hIm: nil))
        case .dense:
            let a = p.columns(0..<(s * s)).reshaped([batch, length, s * s])
            let h = DenseRecurrence.forward(a: a, b: p.columns((s * s)..<(s * s + s)).reshaped(seqShape))
            return (h.reshaped([batch * length, s]), MixerCache(aRe: a, aIm: nil, hRe: h, hIm: nil))
        }
    }

    /// dL/dP from dL/dfeatures.
    static func backward<T: FloatScalar>(
        _ family: MixerFamily, cache c: MixerCache<T>, featureGradient df: Tensor<T>, state s: Int, form: DiagonalRecurrence.Form
    ) -> Tensor<T> {
        let seqShape = c.hRe.shape, n = df.rows
        switch family {
        case .dcd:
            let a = ComplexTensor(re: c.aRe, im: c.aIm!), h = ComplexTensor(re: c.hRe, im: c.hIm!)
            let dh = ComplexTensor(re: df.columns(0..<s).reshaped(seqShape), im: df.columns(s..<(2 * s)).reshaped(seqShape))
            let (da, db) = DiagonalRecurrence.backward(a: a, h: h, outputGradient: dh, form: form)
            // a = cos(theta) + i sin(theta): d/dtheta = -Im(a) dRe + Re(a) dIm.
            var dTheta = Tensor<T>(shape: [n, s])
            for i in 0..<dTheta.count { dTheta.storage[i] = da.im.storage[i] * a.re.storage[i] - da.re.storage[i] * a.im.storage[i] }
            return Tensor.concatenatingColumns([dTheta, db.re.reshaped([n, s]), db.im.reshaped([n, s])])
        case .real01, .real11:
            let (da, db) = DiagonalRecurrence.backward(a: c.aRe, h: c.hRe, outputGradient: df.reshaped(seqShape), form: form)
            var dz = Tensor<T>(shape: [n, s])
            for i in 0..<dz.count {
                let a = c.aRe.storage[i]
                // real01: a = sigmoid(-z), da/dz = -a(1-a). real11: a = tanh(z/2), da/dz = (1-a^2)/2.
                dz.storage[i] = da.storage[i] * (family == .real01 ? -a * (1 - a) : (1 - a * a) / 2)
            }
            return Tensor.concatenatingColumns([dz, db.reshaped([n, s])])
        case .dense:
            let (da, db) = DenseRecurrence.backward(a: c.aRe, h: c.hRe, outputGradient: df.reshaped(seqShape))
            return Tensor.concatenatingColumns([da.reshaped([n, s * s]), db.reshaped([n, s])])
        }
    }
}
