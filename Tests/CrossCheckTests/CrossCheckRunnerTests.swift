import SequenceModels
import Testing
@testable import CrossCheck

let tinyBudget = CrossCheckResults.Budget(
    recipe: TrainingRecipe(steps: 1, batchSize: 2, trainLength: 12, evalLengths: [12, 24, 48], evalSequences: 2, width: 8, state: 2,
                           mlpHidden: 8, learningRate: 1e-6, warmupSteps: 1, curriculumSteps: 0),
    seeds: [1])

@Test func witnessWithoutNoiseStartsAndStaysExactInTheTrainer() throws {
    let cells = try CrossCheckRunner(budget: tinyBudget).witnessCells(group: "S3", noise: [0])
    #expect(cells.count == 1)
    #expect(cells[0].depth == 2)
    #expect(cells[0].runs[0].initialAccuracy == 1)
    #expect(cells[0].accuracyAtTrainLength == 1)
    #expect(cells[0].verdict == .learned)
}

@Test func nonSolvableGroupGivesNoWitnessCells() throws {
    #expect(try CrossCheckRunner(budget: tinyBudget).witnessCells(group: "A5", noise: [0.1]).isEmpty)
}

@Test func randomCellsCoverEveryFamilyAndDepth() throws {
    let (theory, cells) = try CrossCheckRunner(budget: tinyBudget).cells(group: "C2", families: [.dcd, .real01], depths: [1, 2])
    #expect(theory.derivedLength == 1)
    #expect(cells.map { "\($0.family)\($0.depth)" } == ["dcd1", "dcd2", "real011", "real012"])
    #expect(cells.allSatisfy { $0.runs.first?.evaluations.map(\.length) == [12, 24, 48] })
}

@Test func guidedCellsSitNextToPlainOnesWhereThereIsAHead() throws {
    var budget = tinyBudget
    budget.guidance = ["none", "derived-series"]
    let (_, s3) = try CrossCheckRunner(budget: budget).cells(group: "S3", families: [.dcd], depths: [1, 2])
    #expect(s3.map { "\($0.depth) \($0.guidance)" } == ["1 none", "1 derived-series", "2 none", "2 derived-series"])
    // One layer on an abelian group has nothing to guide: its only quotient is the main target.
    let (_, c2) = try CrossCheckRunner(budget: budget).cells(group: "C2", families: [.dcd], depths: [1, 2])
    #expect(c2.map { "\($0.depth) \($0.guidance)" } == ["1 none", "2 none", "2 derived-series"])
}

@Test func autoCellsOfTwoLayersRetryWithCascadeGuidance() throws {
    // Under "auto" a two-layer S3 cell is plain with cascade-guided retries; one step cannot pass
    // the check, so the whole ladder runs (plain, cascade, cascade at twice the learning rate)
    // and the kept attempt's guidance is recorded.
    var budget = tinyBudget
    budget.guidance = [CrossCheckRunner.automaticGuidance]
    let (_, cells) = try CrossCheckRunner(budget: budget).cells(group: "S3", families: [.dcd], depths: [1, 2])
    #expect(cells.map(\.guidance) == ["none", CrossCheckRunner.plainThenCascade])
    let run = try #require(cells.last?.runs.first)
    #expect(run.attempts == 3)
    #expect(run.keptGuidance == (run.keptAttempt == 1 ? "none" : "cascade"))
    #expect(cells.first?.runs.first?.keptGuidance == nil)   // one layer: plain retries
    // An explicit plain budget keeps plain cells.
    budget.guidance = ["none"]
    let (_, plain) = try CrossCheckRunner(budget: budget).cells(group: "S3", families: [.dcd], depths: [2])
    #expect(plain.map(\.guidance) == ["none"] && plain.first?.runs.first?.keptGuidance == nil)
    // Attempt 1 of the auto cell is the plain single-attempt run: when it is kept, the runs agree.
    budget.recipe.attempts = 1
    let (_, single) = try CrossCheckRunner(budget: budget).cells(group: "S3", families: [.dcd], depths: [2])
    if run.keptAttempt == 1 { #expect(run.evaluations == single.first?.runs.first?.evaluations) }
}

@Test func runsRecordTheirAttemptsWhenTheRecipeAllowsRestarts() throws {
    // One step cannot pass the check: both attempts are trained (the restart rule's two for one
    // layer), the kept one is recorded.
    #expect(tinyBudget.recipe.attempts == TrainingRecipe.autoAttempts)
    let (_, cells) = try CrossCheckRunner(budget: tinyBudget).cells(group: "S3", families: [.dcd], depths: [1])
    let run = try #require(cells.first?.runs.first)
    #expect(run.attempts == 2)
    #expect([1, 2].contains(run.keptAttempt ?? 0))
    var once = tinyBudget
    once.recipe.attempts = 1
    let (_, single) = try CrossCheckRunner(budget: once).cells(group: "S3", families: [.dcd], depths: [1])
    #expect(single.first?.runs.first?.attempts == nil && single.first?.runs.first?.keptAttempt == nil)
    // Kept attempt 1 is the single-attempt run itself.
    if run.keptAttempt == 1 { #expect(run.evaluations == single.first?.runs.first?.evaluations) }
    // A witness start is the experiment: never restarted.
    let witness = try CrossCheckRunner(budget: tinyBudget).witnessCells(group: "S3", noise: [0.5])
    #expect(witness.first?.runs.first?.attempts == nil)
}
