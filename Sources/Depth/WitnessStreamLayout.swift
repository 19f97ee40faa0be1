/// Where the witness model keeps what in its residual stream (columns of width D), and which
/// stream columns each layer's mixer copies into its MLP input.
///
/// The stream holds one-hot vectors only: the token (block E), for every layer l but the last
/// its state q^(l) (block P_l) and what it emits, kappa_l (block K_l, the next layer's alphabet),
/// and finally the prefix product (block Y). Every row therefore has the same number of ones at
/// every layer, so a normalisation divides by a constant, which the norm gains undo.
public struct WitnessStreamLayout: Sendable, Equatable {
    public let token: Range<Int>
    public let states: [Range<Int>]
    public let emitted: [Range<Int>]
    public let product: Range<Int>
    /// Number of stream columns in use; the model width may be larger.
    public let used: Int

    init(cascade: WitnessCascade) {
        let n = cascade.group.order, k = cascade.layers.count
        var offset = n
        var states: [Range<Int>] = [], emitted: [Range<Int>] = []
        for l in 0..<(k - 1) {
            let q = cascade.layers[l].quotient.order
            states.append(offset..<(offset + q)); offset += q
            let next = cascade.series[l + 1].count
            emitted.append(offset..<(offset + next)); offset += next
        }
        token = 0..<n
        self.states = states
        self.emitted = emitted
        product = offset..<(offset + n)
        used = offset + n
    }

    /// The block holding layer l's input letter (an element of N_l).
    public func alphabet(ofLayer l: Int) -> Range<Int> { l == 0 ? token : emitted[l - 1] }

    /// Number of ones in every stream row at the input of layer l (l = layer count: the final norm).
    public func onesBefore(layer l: Int, layers k: Int) -> Int { l < k ? 1 + 2 * l : 2 * k }
}
