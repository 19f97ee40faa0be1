import FloatBackend

/// Activations of one layer kept for its backward pass.
struct LayerCache<T: FloatScalar> {
    var input: Tensor<T>          // X
    var normInverse: [T]
    var normalized: Tensor<T>     // U = norm(X)
    var mixer: MixerCache<T>
    var mixerInput: Tensor<T>     // [features, U]
    var mixed: Tensor<T>          // Z
    var upPre: Tensor<T>          // Z W_up + b_up
    var upAct: Tensor<T>          // act(upPre)
}

/// Everything the backward pass of a whole model needs.
struct ForwardCache<T: FloatScalar> {
    var tokens: [Int]
    var batch: Int, length: Int
    var layers: [LayerCache<T>] = []
    var finalInput: Tensor<T>
    var finalInverse: [T]
    var finalNormalized: Tensor<T>
    /// Auxiliary heads (guided training): head l reads the stream after layer l.
    var auxiliary: [AuxiliaryCache<T>] = []
    /// Transition heads (`--guidance steps`), by layer: nil where a layer has none.
    var transitions: [LayerHeadCache<T>?] = []
    /// State heads (`--guidance states`), by layer: nil where a layer has none.
    var states: [LayerHeadCache<T>?] = []
}

/// One per-layer head's forward values: a transition head reads layer l's phases
/// [cos theta, sin theta], a state head layer l's state features.
struct LayerHeadCache<T: FloatScalar> {
    var input: Tensor<T>          // [batch * length, 2S] (transition head) or [batch * length, R] (state head)
    var outputs: Tensor<T>        // logits [batch * length, K_l]
}

/// One auxiliary head's forward values.
struct AuxiliaryCache<T: FloatScalar> {
    var input: Tensor<T>          // X^{l+1}
    var inverse: [T]
    var normalized: Tensor<T>
    var outputs: Tensor<T>        // logits [batch * length, C_l]
}

/// The model's forward and backward computation over a flat parameter vector (README.md has the
/// equations). Generic so the same code runs training in Float and checks in Double.
enum ModelPass {
    @_specialize(where T == Float)
    @_specialize(where T == Double)
    static func forward<T: FloatScalar>(
        config c: ModelConfig, layout: ParameterLayout, parameters w: UnsafePointer<T>,
        tokens: [Int], batch: Int, length: Int, form: DiagonalRecurrence.Form, keepCache: Bool, phaseDrift: PhaseDrift? = nil
    ) -> (outputs: Tensor<T>, cache: ForwardCache<T>?) {
        let (d, s, h) = (c.width, c.state, c.mlpHidden)
        let p = c.family.projectionWidth(state: s)
        var x = Embedding.forward(tokens: tokens, table: w + layout.offset("embedding"), width: d)
        var layerCaches: [LayerCache<T>] = []
        var auxiliary: [AuxiliaryCache<T>] = []
        var transitions: [LayerHeadCache<T>?] = [], states: [LayerHeadCache<T>?] = []
        for l in 0..<c.layers {
            let name = { (suffix: String) in layout.offset("layers.\(l).\(suffix)") }
            let (u, inv) = c.norm.forward(x, parameters: c.norm == .none ? nil : w + name("norm.gain"))
            var proj = Linear.forward(u, weight: w + name("mixer.in.weight"), bias: w + name("mixer.in.bias"), outputs: p)
            if let phaseDrift, c.family == .dcd, phaseDrift.sigma > 0 {
                phaseDrift.perturb(&proj, layer: l, batch: batch, length: length, state: s)
            }
            let (features, mixerCache) = Mixer.forward(c.family, projection: proj, initialState: w + name("mixer.initial_state"), batch: batch, length: length, state: s, form: form)
            if keepCache {
                // The per-layer heads: on the phases [cos theta, sin theta] and on the state features.
                let head = { (kind: String, classes: [Int], input: () -> Tensor<T>?) -> LayerHeadCache<T>? in
                    guard l < classes.count, classes[l] > 0, let x = input() else { return nil }
                    return LayerHeadCache(input: x, outputs: Linear.forward(x, weight: w + layout.offset("\(kind).\(l).weight"),
                                                                            bias: w + layout.offset("\(kind).\(l).bias"), outputs: classes[l]))
                }
                transitions.append(head("transition", c.transitionOutputs) {
                    mixerCache.aIm.map { Tensor.concatenatingColumns([mixerCache.aRe.reshaped([batch * length, s]), $0.reshaped([batch * length, s])]) }
                })
                states.append(head("state", c.stateOutputs) { features })
            }
            let mixerInput = Tensor.concatenatingColumns([features, u])
            let z = Linear.forward(mixerInput, weight: w + name("mixer.out.weight"), bias: w + name("mixer.out.bias"), outputs: d)
            let upPre = Linear.forward(z, weight: w + name("mlp.up.weight"), bias: w + name("mlp.up.bias"), outputs: h)
            let upAct = c.activation.forward(upPre)
            let down = Linear.forward(upAct, weight: w + name("mlp.down.weight"), bias: w + name("mlp.down.bias"), outputs: d)
            if keepCache {
                layerCaches.append(LayerCache(input: x, normInverse: inv, normalized: u, mixer: mixerCache,
                                              mixerInput: mixerInput, mixed: z, upPre: upPre, upAct: upAct))
            }
            x = x + down
            if keepCache, l < c.auxiliaryOutputs.count {
                let prefix = "aux.\(l)"
                let (au, ainv) = c.norm.forward(x, parameters: c.norm == .none ? nil : w + layout.offset(prefix + ".norm.gain"))
                let logits = Linear.forward(au, weight: w + layout.offset(prefix + ".weight"), bias: w + layout.offset(prefix + ".bias"),
                                            outputs: c.auxiliaryOutputs[l])
                auxiliary.append(AuxiliaryCache(input: x, inverse: ainv, normalized: au, outputs: logits))
            }
        }
        let (u, inv) = c.norm.forward(x, parameters: c.norm == .none ? nil : w + layout.offset("final_norm.gain"))
        let out = Linear.forward(u, weight: w + layout.offset("readout.weight"), bias: w + layout.offset("readout.bias"), outputs: c.outputs)
        guard keepCache else { return (out, nil) }
        return (out, ForwardCache(tokens: tokens, batch: batch, length: length, layers: layerCaches,
                                  finalInput: x, finalInverse: inv, finalNormalized: u, auxiliary: auxiliary, transitions: transitions,
                                  states: states))
    }

