import Testing
import Depth
import FloatBackend
import Groups
@testable import SequenceModels

/// Restarts (`TrainingAttempts`): which attempts run, which is kept, and that one attempt is the
/// plain run.
@Suite("training attempts")
struct TrainingAttemptsTests {
    @Test func firstAttemptIsTheRunSeedAndLaterOnesAreDistinctShortDerivedSeeds() {
        #expect(TrainingAttempts.seed(7, attempt: 1) == 7)
        let derived = (2...6).map { TrainingAttempts.seed(7, attempt: $0) }
        #expect(Set(derived).count == 5 && !derived.contains(7))
        #expect(derived.allSatisfy { $0 < 1 << 32 })
        #expect(TrainingAttempts.seed(8, attempt: 2) != TrainingAttempts.seed(7, attempt: 2))
        #expect(TrainingAttempts.seed(7, attempt: 3) == derived[1])  // reproducible
    }

    @Test func checkIsReadAtTheFirstEvaluationLengthOfFourTimesTheTrainingLength() {
        let task = try! WordProblemTask.cyclic(order: 2)
        var config = smallConfig(task, family: .dcd, steps: 10)
        config.evalLengths = [60, 120, 250, 500, 1000]
        #expect(TrainingAttempts.checkLength(config) == 250)
        config.evalLengths = [60]
        #expect(TrainingAttempts.checkLength(config) == 240)
    }

    @Test func aPassingFirstAttemptIsTheOnlyOneAndEqualsThePlainRun() throws {
        let task = try WordProblemTask.cyclic(order: 2)
        let config = TrainingRecipe(steps: 300, batchSize: 16, trainLength: 16, evalLengths: [16, 64], evalSequences: 32, width: 16, state: 4)
            .config(for: task, family: .dcd, layers: 1, seed: 1)
        var seeds: [UInt64] = []
        let outcome = try TrainingAttempts.run(attempts: 3, seed: 1, task: task, config: config) { _, seed -> (result: TrainingResult, model: SequenceModel)? in
            seeds.append(seed)
            var c = config
            c.seed = seed
            let r = try Trainer(task: task, config: c).train()
            return (r, r.model)
        }
        #expect(seeds == [1])
        #expect(outcome.attempts.count == 1 && outcome.kept == 0 && outcome.attempts[0].passed)
        let plain = try Trainer(task: task, config: config).train()
        #expect(outcome.results[0]!.model.parameters == plain.model.parameters)
    }

    @Test func failingChecksTrainEveryAttemptAndKeepTheBestCheck() throws {
        // Three steps on S3: no attempt can pass.
        let task = try WordProblemTask(name: "S3", group: try GroupCatalog.group(named: "S3"))
        let config = smallConfig(task, family: .dcd, steps: 3)
        let outcome = try TrainingAttempts.run(attempts: 3, seed: 5, task: task, config: config) { _, seed -> (result: UInt64, model: SequenceModel)? in
            var c = config
            c.seed = seed
            return (seed, try Trainer(task: task, config: c).train().model)
        }
        #expect(outcome.attempts.map(\.seed) == (1...3).map { TrainingAttempts.seed(5, attempt: $0) })
        #expect(outcome.attempts.allSatisfy { !$0.passed })
        let checks = outcome.attempts.map { $0.check! }
        let kept = try #require(outcome.kept)
        #expect(checks[kept] == checks.max()! && checks.firstIndex(of: checks.max()!) == kept)
        #expect(outcome.results[kept] == outcome.attempts[kept].seed)
    }

    @Test func divergedAttemptsAreNeverKept() throws {
        let task = try WordProblemTask.cyclic(order: 2)
        let config = smallConfig(task, family: .dcd, steps: 2)
        let model = try SequenceModel(config: config.model, seed: 1)
        let some = TrainingAttempts.run(attempts: 2, seed: 1, task: task, config: config) { k, _ -> (result: Int, model: SequenceModel)? in
            k == 1 ? nil : (k, model)
        }
        #expect(some.attempts.count == 2 && some.attempts[0].check == nil && some.kept == 1)
        let none = TrainingAttempts.run(attempts: 2, seed: 1, task: task, config: config) { _, _ -> (result: Int, model: SequenceModel)? in nil }
        #expect(none.attempts.count == 2 && none.kept == nil)
    }

