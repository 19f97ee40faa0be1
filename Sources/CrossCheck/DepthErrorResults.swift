import Foundation

/// The exponent experiment (`tower crosscheck --task rotations --angle-scales ...`): dcd stacks of
/// each depth trained on the small-angle rotation task at each scale EPS, their error (RMSE of
/// |prediction - v_t| over the training window, model run in Double), and per depth the fitted
/// slope of log error against log EPS next to the predicted exponents.
public struct DepthErrorResults: Sendable, Codable, Equatable {
    public var angleScales: [Double]
    public var trainLength: Int
    /// Free letters of the task's generators (the rank of their span; 3 for +-L_x, L_y, L_z).
    public var letters: Int
    public var points: [Point]
    public var command: String?
    public var budget: CrossCheckResults.Budget?
    public var wallSeconds: Double?

    /// One (depth, scale) over its seeds.
    public struct Point: Sendable, Codable, Equatable {
        public var layers: Int
        public var angleScale: Double
        /// Window RMSE per seed, model in Double and in Float (same order as the budget's seeds).
        public var seedErrors: [Double]
        public var seedErrorsFloat: [Double]
        /// RMSE per position of the window (best seed, Double).
        public var perPosition: [Double]
        /// Set when the point is not fitted: why (see `DepthErrorResults.floorReason`).
        public var floor: String?

        public init(layers: Int, angleScale: Double, seedErrors: [Double], seedErrorsFloat: [Double], perPosition: [Double]) {
            self.layers = layers; self.angleScale = angleScale; self.seedErrors = seedErrors
            self.seedErrorsFloat = seedErrorsFloat; self.perPosition = perPosition
        }

        /// The smallest error over the seeds (NaN ignored; NaN when every seed is NaN).
        public var best: Double { seedErrors.filter { !$0.isNaN }.min() ?? .nan }
        /// The median over the seeds (mean of the middle two for an even count).
        public var median: Double {
            let s = seedErrors.filter { !$0.isNaN }.sorted()
            guard !s.isEmpty else { return .nan }
            return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
        }
    }

    /// Per depth, the fit and the predictions (the `exponents` array of crosscheck.json).
    public struct Exponent: Sendable, Codable, Equatable {
        public var layers: Int
        /// Slope of ln(best error) against ln(EPS) over the points not marked as floor.
        public var fitted: Double?
        public var ciLow: Double?
        public var ciHigh: Double?
        public var pointsFitted: Int
        /// c + 1 from the free Lie algebra's derived series (nil: none up to the computed degree).
        public var predictedAlgebra: Int?
        /// 2^(k-1) + 1, the paper's claim.
        public var predictedPaper: Int

        private enum CodingKeys: String, CodingKey { case layers, fitted, ciLow, ciHigh, pointsFitted, predictedAlgebra, predictedPaper }

        /// Every field, missing values as null (a fit of two points has no interval).
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(layers, forKey: .layers)
            try c.encode(fitted, forKey: .fitted)
            try c.encode(ciLow, forKey: .ciLow)
            try c.encode(ciHigh, forKey: .ciHigh)
            try c.encode(pointsFitted, forKey: .pointsFitted)
            try c.encode(predictedAlgebra, forKey: .predictedAlgebra)
            try c.encode(predictedPaper, forKey: .predictedPaper)
        }
    }

    public init(angleScales: [Double], trainLength: Int, letters: Int, points: [Point]) {
        self.angleScales = angleScales; self.trainLength = trainLength; self.letters = letters
        self.points = DepthErrorResults.markFloors(points)
    }

    /// The smallest error a fitted point may have: below it Float's resolution (about 1e-7 of the
    /// unit-length target, squared in the loss) is what the training sees, not the architecture.
    public static let floatFloor = 1e-6

    /// The local slope below which a point is at the optimiser's floor: halfway between 1 (an
    /// error that is a fixed fraction of one step EPS, what an optimiser that reaches a fixed
    /// relative precision leaves) and 2, the smallest exponent any depth is predicted to show.
    public static let floorSlope = 1.5

    /// Marks the points that are not fitted. Per depth, from the largest scale down: a point is
    /// "float floor" when its best error is below `floatFloor`, "optimiser floor" when its error
    /// fell with a local slope below `floorSlope` from the next larger scale (the error has
    /// stopped following any predicted law), and every point below a floor point is marked the
    /// same way. Non-finite errors are "diverged".
    public static func markFloors(_ points: [Point]) -> [Point] {
        var out = points
        for layers in Set(points.map(\.layers)) {
            let order = out.indices.filter { out[$0].layers == layers }.sorted { out[$0].angleScale > out[$1].angleScale }
            var previous: Point?, reached: String?
            for i in order {
                let p = out[i]
                if !p.best.isFinite {
                    out[i].floor = "diverged"
                    continue
                }
                if reached == nil {
                    if p.best < floatFloor {
                        reached = "float floor"
                    } else if let q = previous, log(q.best / p.best) / log(q.angleScale / p.angleScale) < floorSlope {
                        reached = "optimiser floor"
                    }
                }
                out[i].floor = reached
                previous = p
            }
        }
        return out
    }

    /// Per depth in increasing order: the fit over the unmarked points and the predicted exponents
    /// (`algebra(layers)` is `DepthErrorLaw.algebraExponent` for the task's letters).
    public func exponents(algebra: (Int) -> Int?, paper: (Int) -> Int) -> [Exponent] {
        Set(points.map(\.layers)).sorted().map { k in
            let fitted = points.filter { $0.layers == k && $0.floor == nil }
            let fit = SlopeFit(x: fitted.map { log($0.angleScale) }, y: fitted.map { log($0.best) })
            return Exponent(layers: k, fitted: fit?.slope, ciLow: fit?.ciLow, ciHigh: fit?.ciHigh, pointsFitted: fit?.points ?? 0,
                            predictedAlgebra: algebra(k), predictedPaper: paper(k))
        }
    }
}
