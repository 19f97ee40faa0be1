import FloatBackend
import SequenceModels

/// The witness cascade written as the weights of a `dcd` `SequenceModel`: same configuration type,
/// same checkpoint format, same forward code as training.
///
/// Layer l (README of SequenceModels has the forward equations):
/// - mixer: one complex coordinate per cyclic factor Z_n of Q_l, initial state 1, transition
///   exp(2 pi i a/n) for the letter's coordinate a, input b = 0, so h_t = exp(2 pi i q_t / n);
/// - mixer output map: copies the state features and the stream blocks the MLP reads;
/// - MLP (ReLU): one decision per (q, g) with q in Q_l, g in N_l, worth exactly 1 when the
///   phases read q and the letter is g (two ReLU units, so the value is saturated), writing one-hot kappa(q - pi(g), g) into the next layer's
///   alphabet, and one decision per q writing one-hot q; the last layer instead has one per tuple
///   (q^(1), ..., q^(k)) writing one-hot s_k(q^(k)) ... s_1(q^(1)) into the product block;
/// - readout: the product block, scaled by `logitScale`.
/// A unit's pre-activation is 1 when it should fire and at most -1 otherwise (phases exact);
/// phases may be off by up to about the phase margin before a decision changes.
public struct WitnessModel: Sendable {
    public let cascade: WitnessCascade
    public let model: SequenceModel
    public let stream: WitnessStreamLayout

    /// Logit of the correct class; the others are 0.
    public static let logitScale: Float = 8

    /// The configuration of the witness of `cascade`, known before any weight is written (the
    /// CLI prices the evaluation with it before building a model of millions of parameters);
    /// `WitnessError.modelTooLarge` above `WeightSheet.maximumParameters`.
    public static func config(cascade: WitnessCascade, norm: Normalization = .rms) throws -> ModelConfig {
        try layout(cascade: cascade, norm: norm).config
    }

    /// The configuration with the stream layout, the columns each layer copies and the state
    /// size it is computed from (`init` writes the weights into them).
    private static func layout(cascade: WitnessCascade, norm: Normalization)
        throws -> (config: ModelConfig, stream: WitnessStreamLayout, copied: [[Int]], state: Int) {
        let stream = WitnessStreamLayout(cascade: cascade)
        let k = cascade.layers.count, n = cascade.group.order
        let s = max(1, cascade.layers.map(\.quotient.moduli.count).max() ?? 1)
        let copied = (0..<k).map { WitnessModel.copiedColumns(layer: $0, layers: k, stream: stream) }
        let width = max(stream.used, 2 * s + (copied.map(\.count).max() ?? 0))
        let hidden = (0..<k).map { WitnessModel.unitCount(cascade: cascade, layer: $0) }.max() ?? 1
        let config = ModelConfig(family: .dcd, layers: k, width: width, state: s, mlpHidden: max(hidden, 1),
                                 vocabulary: n, outputs: n, norm: norm, activation: .relu)
        try WeightSheet.requireAffordable(config)
        return (config, stream, copied, s)
    }

    public init(cascade: WitnessCascade, norm: Normalization = .rms) throws {
        let (config, stream, copied, s) = try Self.layout(cascade: cascade, norm: norm)
        let k = config.layers, n = config.vocabulary, width = config.width
        var w = try WeightSheet(config: config)
        for g in 0..<n { w.set("embedding", g, stream.token.lowerBound + g, 1) }
        for l in 0..<k {
            WitnessModel.setNorm(&w, "layers.\(l).norm", norm, ones: stream.onesBefore(layer: l, layers: k), width: width)
            WitnessModel.setMixer(&w, layer: l, cascade: cascade, stream: stream, copied: copied[l], state: s)
            WitnessModel.setMLP(&w, layer: l, cascade: cascade, stream: stream, copied: copied[l], state: s)
        }
        WitnessModel.setNorm(&w, "final_norm", norm, ones: stream.onesBefore(layer: k, layers: k), width: width)
        for c in 0..<n { w.set("readout.weight", stream.product.lowerBound + c, c, WitnessModel.logitScale) }
        self.cascade = cascade
        self.stream = stream
        self.model = try w.model()
    }

    /// Stream columns layer l copies into its MLP input, after the 2s state features: its
    /// alphabet (all but the last layer), or every earlier layer's state block (the last layer).
    static func copiedColumns(layer l: Int, layers k: Int, stream: WitnessStreamLayout) -> [Int] {
        if l < k - 1 { return Array(stream.alphabet(ofLayer: l)) }
        return stream.states.flatMap { Array($0) }
    }

    /// Two hidden units per decision (see `setMLP`).
    static func unitCount(cascade: WitnessCascade, layer l: Int) -> Int {
        let layer = cascade.layers[l]
        if l < cascade.layers.count - 1 { return 2 * layer.quotient.order * (layer.top.count + 1) }
        return 2 * cascade.layers.map(\.quotient.order).reduce(1, *)
    }

    /// Gains (and LayerNorm biases) that undo the normalisation of a row with `ones` entries equal
    /// to 1 and the rest 0, so the layer sees the stream itself.
    static func setNorm(_ w: inout WeightSheet, _ prefix: String, _ norm: Normalization, ones: Int, width: Int) {
        let eps = Normalization.epsilon, d = Double(width), c = Double(ones)
        switch norm {
        case .none:
            return
        case .rms:
            let scale = (c / d + eps).squareRoot()
            for j in 0..<width { w.set(prefix + ".gain", j, Float(scale)) }
        case .layer:
            let mean = c / d, variance = c / d - mean * mean
            let scale = (variance + eps).squareRoot()
            for j in 0..<width {
                w.set(prefix + ".gain", j, Float(scale))
                w.set(prefix + ".bias", j, Float(mean))
            }
        }
    }
}