    @Test func theRetryRuleTrainsAFailedPlainRunAgainWithCascadeGuidanceFromTheSameSeed() throws {
        func word(_ name: String) throws -> WordProblemTask { try WordProblemTask(name: name, group: try GroupCatalog.group(named: name)) }
        let s3 = try word("S3"), s4 = try word("S4")
        // Two or more layers on a solvable non-abelian group that the guidance rule trains plain.
        #expect(TrainingRecipe.defaultRetryGuidance(for: s3, layers: 2) == .cascade)
        #expect(TrainingRecipe.defaultRetryGuidance(for: s3, layers: 3) == .cascade)
        #expect(TrainingRecipe.defaultRetryGuidance(for: s4, layers: 2) == .cascade)   // forbidden depths retry alike
        #expect(TrainingRecipe.defaultRetryGuidance(for: s3, layers: 1) == nil)
        #expect(TrainingRecipe.defaultRetryGuidance(for: s4, layers: 3) == nil)        // cascade from the first attempt
        #expect(TrainingRecipe.defaultRetryGuidance(for: try WordProblemTask.cyclic(order: 6), layers: 2) == nil)
        #expect(TrainingRecipe.defaultRetryGuidance(for: try word("A5"), layers: 2) == nil)  // not solvable
        #expect(TrainingRecipe.defaultRetryGuidance(for: RotationTask(), layers: 2) == nil)
        // Above order 81 the guidance rule guides from the first attempt: no ladder.
        #expect(TrainingRecipe.defaultRetryGuidance(for: try word("AGL(1,11)"), layers: 2) == nil)
        #expect(TrainingRecipe.defaultRetryGuidance(for: try word("C3 wr C3"), layers: 2) == .cascade)
        let auto = TrainingRecipe().withDefaultGuidance(for: s3, layers: 2)
        #expect(auto.retryGuidance == .cascade && auto.guidanceWeight == 0)
        #expect(auto.forAttempt(1) == auto && auto.forAttempt(4) == auto)
        let second = auto.forAttempt(2)
        #expect(second.guidanceLabels == .cascade && second.guidanceWeight == TrainingRecipe.defaultGuidanceWeight)
        #expect(second.learningRate == auto.learningRate)
        // The third rung: the same cascade guidance at twice the learning rate; the ladder repeats.
        let third = auto.forAttempt(3)
        #expect(third.guidanceLabels == .cascade && third.guidanceWeight == TrainingRecipe.defaultGuidanceWeight)
        #expect(third.learningRate == 2 * auto.learningRate && TrainingRecipe.retryLearningRateFactor == 2)
        #expect(auto.forAttempt(5) == second && auto.forAttempt(6) == third)
        #expect(!auto.config(for: s3, family: .dcd, layers: 2, seed: 1).isGuided)
        let guided = second.config(for: s3, family: .dcd, layers: 2, seed: 1)
        #expect(guided.isGuided && guided.guidanceLabels == .cascade && !guided.model.auxiliaryOutputs.isEmpty)
        // The guided attempt is exactly the run `--guidance cascade` makes.
        var explicit = TrainingRecipe()
        explicit.guidanceWeight = TrainingRecipe.defaultGuidanceWeight
        explicit.guidanceLabels = .cascade
        #expect(explicit.config(for: s3, family: .dcd, layers: 2, seed: 1) == guided)
        #expect(explicit.retryGuidance == nil && explicit.forAttempt(2) == explicit)
        // The rule again picks cascade from the first attempt on S4 x3: no retry guidance there.
        #expect(TrainingRecipe().withDefaultGuidance(for: s4, layers: 3).retryGuidance == nil)
        // Seeds: attempts 1-3 (the ladder) from the run's seed, 4-6 from attempt 2's derived seed.
        let next = TrainingAttempts.seed(9, attempt: 2)
        #expect((1...7).map { TrainingAttempts.seed(9, attempt: $0, alternating: true) }
                == [9, 9, 9, next, next, next, TrainingAttempts.seed(9, attempt: 3)])
        #expect((1...3).map { TrainingAttempts.seed(9, attempt: $0, alternating: false) } == (1...3).map { TrainingAttempts.seed(9, attempt: $0) })
        // `run` records each attempt's guidance and learning rate and uses those seeds.
        let config = smallConfig(s3, family: .dcd, steps: 2)
        let outcome = try TrainingAttempts.run(attempts: 4, seed: 9, task: s3, config: config, ladder: auto) { _, seed -> (result: UInt64, model: SequenceModel)? in
            var c = config
            c.seed = seed
            return (seed, try Trainer(task: s3, config: c).train().model)
        }
        #expect(outcome.attempts.map(\.guidance) == ["none", "cascade", "cascade", "none"])
        #expect(outcome.attempts.map(\.learningRate) == [1, 1, 2, 1].map { auto.learningRate * $0 })
        #expect(outcome.attempts.map(\.seed) == [9, 9, 9, next])
    }

    @Test func recipeDefaultsToTwoAttemptsAndOldRecipesDecodeAsOne() throws {
        #expect(TrainingRecipe().attempts == TrainingRecipe.autoAttempts)
        let task = try WordProblemTask.cyclic(order: 2)
        #expect(TrainingRecipe().resolvedAttempts(for: task) == 2)
        // The rule: three where the retries climb the ladder, two elsewhere; a number is kept.
        let s3 = try WordProblemTask(name: "S3", group: try GroupCatalog.group(named: "S3"))
        #expect(TrainingRecipe().withDefaultGuidance(for: s3, layers: 2).resolvedAttempts(for: s3) == 3)
        #expect(TrainingRecipe().withDefaultGuidance(for: s3, layers: 1).resolvedAttempts(for: s3) == 2)
        var two = TrainingRecipe()
        two.attempts = 2
        #expect(two.withDefaultGuidance(for: s3, layers: 2).resolvedAttempts(for: s3) == 2)
        #expect(TrainingRecipe().resolvedAttempts(for: RotationTask()) == 1)
        var old = TrainingRecipe()
        old.attempts = nil
        #expect(old.resolvedAttempts(for: task) == 1)
    }
}
