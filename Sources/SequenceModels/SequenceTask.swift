import FloatBackend

/// A supervised sequence task: random input sequences from a seed, a target at every position,
/// a loss and a per-position notion of "correct".
public protocol SequenceTask: Sendable {
    /// Short name used in reports and checkpoints ("S3", "C6", "rotations").
    var name: String { get }
    /// Number of input token kinds.
    var vocabulary: Int { get }
    /// Number of model outputs per position.
    var outputs: Int { get }
    /// True for regression (MSE is reported), false for classification.
    var isRegression: Bool { get }
    /// `batch` sequences of `length` uniformly random tokens with their targets.
    func sample(batch: Int, length: Int, using rng: inout SplitMix64) -> TaskBatch
    /// Mean loss and its gradient with respect to the outputs.
    func loss(outputs: Tensor<Float>, batch: TaskBatch) -> (loss: Float, gradient: Tensor<Float>)
    /// Whether each position's output counts as correct.
    func correct(outputs: Tensor<Float>, batch: TaskBatch) -> [Bool]
    /// Classes of the auxiliary heads after layers 0..<heads for theory-guided training with the
    /// given labels; empty when the task has no guidance labels.
    func auxiliaryClasses(heads: Int, labels: GuidanceLabels) -> [Int]
    /// Per head, the class of every position of a batch.
    func auxiliaryTargets(batch: TaskBatch, heads: Int, labels: GuidanceLabels) -> [[Int]]
}

extension SequenceTask {
    public func auxiliaryClasses(heads: Int, labels: GuidanceLabels) -> [Int] { [] }
    public func auxiliaryTargets(batch: TaskBatch, heads: Int, labels: GuidanceLabels) -> [[Int]] { [] }
    /// The derived-series heads' classes.
    public func auxiliaryClasses(heads: Int) -> [Int] { auxiliaryClasses(heads: heads, labels: .derivedSeries) }
}

/// What the auxiliary heads of theory-guided training predict (theory.md, section 9).
public enum GuidanceLabels: String, Sendable, Codable, CaseIterable {
    /// Head l predicts the coset of the prefix product in G / G^(l+1).
    case derivedSeries = "derived-series"
    /// Head l predicts that coset and, jointly, the step the next layer must add: the prefix
    /// product is written g_t = n_t r(g_t) with r a fixed transversal of G^(l+1) and n_t in
    /// G^(l+1), so n_t = n_(t-1) c_t with c_t = r(g_(t-1)) g_(t-1)^-1 g_t r(g_t)^-1; layer l+2
    /// accumulates c_t modulo G^(l+2), an abelian group. The head's class is
    /// (coset index) x [G^(l+1) : G^(l+2)] + (class of c_t modulo G^(l+2)).
    case cascade
}

/// Sampled sequences, stored one after another: position `i` of sequence `e` is at `e * length + i`.
public struct TaskBatch: Sendable {
    public var batch: Int
    public var length: Int
    public var tokens: [Int]
    /// Class index per position (for regression: the index of the target among the task's finite set of targets).
    public var classTargets: [Int]
    /// Regression targets `[batch * length, outputs]`, empty for classification.
    public var vectorTargets: [Float]

    public init(batch: Int, length: Int, tokens: [Int], classTargets: [Int], vectorTargets: [Float] = []) {
        self.batch = batch; self.length = length; self.tokens = tokens
        self.classTargets = classTargets; self.vectorTargets = vectorTargets
    }
}

extension TaskBatch {
    /// Sequences `range` of the batch (their tokens and targets), as a batch of their own.
    public func sequences(_ range: Range<Int>) -> TaskBatch {
        let perVector = batch * length > 0 ? vectorTargets.count / (batch * length) : 0
        let positions = (range.lowerBound * length)..<(range.upperBound * length)
        return TaskBatch(batch: range.count, length: length, tokens: Array(tokens[positions]),
                         classTargets: Array(classTargets[positions]),
                         vectorTargets: perVector == 0 ? [] : Array(vectorTargets[(positions.lowerBound * perVector)..<(positions.upperBound * perVector)]))
    }
}

extension SequenceTask {
    /// The training loss: `loss(outputs:batch:)`, with label smoothing `smoothing` for
    /// classification tasks (ignored for regression; 0 gives `loss` exactly).
    public func trainingLoss(outputs: Tensor<Float>, batch: TaskBatch, smoothing: Float) -> (loss: Float, gradient: Tensor<Float>) {
        guard smoothing > 0, !isRegression else { return loss(outputs: outputs, batch: batch) }
        let r = SoftmaxCrossEntropy.evaluate(logits: outputs, targets: batch.classTargets, smoothing: smoothing)
        return (r.loss, r.gradient)
    }
}