    /// Accumulates dL/dparameters into `g` given dL/doutputs (and dL/d(auxiliary logits), one per
    /// auxiliary head, or none; and dL/d(transition logits) and dL/d(state logits) by layer, nil
    /// where a layer has none; and dL/dtheta of each dcd layer's transition angles, [n, S], nil
    /// where none).
    @_specialize(where T == Float)
    @_specialize(where T == Double)
    static func backward<T: FloatScalar>(
        config c: ModelConfig, layout: ParameterLayout, parameters w: UnsafePointer<T>, gradients g: UnsafeMutablePointer<T>,
        cache: ForwardCache<T>, outputGradient: Tensor<T>, auxiliaryGradients: [Tensor<T>] = [], transitionGradients: [Tensor<T>?] = [],
        stateGradients: [Tensor<T>?] = [], phaseGradients: [Tensor<T>?] = [], form: DiagonalRecurrence.Form
    ) {
        let (s, r) = (c.state, c.family.featureWidth(state: c.state))
        let dU = Linear.backward(cache.finalNormalized, weight: w + layout.offset("readout.weight"), outputGradient: outputGradient,
                                 weightGradient: g + layout.offset("readout.weight"), biasGradient: g + layout.offset("readout.bias"),
                                 needsInputGradient: true)!
        var dx = backwardNorm(c.norm, layout, "final_norm", w, g, cache.finalInput, cache.finalInverse, dU)
        for l in stride(from: c.layers - 1, through: 0, by: -1) {
            if l < auxiliaryGradients.count {
                let ac = cache.auxiliary[l], prefix = "aux.\(l)"
                let dAu = Linear.backward(ac.normalized, weight: w + layout.offset(prefix + ".weight"), outputGradient: auxiliaryGradients[l],
                                          weightGradient: g + layout.offset(prefix + ".weight"), biasGradient: g + layout.offset(prefix + ".bias"),
                                          needsInputGradient: true)!
                dx = dx + backwardNorm(c.norm, layout, prefix + ".norm", w, g, ac.input, ac.inverse, dAu)
            }
            let lc = cache.layers[l]
            let name = { (suffix: String) in layout.offset("layers.\(l).\(suffix)") }
            let dAct = Linear.backward(lc.upAct, weight: w + name("mlp.down.weight"), outputGradient: dx,
                                       weightGradient: g + name("mlp.down.weight"), biasGradient: g + name("mlp.down.bias"),
                                       needsInputGradient: true)!
            let dUp = c.activation.backward(lc.upPre, outputGradient: dAct)
            let dZ = Linear.backward(lc.mixed, weight: w + name("mlp.up.weight"), outputGradient: dUp,
                                     weightGradient: g + name("mlp.up.weight"), biasGradient: g + name("mlp.up.bias"),
                                     needsInputGradient: true)!
            let dMixerInput = Linear.backward(lc.mixerInput, weight: w + name("mixer.out.weight"), outputGradient: dZ,
                                              weightGradient: g + name("mixer.out.weight"), biasGradient: g + name("mixer.out.bias"),
                                              needsInputGradient: true)!
            var dFeatures = dMixerInput.columns(0..<r)
            if l < stateGradients.count, let dLogits = stateGradients[l], let sc = cache.states[l] {
                let dState = Linear.backward(sc.input, weight: w + layout.offset("state.\(l).weight"), outputGradient: dLogits,
                                             weightGradient: g + layout.offset("state.\(l).weight"),
                                             biasGradient: g + layout.offset("state.\(l).bias"), needsInputGradient: true)!
                dFeatures = dFeatures + dState
            }
            var dP = Mixer.backward(c.family, cache: lc.mixer, featureGradient: dFeatures,
                                    initialState: w + name("mixer.initial_state"),
                                    initialStateGradient: g + name("mixer.initial_state"), state: s, form: form)
            if l < transitionGradients.count, let dLogits = transitionGradients[l], let tc = cache.transitions[l], let aIm = lc.mixer.aIm {
                // The head reads (cos theta, sin theta): d/dtheta = -sin(theta) dcos + cos(theta) dsin.
                let dPhases = Linear.backward(tc.input, weight: w + layout.offset("transition.\(l).weight"), outputGradient: dLogits,
                                              weightGradient: g + layout.offset("transition.\(l).weight"),
                                              biasGradient: g + layout.offset("transition.\(l).bias"), needsInputGradient: true)!
                let n = dP.rows, p = dP.columns
                for i in 0..<n {
                    for j in 0..<s {
                        let a = i * s + j
                        dP.storage[i * p + j] += dPhases.storage[i * 2 * s + s + j] * lc.mixer.aRe.storage[a]
                            - dPhases.storage[i * 2 * s + j] * aIm.storage[a]
                    }
                }
            }
            if l < phaseGradients.count, let dTheta = phaseGradients[l] {
                // The angles are the projection's first S columns.
                let n = dP.rows, p = dP.columns
                for i in 0..<n { for j in 0..<s { dP.storage[i * p + j] += dTheta.storage[i * s + j] } }
            }
            let dUFromProjection = Linear.backward(lc.normalized, weight: w + name("mixer.in.weight"), outputGradient: dP,
                                                   weightGradient: g + name("mixer.in.weight"), biasGradient: g + name("mixer.in.bias"),
                                                   needsInputGradient: true)!
            let dUTotal = dUFromProjection + dMixerInput.columns(r..<(r + c.width))
            dx = dx + backwardNorm(c.norm, layout, "layers.\(l).norm", w, g, lc.input, lc.normInverse, dUTotal)
        }
        Embedding.backward(tokens: cache.tokens, outputGradient: dx, tableGradient: g + layout.offset("embedding"))
    }

    private static func backwardNorm<T: FloatScalar>(
        _ norm: Normalization, _ layout: ParameterLayout, _ prefix: String, _ w: UnsafePointer<T>, _ g: UnsafeMutablePointer<T>,
        _ x: Tensor<T>, _ inv: [T], _ dy: Tensor<T>
    ) -> Tensor<T> {
        guard norm != .none else { return dy }
        let o = layout.offset(prefix + ".gain")
        return norm.backward(x, inverseScale: inv, parameters: w + o, outputGradient: dy, parameterGradient: g + o)
    }
}
