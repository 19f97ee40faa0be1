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
    /// `--guidance steps`: per layer, the classes of the head on its transitions (0: none); empty
    /// when the task has no such labels.
    func transitionClasses(layers: Int) -> [Int]
    /// Per layer, the class of every position for its transition head (empty where it has none).
    func transitionTargets(batch: TaskBatch, layers: Int) -> [[Int]]
    /// `--guidance states`: per layer, the classes of the head on its state (0: none).
    func stateClasses(layers: Int) -> [Int]
    /// Per layer, the class of every position for its state head (empty where it has none).
    func stateTargets(batch: TaskBatch, layers: Int) -> [[Int]]
    /// `--root-penalty`: per layer, the order e whose roots of unity its transitions should be
    /// (`RootPenalty`), for a model with (`guided`) or without guidance heads; empty, or 1, where
    /// the task says nothing.
    func phaseOrders(layers: Int, guided: Bool) -> [Int]
}

extension SequenceTask {
    public func auxiliaryClasses(heads: Int, labels: GuidanceLabels) -> [Int] { [] }
    public func auxiliaryTargets(batch: TaskBatch, heads: Int, labels: GuidanceLabels) -> [[Int]] { [] }
    public func transitionClasses(layers: Int) -> [Int] { [] }
    public func transitionTargets(batch: TaskBatch, layers: Int) -> [[Int]] { [] }
    public func stateClasses(layers: Int) -> [Int] { [] }
    public func stateTargets(batch: TaskBatch, layers: Int) -> [[Int]] { [] }
    public func phaseOrders(layers: Int, guided: Bool) -> [Int] { [] }
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
    /// The cascade heads, and on every `dcd` layer m a head on its transitions (the phases
    /// cos, sin of its angles at each position) that predicts the step the layer must add: for
    /// the first layer the token modulo G', for layer m > 0 the cascade step c_t of head m - 1
    /// modulo G^(m+1). In the exact solution each layer's angle is a function of that step alone,
    /// so the head asks the layer's transitions to depend on it, and on nothing else.
    case steps
    /// The cascade heads, and on every layer m a head on its state (the mixer's state features
    /// at each position) that predicts what the layer must have added up by then: for the first
    /// layer the prefix product modulo G', for layer m > 0 the element n_t = g_t r(g_t)^-1 of
    /// cascade level m - 1 modulo G^(m+1). In the exact solution each layer's state holds just
    /// that, so the head asks the recurrence itself for it, not the readout after the MLP.
    case states
    /// Both: heads on every layer's transitions (`steps`) and on its state (`states`).
    case stepsAndStates = "steps-states"

    /// Whether the mode puts heads on the layers' transitions (`steps`, `steps-states`).
    public var hasTransitionHeads: Bool { self == .steps || self == .stepsAndStates }
    /// Whether the mode puts heads on the layers' states (`states`, `steps-states`).
    public var hasStateHeads: Bool { self == .states || self == .stepsAndStates }
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
