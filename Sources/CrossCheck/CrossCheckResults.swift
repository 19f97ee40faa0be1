/// Everything a cross-check run measured, with the theory next to it. Codable: this is the
/// `crosscheck.json` file, and the writers render from it alone.
public struct CrossCheckResults: Sendable, Codable, Equatable {
    /// The command line that produced the results, and its settings.
    public var command: String
    public var budget: Budget
    public var wallSeconds: Double
    public var groups: [GroupTheory]
    public var cells: [Cell]
    public var rotations: RotationResults?

    public init(command: String, budget: Budget, wallSeconds: Double = 0, groups: [GroupTheory] = [], cells: [Cell] = [],
                rotations: RotationResults? = nil) {
        self.command = command; self.budget = budget; self.wallSeconds = wallSeconds
        self.groups = groups; self.cells = cells; self.rotations = rotations
    }

    /// The training settings shared by every run.
    public struct Budget: Sendable, Codable, Equatable {
        public var steps: Int
        public var batchSize: Int
        public var trainLength: Int
        public var evalLengths: [Int]
        public var evalSequences: Int
        public var width: Int
        public var state: Int
        public var mlpHidden: Int
        public var learningRate: Double
        public var warmupSteps: Int
        public var weightDecay: Double
        /// Steps over which the training length grows from 4 to `trainLength` (a length curriculum).
        public var curriculumSteps: Int
        public var seeds: [UInt64]
        public init(steps: Int, batchSize: Int, trainLength: Int, evalLengths: [Int], evalSequences: Int, width: Int,
                    state: Int, mlpHidden: Int, learningRate: Double, warmupSteps: Int, weightDecay: Double,
                    curriculumSteps: Int, seeds: [UInt64]) {
            self.steps = steps; self.batchSize = batchSize; self.trainLength = trainLength; self.evalLengths = evalLengths
            self.evalSequences = evalSequences; self.width = width; self.state = state; self.mlpHidden = mlpHidden
            self.learningRate = learningRate; self.warmupSteps = warmupSteps; self.weightDecay = weightDecay
            self.curriculumSteps = curriculumSteps; self.seeds = seeds
        }
    }

    /// Per group: its invariants and the predicted minimal depth per family.
    public struct GroupTheory: Sendable, Codable, Equatable {
        public var group: String
        public var order: Int
        /// nil when not solvable.
        public var derivedLength: Int?
        public var predictions: [FamilyPrediction]
        public init(group: String, order: Int, derivedLength: Int?, predictions: [FamilyPrediction]) {
            self.group = group; self.order = order; self.derivedLength = derivedLength; self.predictions = predictions
        }
        public func prediction(for family: String) -> FamilyPrediction? { predictions.first { $0.family == family } }
    }

    /// One (group, family, depth, initialisation) cell over its seeds.
    public struct Cell: Sendable, Codable, Equatable {
        public var group: String
        public var family: String
        public var depth: Int
        /// "random", or "witness+noise <scale>".
        public var initialisation: String
        public var runs: [Run]
        public var verdict: Verdict
        public init(group: String, family: String, depth: Int, initialisation: String, runs: [Run], verdict: Verdict) {
            self.group = group; self.family = family; self.depth = depth; self.initialisation = initialisation
            self.runs = runs; self.verdict = verdict
        }
        /// Best per-token accuracy at the training length over the seeds.
        public var accuracyAtTrainLength: Double { runs.map(\.accuracyAtTrainLength).max() ?? 0 }
        public var meanAccuracyAtTrainLength: Double {
            runs.isEmpty ? 0 : runs.map(\.accuracyAtTrainLength).reduce(0, +) / Double(runs.count)
        }
        /// Longest evaluation length with per-token accuracy above 90%, over the seeds; nil if none.
        public var longestLengthAbove90: Int? { runs.compactMap(\.longestLengthAbove90).max() }
        /// Per evaluation length, the best accuracy over the seeds.
        public var bestAccuracyByLength: [(length: Int, accuracy: Double)] {
            guard let first = runs.first else { return [] }
            return first.evaluations.indices.map { i in
                (first.evaluations[i].length, runs.map { $0.evaluations[i].accuracy }.max() ?? 0)
            }
        }
    }

    /// One training run.
    public struct Run: Sendable, Codable, Equatable {
        public var seed: UInt64
        public var accuracyAtTrainLength: Double
        public var evaluations: [Point]
        public var finalLoss: Double
        public var wallSeconds: Double
        /// Accuracy before training (witness initialisations only).
        public var initialAccuracy: Double?
        /// The step at which the loss became NaN/Inf; the run then reports its last good state.
        public var divergedAtStep: Int?
        public init(seed: UInt64, accuracyAtTrainLength: Double, evaluations: [Point], finalLoss: Double, wallSeconds: Double,
                    initialAccuracy: Double? = nil, divergedAtStep: Int? = nil) {
            self.seed = seed; self.accuracyAtTrainLength = accuracyAtTrainLength; self.evaluations = evaluations
            self.finalLoss = finalLoss; self.wallSeconds = wallSeconds; self.initialAccuracy = initialAccuracy
            self.divergedAtStep = divergedAtStep
        }
        public var longestLengthAbove90: Int? { evaluations.filter { $0.accuracy > 0.9 }.map(\.length).max() }
    }

    /// Per-token accuracy (or, for rotations, mean squared error) at one evaluation length.
    public struct Point: Sendable, Codable, Equatable {
        public var length: Int
        public var accuracy: Double
        public init(length: Int, accuracy: Double) { self.length = length; self.accuracy = accuracy }
    }
}
