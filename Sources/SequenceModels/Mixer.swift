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
    /// `h0` points at the initial state h_{-1} (`featureWidth` values: Re then Im for `dcd`); it is
    /// folded into the first input, b'_0 = b_0 + a_0 h0, so the kernels keep h_{-1} = 0.
    @_specialize(where T == Float)
    @_specialize(where T == Double)
    static func forward<T: FloatScalar>(
        _ family: MixerFamily, projection p: Tensor<T>, initialState h0: UnsafePointer<T>,
        batch: Int, length: Int, state s: Int, form: DiagonalRecurrence.Form
    ) -> (features: Tensor<T>, cache: MixerCache<T>) {
        let seqShape = [batch, length, s], stride = length * s
        switch family {
        case .dcd:
            let a = ComplexTensor.unitPhases(p.columns(0..<s).reshaped(seqShape))
            var b = ComplexTensor(re: p.columns(s..<(2 * s)).reshaped(seqShape), im: p.columns((2 * s)..<(3 * s)).reshaped(seqShape))
            for e in 0..<batch {
                for j in 0..<s {
                    let o = e * stride + j, ar = a.re.storage[o], ai = a.im.storage[o]
                    b.re.storage[o] += ar * h0[j] - ai * h0[s + j]
                    b.im.storage[o] += ar * h0[s + j] + ai * h0[j]
                }
            }
            let h = DiagonalRecurrence.forward(a: a, b: b, form: form)
            let n = batch * length
            let features = Tensor.concatenatingColumns([h.re.reshaped([n, s]), h.im.reshaped([n, s])])
            return (features, MixerCache(aRe: a.re, aIm: a.im, hRe: h.re, hIm: h.im))
        case .real01, .real11:
            let z = p.columns(0..<s).reshaped(seqShape)
            let a = Tensor(shape: seqShape, storage: z.storage.map { v -> T in
                family == .real01 ? 1 / (1 + T.exp(v)) : T.tanh(v / 2)
            })
            var b = p.columns(s..<(2 * s)).reshaped(seqShape)
            for e in 0..<batch { for j in 0..<s { b.storage[e * stride + j] += a.storage[e * stride + j] * h0[j] } }
            let h = DiagonalRecurrence.forward(a: a, b: b, form: form)
            return (h.reshaped([batch * length, s]), MixerCache(aRe: a, aIm: nil, hRe: h, hIm: nil))
        case .dense:
            let a = p.columns(0..<(s * s)).reshaped([batch, length, s * s])
            var b = p.columns((s * s)..<(s * s + s)).reshaped(seqShape)
            for e in 0..<batch {
                let m = e * length * s * s
                for i in 0..<s { for j in 0..<s { b.storage[e * stride + i] += a.storage[m + i * s + j] * h0[j] } }
            }
            let h = DenseRecurrence.forward(a: a, b: b)
            return (h.reshaped([batch * length, s]), MixerCache(aRe: a, aIm: nil, hRe: h, hIm: nil))
        }
    }

    /// dL/dP from dL/dfeatures; accumulates dL/dh0 into `initialStateGradient`.
    @_specialize(where T == Float)
    @_specialize(where T == Double)
    static func backward<T: FloatScalar>(
        _ family: MixerFamily, cache c: MixerCache<T>, featureGradient df: Tensor<T>, initialState h0: UnsafePointer<T>,
        initialStateGradient dh0: UnsafeMutablePointer<T>, state s: Int, form: DiagonalRecurrence.Form
    ) -> Tensor<T> {
        let seqShape = c.hRe.shape, n = df.rows, batch = seqShape[0], stride = seqShape[1] * s
        switch family {
        case .dcd:
            let a = ComplexTensor(re: c.aRe, im: c.aIm!), h = ComplexTensor(re: c.hRe, im: c.hIm!)
            let dh = ComplexTensor(re: df.columns(0..<s).reshaped(seqShape), im: df.columns(s..<(2 * s)).reshaped(seqShape))
            var (da, db) = DiagonalRecurrence.backward(a: a, h: h, outputGradient: dh, form: form)
            // b'_0 = b_0 + a_0 h0: da_0 += G_0 conj(h0), dh0 += conj(a_0) G_0.
            for e in 0..<batch {
                for j in 0..<s {
                    let o = e * stride + j, gr = db.re.storage[o], gi = db.im.storage[o]
                    let ar = a.re.storage[o], ai = a.im.storage[o]
                    da.re.storage[o] += gr * h0[j] + gi * h0[s + j]
                    da.im.storage[o] += gi * h0[j] - gr * h0[s + j]
                    dh0[j] += ar * gr + ai * gi
                    dh0[s + j] += ar * gi - ai * gr
                }
            }
            // a = cos(theta) + i sin(theta): d/dtheta = -Im(a) dRe + Re(a) dIm.
            var dTheta = Tensor<T>(shape: [n, s])
            for i in 0..<dTheta.count { dTheta.storage[i] = da.im.storage[i] * a.re.storage[i] - da.re.storage[i] * a.im.storage[i] }
            return Tensor.concatenatingColumns([dTheta, db.re.reshaped([n, s]), db.im.reshaped([n, s])])
        case .real01, .real11:
            var (da, db) = DiagonalRecurrence.backward(a: c.aRe, h: c.hRe, outputGradient: df.reshaped(seqShape), form: form)
            for e in 0..<batch {
                for j in 0..<s {
                    let o = e * stride + j
                    da.storage[o] += db.storage[o] * h0[j]
                    dh0[j] += c.aRe.storage[o] * db.storage[o]
                }
            }
            var dz = Tensor<T>(shape: [n, s])
            for i in 0..<dz.count {
                let a = c.aRe.storage[i]
                // real01: a = sigmoid(-z), da/dz = -a(1-a). real11: a = tanh(z/2), da/dz = (1-a^2)/2.
                dz.storage[i] = da.storage[i] * (family == .real01 ? -a * (1 - a) : (1 - a * a) / 2)
            }
            return Tensor.concatenatingColumns([dz, db.reshaped([n, s])])
        case .dense:
            var (da, db) = DenseRecurrence.backward(a: c.aRe, h: c.hRe, outputGradient: df.reshaped(seqShape))
            for e in 0..<batch {
                let m = e * seqShape[1] * s * s
                for i in 0..<s {
                    let g = db.storage[e * stride + i]
                    for j in 0..<s {
                        da.storage[m + i * s + j] += g * h0[j]
                        dh0[j] += c.aRe.storage[m + i * s + j] * g
                    }
                }
            }
            return Tensor.concatenatingColumns([da.reshaped([n, s * s]), db.reshaped([n, s])])
        }
    }
}
