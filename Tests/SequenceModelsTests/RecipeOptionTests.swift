import Depth
import Groups
import Foundation
import Testing
import FloatBackend
@testable import SequenceModels

@Test func phaseDriftAddsOneConstantPerSequenceAndCoordinateToTheAngleColumnsOnly() {
    let (batch, length, state, width) = (3, 5, 2, 7)
    var p = Tensor<Float>(shape: [batch * length, width], storage: (0..<(batch * length * width)).map { Float($0) })
    let before = p
    PhaseDrift(sigma: 0.5, seed: 9).perturb(&p, layer: 1, batch: batch, length: length, state: state)
    var offsets: Set<Float> = []
    for e in 0..<batch {
        for j in 0..<width {
            let deltas = (0..<length).map { t in p[e * length + t, j] - before[e * length + t, j] }
            if j < state {
                // The same offset at every position of the sequence (up to the rounding of the sum).
                #expect(deltas.allSatisfy { abs($0 - deltas[0]) < 1e-4 }, "sequence \(e) coordinate \(j): \(deltas)")
                #expect(deltas[0] != 0)
                offsets.insert((deltas[0] * 1000).rounded())
            } else {
                #expect(deltas.allSatisfy { $0 == 0 }, "column \(j) is not an angle column")
            }
        }
    }
    #expect(offsets.count == batch * state)  // a fresh draw per (sequence, coordinate)
    var again = before
    PhaseDrift(sigma: 0.5, seed: 9).perturb(&again, layer: 1, batch: batch, length: length, state: state)
    #expect(again == p)
    var otherLayer = before
    PhaseDrift(sigma: 0.5, seed: 9).perturb(&otherLayer, layer: 0, batch: batch, length: length, state: state)
    #expect(otherLayer != p)
}

/// Trains a tiny C3 model plainly and with `change`: the changed run must repeat bit for bit and
/// differ from the plain one. Returns both and the changed configuration.
func expectDeterministicChange(_ change: (inout TrainingConfig) -> Void) throws
    -> (plain: TrainingResult, changed: TrainingResult, config: TrainingConfig, task: WordProblemTask) {
    let task = try WordProblemTask.cyclic(order: 3)
    var config = smallConfig(task, family: .dcd, steps: 15)
    let plain = try Trainer(task: task, config: config).train()
    change(&config)
    let a = try Trainer(task: task, config: config).train(), b = try Trainer(task: task, config: config).train()
    #expect(a.model.parameters == b.model.parameters)
    #expect(a.model.parameters != plain.model.parameters)
    return (plain, a, config, task)
}

@Test func trainingWithPhaseDriftIsDeterministicAndDiffersFromPlainTraining() throws {
    var (_, _, config, task) = try expectDeterministicChange { $0.phaseDrift = 0.05 }
    config.phaseDrift = -1
    #expect(throws: TrainingError.self) { try Trainer(task: task, config: config) }
}

@Test func recipesAndConfigsSavedBeforePhaseDriftStillDecode() throws {
    let recipe = TrainingRecipe()
    var json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(recipe)) as! [String: Any]
    #expect(json["phaseDrift"] == nil)  // nil is not written
    json["phaseDrift"] = nil
    let decoded = try JSONDecoder().decode(TrainingRecipe.self, from: JSONSerialization.data(withJSONObject: json))
    #expect(decoded == recipe)
    #expect(recipe.config(for: try WordProblemTask.cyclic(order: 2), family: .dcd, layers: 1, seed: 1).phaseDrift == nil)
}

@Test func geometricCurriculumSpendsEqualStepsPerDoubling() throws {
    let task = try WordProblemTask.cyclic(order: 2)
    var config = smallConfig(task, family: .dcd, steps: 200)
    config.curriculumSteps = 100
    config.curriculumStartLength = 4
    #expect(config.trainLength(at: 50) == 4 + 56 * 50 / 100)  // linear by default
    config.curriculumShape = .geometric
    // 4 * 15^(s/100): 4 at 0, 15 at 50 (sqrt(4 * 60) = 15.5), 58 at 99, the full 60 from 100 on.
    #expect([0, 25, 50, 99, 100, 150].map { config.trainLength(at: $0) } == [4, 7, 15, 58, 60, 60])
    // Lengths 4..8 take 30 of the 100 steps (4 * 15^(s/100) < 9 for s < 100 log 2.25 / log 15 = 29.9).
    #expect((0..<100).filter { config.trainLength(at: $0) <= 8 }.count == 30)
}

