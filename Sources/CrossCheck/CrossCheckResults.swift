import Depth
import SequenceModels

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
    /// The small-angle exponent experiment (`--task rotations --angle-scales ...`).
    public var depthError: DepthErrorResults?
    /// Per depth, the fitted error exponent next to the predicted ones (from `depthError`).
    public var exponents: [DepthErrorResults.Exponent]?
    /// Depth against length (`--task max-length`): one row per (group, depth), and how they were made.
    public var maxLength: [MaxLengthResults.Row]?
    public var maxLengthRun: MaxLengthResults?
    /// Set when the report was rendered from a sweep directory before every cell finished.
    public var partial: Partial?

    /// How much of a sweep a partial report covers.
    public struct Partial: Sendable, Codable, Equatable {
        public var done: Int
        public var total: Int
        public init(done: Int, total: Int) { self.done = done; self.total = total }
        public var text: String { "PARTIAL sweep: \(done) of \(total) cells done; the verdicts below cover those cells only" }
    }

    public init(command: String, budget: Budget, wallSeconds: Double = 0, groups: [GroupTheory] = [], cells: [Cell] = [],
                rotations: RotationResults? = nil) {
        self.command = command; self.budget = budget; self.wallSeconds = wallSeconds
        self.groups = groups; self.cells = cells; self.rotations = rotations
    }

    /// The training settings shared by every run: the recipe (steps per run follow its rule
    /// unless it fixes them), the seeds, and whether guided runs were made next to plain ones.
    public struct Budget: Sendable, Codable, Equatable {
        public var recipe: TrainingRecipe
        public var seeds: [UInt64]
        /// The training modes of every (group, family, depth): "none" (plain) and/or "derived-series".
        public var guidance: [String]
        public init(recipe: TrainingRecipe, seeds: [UInt64], guidance: [String] = ["none"]) {
            self.recipe = recipe; self.seeds = seeds; self.guidance = guidance
        }
        public var trainLength: Int { recipe.trainLength }
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
        public func prediction(for family: String) -> FamilyPrediction? { predictions.prediction(for: family) }
    }

    /// One (group, family, depth, initialisation, guidance) cell over its seeds.
    public struct Cell: Sendable, Codable, Equatable {
        public var group: String
        public var family: String
        public var depth: Int
        /// "random", or "witness+noise <scale>".
        public var initialisation: String
        /// "none" (plain training) or "derived-series" (theory-guided).
        public var guidance: String
        public var trainLength: Int
        public var runs: [Run]
        public var verdict: Verdict
        public init(group: String, family: String, depth: Int, initialisation: String, guidance: String = "none", trainLength: Int,
                    runs: [Run], verdict: Verdict) {
            self.group = group; self.family = family; self.depth = depth; self.initialisation = initialisation
            self.guidance = guidance; self.trainLength = trainLength; self.runs = runs; self.verdict = verdict
        }
        /// Accuracy against length, best over the seeds at every length (what the verdict reads).
        public var profile: LengthProfile { LengthProfile(bestAccuracyByLength.map { ($0.length, $0.accuracy) }, trainLength: trainLength) }
        /// Seeds whose own run is learned (>= 0.9 at 4x the training length).
        public var seedsLearned: Int { runs.filter { $0.profile(trainLength: trainLength).learned == true }.count }
        /// The first length below 0.9 of the best-of-seeds profile.
        public var breakLength: Int? { profile.breakLength }
        /// Best per-token accuracy at the training length over the seeds.
        public var accuracyAtTrainLength: Double { runs.map(\.accuracyAtTrainLength).max() ?? 0 }
        public var meanAccuracyAtTrainLength: Double {
            runs.isEmpty ? 0 : runs.map(\.accuracyAtTrainLength).reduce(0, +) / Double(runs.count)
        }
        /// Longest evaluation length with per-token accuracy above 90%, over the seeds; nil if none.
        public var longestLengthAbove90: Int? { runs.compactMap(\.longestLengthAbove90).max() }
        /// Per evaluation length, the best accuracy over the seeds.
        public var bestAccuracyByLength: [(length: Int, accuracy: Double)] {
            // Matched by length, not position: a cell file edited by hand (or from another
            // version) may list other lengths for some seed; a seed without a length counts as 0.
            guard let first = runs.first else { return [] }
            return first.evaluations.map { point in
                (point.length, runs.map { run in run.evaluations.first { $0.length == point.length }?.accuracy ?? 0 }.max() ?? 0)
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
        /// Training steps of the run.
        public var steps: Int?
        /// The first step whose training batch reached per-token accuracy >= 0.9 (nil: never).
        public var stepsTo90: Int?
        /// Attempts trained when the recipe allowed restarts (`TrainingAttempts`), and the one kept
        /// (1-based); nil for runs made with one attempt (and every run before the option).
        public var attempts: Int?
        public var keptAttempt: Int?
        /// The kept attempt's guidance in a cell whose retries change it (`plainThenCascade`):
        /// "none" or "cascade"; nil in every other cell (the cell's guidance).
        public var keptGuidance: String?
        public init(seed: UInt64, accuracyAtTrainLength: Double, evaluations: [Point], finalLoss: Double, wallSeconds: Double,
                    initialAccuracy: Double? = nil, divergedAtStep: Int? = nil, steps: Int? = nil, stepsTo90: Int? = nil,
                    attempts: Int? = nil, keptAttempt: Int? = nil, keptGuidance: String? = nil) {
            self.attempts = attempts; self.keptAttempt = keptAttempt; self.keptGuidance = keptGuidance
            self.seed = seed; self.accuracyAtTrainLength = accuracyAtTrainLength; self.evaluations = evaluations
            self.finalLoss = finalLoss; self.wallSeconds = wallSeconds; self.initialAccuracy = initialAccuracy
            self.divergedAtStep = divergedAtStep; self.steps = steps; self.stepsTo90 = stepsTo90
        }
        public func profile(trainLength: Int) -> LengthProfile { LengthProfile(evaluations.map { ($0.length, $0.accuracy) }, trainLength: trainLength) }
        /// How far down the derived series the run tracks the prefix product at `length`: the
        /// largest l with coset accuracy >= 0.9 in G / G^(l) (0: not even G / G'), and the number
        /// of members; nil without coset accuracies at that length.
        public func quotientReached(at length: Int) -> (level: Int, of: Int)? {
            guard let cosets = evaluations.first(where: { $0.length == length })?.cosets, !cosets.isEmpty else { return nil }
            return ((cosets.lastIndex { $0 >= Verdict.successThreshold }).map { $0 + 1 } ?? 0, cosets.count)
        }
        public var longestLengthAbove90: Int? { evaluations.filter { $0.accuracy > 0.9 }.map(\.length).max() }
    }

    /// Per-token accuracy (or, for rotations, mean squared error) at one evaluation length.
    public struct Point: Sendable, Codable, Equatable {
        public var length: Int
        public var accuracy: Double
        /// Group tasks: the accuracy of the predicted coset in G / G^(1), G / G^(2), ... (the
        /// derived series; `Evaluation.cosetAccuracy`). Nil in cells made before it was recorded.
        public var cosets: [Double]?
        public init(length: Int, accuracy: Double, cosets: [Double]? = nil) {
            self.length = length; self.accuracy = accuracy; self.cosets = cosets
        }
    }
}
