import FloatBackend

/// The error of a trained model on the small-angle rotation task, per position of the window and
/// over the whole window, with the model run in Float (as trained) and in Double (the same
/// weights; separates Float's rounding from what the weights express). Targets are the Double
/// products from `SmallRotationTask.exactTargets`, on the evaluation's sequences
/// (`Evaluator.forEachChunk`, so every model evaluated with the same seed sees the same ones).
///
/// The error at a position is the Euclidean distance |prediction - v_t| in the units of v (the
/// prediction is v_0 + EPS y_t, `SmallRotationTask.prediction`); the reported figure is
/// its root mean square over the sequences (RMSE), the quantity whose exponent in EPS the
/// depth-error law predicts.
public struct RotationErrorProfile: Sendable, Codable, Equatable {
    public var length: Int
    public var sequences: Int
    /// RMSE at positions 1...length, model in Double.
    public var perPositionDouble: [Double]
    /// RMSE at positions 1...length, model in Float.
    public var perPositionFloat: [Double]
    /// RMSE over every position of the window.
    public var windowDouble: Double
    public var windowFloat: Double

    public init(model: SequenceModel, task: SmallRotationTask, length: Int, sequences: Int, seed: UInt64,
                form: DiagonalRecurrence.Form = .sequential) {
        var sumD = [Double](repeating: 0, count: length), sumF = sumD
        Evaluator.forEachChunk(of: task, length: length, sequences: sequences, seed: seed) { batch in
            let b = batch.batch
            let targets = task.exactTargets(tokens: batch.tokens, batch: b, length: length)
            let outD: Tensor<Double>? = try? model.outputs(tokens: batch.tokens, batch: b, length: length, as: Double.self, form: form)
            let outF: Tensor<Float>? = try? model.outputs(tokens: batch.tokens, batch: b, length: length, as: Float.self, form: form)
            for i in 0..<(b * length) {
                var dd = 0.0, df = 0.0
                for c in 0..<3 {
                    let x = task.prediction(outD.map { $0.storage[i * 3 + c] } ?? .nan, coordinate: c) - targets[i * 3 + c]
                    let y = task.prediction(outF.map { Double($0.storage[i * 3 + c]) } ?? .nan, coordinate: c) - targets[i * 3 + c]
                    dd += x * x; df += y * y
                }
                sumD[i % length] += dd; sumF[i % length] += df
            }
        }
        let n = Double(sequences)
        self.length = length
        self.sequences = sequences
        perPositionDouble = sumD.map { ($0 / n).squareRoot() }
        perPositionFloat = sumF.map { ($0 / n).squareRoot() }
        windowDouble = (sumD.reduce(0, +) / (n * Double(length))).squareRoot()
        windowFloat = (sumF.reduce(0, +) / (n * Double(length))).squareRoot()
    }
}