@Test func recipeRulesPickPhaseInitialisationByDepthAndNoDrift() throws {
    let task = try WordProblemTask.named("S3")
    let recipe = TrainingRecipe()
    #expect(recipe.initialization.phase == .auto)
    let one = recipe.config(for: task, family: .dcd, layers: 1, seed: 1)
    let two = recipe.config(for: task, family: .dcd, layers: 2, seed: 1)
    #expect(one.initialization?.phase == .zero && two.initialization?.phase == .uniform)
    // No phase drift by default (measured: no net effect); an explicit one reaches the config.
    #expect(one.phaseDrift == nil && two.phaseDrift == nil)
    // Label smoothing: none for one layer, 0.1 for deeper stacks; an explicit value wins at any depth.
    #expect(one.labelSmoothing == nil && two.labelSmoothing == 0.1)
    #expect(recipe.config(for: task, family: .dcd, layers: 3, seed: 1).labelSmoothing == 0.1)
    var noSmoothing = recipe
    noSmoothing.labelSmoothing = 0
    #expect(noSmoothing.config(for: task, family: .dcd, layers: 2, seed: 1).labelSmoothing == nil)
    var explicit = recipe
    explicit.phaseDrift = 0.003
    explicit.initialization.phase = .uniform
    let plain = explicit.config(for: task, family: .dcd, layers: 1, seed: 1)
    #expect(plain.initialization?.phase == .uniform && explicit.config(for: task, family: .dcd, layers: 2, seed: 1).phaseDrift == 0.003)
    // `auto` never reaches a model: the zero rule really zeroes one layer's phase biases.
    let model = try SequenceModel(config: one.model, seed: 1, initialization: one.initialization!)
    #expect(try model.parameter("layers.0.mixer.in.bias").prefix(one.model.state).allSatisfy { $0 == 0 })
}

@Test func inputDecayShrinksExactlyTheBColumnsOfEveryLayer() throws {
    for family in MixerFamily.allCases {
        let config = ModelConfig(family: family, layers: 2, width: 6, state: 3, vocabulary: 5, outputs: 5)
        let model = try SequenceModel(config: config, seed: 4, initialization: ModelInitialization(phase: .uniform, input: .random))
        let decay = try #require(InputDecay(rate: 2, config: config, layout: model.layout))
        let p = family.projectionWidth(state: 3), bColumns = family.inputColumns(state: 3)
        // Rows of the weight (width 6) plus the bias, per layer.
        #expect(decay.indices.count == 2 * (6 + 1) * bColumns, "\(family)")
        var expected = Set<Int>()
        for l in 0..<2 {
            let w = try #require(model.layout.entry("layers.\(l).mixer.in.weight")), b = try #require(model.layout.entry("layers.\(l).mixer.in.bias"))
            for row in 0..<6 { for j in (p - bColumns)..<p { expected.insert(w.offset + row * p + j) } }
            for j in (p - bColumns)..<p { expected.insert(b.offset + j) }
        }
        #expect(Set(decay.indices) == expected, "\(family)")
        var after = model.parameters
        decay.apply(to: &after, learningRate: 0.1)
        for i in after.indices {
            #expect(after[i] == (expected.contains(i) ? model.parameters[i] * (1 - 0.1 * 2) : model.parameters[i]))
        }
    }
    let config = ModelConfig(family: .dcd, layers: 1, width: 4, state: 2, vocabulary: 2, outputs: 2)
    #expect(InputDecay(rate: 0, config: config, layout: try SequenceModel(config: config, seed: 1).layout) == nil)
}

@Test func trainingWithInputDecayIsDeterministicAndKeepsBSmaller() throws {
    let task = try WordProblemTask.cyclic(order: 3)
    var config = smallConfig(task, family: .dcd, steps: 40)
    config.initialization = ModelInitialization(phase: .uniform, input: .random)
    let plain = try Trainer(task: task, config: config).train()
    config.inputDecay = 50
    let a = try Trainer(task: task, config: config).train(), b = try Trainer(task: task, config: config).train()
    #expect(a.model.parameters == b.model.parameters)
    let indices = try #require(InputDecay(rate: 1, config: config.model, layout: a.model.layout)).indices
    let size: (SequenceModel) -> Float = { m in indices.map { abs(m.parameters[$0]) }.reduce(0, +) }
    #expect(size(a.model) < 0.7 * size(plain.model), "\(size(a.model)) vs \(size(plain.model))")
    config.inputDecay = .nan
    #expect(throws: TrainingError.self) { try Trainer(task: task, config: config) }
}

