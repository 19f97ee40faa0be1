import Exact
import Foundation
import LieAlgebras
import SequenceModels

extension CrossCheckRunner {
    /// The exponent experiment: dcd stacks of each depth trained at each angle scale with the
    /// budget's recipe and seeds, each measured by `RotationErrorProfile` at the training length on
    /// the recipe's evaluation sequences. A run whose loss turns non-finite is measured at its last
    /// good state (the error says how good that was).
    public func depthError(scales: [Double], depths: [Int]) throws -> DepthErrorResults {
        var points: [DepthErrorResults.Point] = []
        var recipe = budget.recipe
        recipe.guidanceWeight = 0
        for depth in depths {
            for eps in scales {
                let task = SmallRotationTask(angleScale: eps)
                let model = recipe.model(for: task, family: .dcd, layers: depth)
                var double: [Double] = [], float: [Double] = [], best: RotationErrorProfile?
                for seed in budget.seeds {
                    let config = recipe.config(model: model, seed: seed)
                    let trainer = try Trainer(task: task, config: config)
                    onStart("rotations eps \(eps) dcd x\(depth) seed \(seed)")
                    let trained: SequenceModel
                    do {
                        trained = try trainer.train(progress: progress).model
                    } catch TrainingError.nonFiniteLoss(_, _, let lastGood) {
                        trained = lastGood.model
                    }
                    onFinish()
                    let profile = RotationErrorProfile(model: trained, task: task, length: config.trainLength,
                                                       sequences: recipe.evalSequences, seed: seed, form: config.form)
                    double.append(profile.windowDouble)
                    float.append(profile.windowFloat)
                    if best.map({ !(profile.windowDouble >= $0.windowDouble) }) ?? true { best = profile }
                }
                points.append(.init(layers: depth, angleScale: eps, seedErrors: double, seedErrorsFloat: float,
                                    perPosition: best?.perPositionDouble ?? []))
            }
        }
        var results = DepthErrorResults(angleScales: scales, trainLength: recipe.trainLength,
                                        letters: DepthErrorLaw.letters(of: Self.smallRotationGenerators), points: points)
        results.budget = budget
        return results
    }

    /// The task's generators +-L_x, +-L_y, +-L_z as exact matrices.
    public static var smallRotationGenerators: [RationalMatrix] {
        SmallRotationTask.generators.map { m in RationalMatrix(integers: (0..<3).map { i in (0..<3).map { Int(m[i * 3 + $0]) } }) }
    }

    /// Per depth: the fit and both predicted exponents for the task's generators.
    public static func exponents(of results: DepthErrorResults) -> [DepthErrorResults.Exponent] {
        results.exponents(algebra: { DepthErrorLaw.algebraExponent(letters: results.letters, layers: $0) },
                          paper: DepthErrorLaw.paperExponent(layers:))
    }
}