@Test func recipesSavedBeforeInputDecayStillDecode() throws {
    let recipe = TrainingRecipe()
    let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(recipe)) as! [String: Any]
    #expect(json["inputDecay"] == nil)
    let decoded = try JSONDecoder().decode(TrainingRecipe.self, from: JSONSerialization.data(withJSONObject: json))
    #expect(decoded == recipe)
    var withDecay = recipe
    withDecay.inputDecay = 3
    #expect(withDecay.config(for: try WordProblemTask.cyclic(order: 2), family: .dcd, layers: 1, seed: 1).inputDecay == 3)
}

@Test func labelSmoothingChangesTrainingDeterministicallyAndIsChecked() throws {
    var (_, _, config, task) = try expectDeterministicChange { $0.labelSmoothing = 0.1 }
    for bad: Float in [1, -0.1, .nan] {
        config.labelSmoothing = bad
        #expect(throws: TrainingError.self) { try Trainer(task: task, config: config) }
    }
    var recipe = TrainingRecipe()
    let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(recipe)) as! [String: Any]
    #expect(json["labelSmoothing"] == nil)
    recipe.labelSmoothing = 0.05
    #expect(recipe.config(for: task, family: .dcd, layers: 1, seed: 1).labelSmoothing == 0.05)
}

/// The guidance rule (`--guidance auto`): cascade exactly for three or more layers on a solvable
/// group of derived length three or more; else steps-states for two or more layers on a solvable
/// non-abelian group of order above 81; with the derived length and order taken from Groups, not
/// from the task's labels that the rule reads.
@Test func defaultGuidanceIsCascadeForDeepStacksOnGroupsOfDerivedLengthThreeOrMore() throws {
    let names = ["C2", "C6", "S3", "D8", "A4", "S4", "SL(2,3)", "GL(2,3)", "S4 x C2", "A5", "S5", "C2 wr C2 wr C2",
                 "C3 wr C3", "A4 x C8", "AGL(1,11)", "S4 x S3", "C120", "A5 x C2"]
    var checked = 0
    for name in names {
        let group = try GroupCatalog.group(named: name)
        let task = try WordProblemTask(name: name, group: group)
        let d = group.derivedLength ?? 0, large = (group.order.intValue ?? .max) > TrainingRecipe.stepsStatesOrder
        for layers in 1...4 {
            let expected: GuidanceLabels? = layers >= 3 && d >= 3 ? .cascade : layers >= 2 && d >= 2 && large ? .stepsAndStates : nil
            #expect(TrainingRecipe.defaultGuidance(for: task, layers: layers) == expected, "\(name) x\(layers)")
            let recipe = TrainingRecipe().withDefaultGuidance(for: task, layers: layers)
            #expect((recipe.guidanceWeight > 0) == (expected != nil), "\(name) x\(layers)")
            checked += 1
        }
    }
    #expect(checked == names.count * 4)
    // Cases the loop must contain, so the rule is not vacuous: guided and plain deep stacks.
    #expect(TrainingRecipe.defaultGuidance(for: try WordProblemTask.named("S4"), layers: 3) == .cascade)
    #expect(TrainingRecipe.defaultGuidance(for: try WordProblemTask.named("S3"), layers: 3) == nil)
    #expect(TrainingRecipe.defaultGuidance(for: try WordProblemTask.named("A5"), layers: 4) == nil)
    // Order 81 stays plain (with cascade retries); 96 and up is guided by steps-states, with no ladder.
    #expect(TrainingRecipe.stepsStatesOrder == 81)
    #expect(TrainingRecipe.defaultGuidance(for: try WordProblemTask.named("C3 wr C3"), layers: 2) == nil)
    let large = try WordProblemTask.named("A4 x C8")
    #expect(large.outputs == 96 && TrainingRecipe.defaultGuidance(for: large, layers: 2) == .stepsAndStates)
    // Only for dcd stacks (the transition heads read dcd angles; nothing else was measured): other
    // families keep the plain start and the cascade retries.
    for family in [MixerFamily.dense, .real11, .real01] {
        #expect(TrainingRecipe.defaultGuidance(for: large, layers: 2, family: family) == nil)
        #expect(TrainingRecipe().withDefaultGuidance(for: large, layers: 2, family: family).retryGuidance == .cascade)
    }
    #expect(TrainingRecipe.defaultGuidance(for: try WordProblemTask.named("S4 x S3"), layers: 3) == .cascade)
    #expect(TrainingRecipe.defaultGuidance(for: try WordProblemTask.named("C120"), layers: 2) == nil)
    let recipe = TrainingRecipe().withDefaultGuidance(for: large, layers: 2)
    #expect(recipe.guidanceLabels == .stepsAndStates && recipe.guidanceWeight == TrainingRecipe.defaultGuidanceWeight
            && recipe.retryGuidance == nil && recipe.resolvedAttempts(for: large) == 2)
    #expect(recipe.config(for: large, family: .dcd, layers: 2, seed: 1).guidanceLabels == .stepsAndStates)
    // A task without derived-series labels (a bare Cayley table) is never guided.
    #expect(TrainingRecipe.defaultGuidance(for: try WordProblemTask(name: "C3", cayleyTable: [[0, 1, 2], [1, 2, 0], [2, 0, 1]]), layers: 3) == nil)
}

/// `--root-penalty`: off before its start, then growing linearly to the full weight at the last
/// step; a run with it repeats bit for bit and differs from plain training only once it is on;
/// bad weights and starts are refused; recipes without it encode as before.
@Test func rootPenaltyStartsWhereToldChangesTrainingDeterministicallyAndIsChecked() throws {
    let task = try WordProblemTask.cyclic(order: 3).guided(byDerivedSeries: [[0]])
    #expect(task.phaseOrders(layers: 2, guided: true) == [3] && task.phaseOrders(layers: 2, guided: false) == [3, 3])
    var config = smallConfig(task, family: .dcd, steps: 20)
    config.rootPenalty = 2
    #expect(config.rootPenalty(at: 9) == 0 && config.rootPenalty(at: 10) == 0.2 && config.rootPenalty(at: 19) == 2)
    #expect(config.rootPenaltyFirstStep == 10 && config.phaseOrders(for: task) == [3])
    // Odd steps: the start falls between steps (10.5 of 21), and the first step it acts on is 11.
    var odd = config
    odd.steps = 21
    #expect(odd.rootPenaltyFirstStep == 11 && odd.rootPenalty(at: 10) == 0 && odd.rootPenalty(at: 11) > 0)
    var real = config
    real.model.family = .real11
    #expect(real.phaseOrders(for: task).isEmpty)
    config.rootPenaltyStart = 0
    #expect(config.rootPenalty(at: 0) == 0.1)
    config.rootPenalty = nil
    #expect(config.rootPenalty(at: 19) == 0)
    let plain = try Trainer(task: task, config: config).train()
    config.rootPenalty = 0.5
    let a = try Trainer(task: task, config: config).train(), b = try Trainer(task: task, config: config).train()
    #expect(a.model.parameters == b.model.parameters && a.model.parameters != plain.model.parameters)
    // Starting at the very end it never acts.
    config.rootPenaltyStart = 1
    #expect(try Trainer(task: task, config: config).train().model.parameters == plain.model.parameters)
    for (weight, start) in [(Float(-1), Float(0.5)), (.nan, 0.5), (1, 1.5), (1, .infinity)] {
        config.rootPenalty = weight
        config.rootPenaltyStart = start
        #expect(throws: TrainingError.self) { try Trainer(task: task, config: config) }
    }
    // A new recipe has the rule: the stack weight for two or more dcd layers, none for one layer
    // or another family; one saved before the option has none.
    var recipe = TrainingRecipe()
    #expect(recipe.rootPenalty == TrainingRecipe.autoRootPenalty && TrainingRecipe.stackRootPenalty > 0)
    #expect(recipe.config(for: task, family: .dcd, layers: 2, seed: 1).rootPenalty == TrainingRecipe.stackRootPenalty)
    #expect(recipe.config(for: task, family: .dcd, layers: 3, seed: 1).rootPenalty == TrainingRecipe.stackRootPenalty)
    #expect(recipe.config(for: task, family: .dcd, layers: 1, seed: 1).rootPenalty == nil)
    #expect(recipe.config(for: task, family: .real11, layers: 2, seed: 1).rootPenalty == nil)
    var json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(recipe)) as! [String: Any]
    #expect(json["rootPenaltyStart"] == nil)
    json["rootPenalty"] = nil
    let older = try JSONDecoder().decode(TrainingRecipe.self, from: JSONSerialization.data(withJSONObject: json))
    #expect(older.rootPenalty == nil && older.config(for: task, family: .dcd, layers: 2, seed: 1).rootPenalty == nil)
    recipe.rootPenalty = 0.3
    #expect(recipe.config(for: task, family: .dcd, layers: 1, seed: 1).rootPenalty == 0.3)
    recipe.rootPenalty = 0
    #expect(recipe.config(for: task, family: .dcd, layers: 1, seed: 1).rootPenalty == nil)
}
