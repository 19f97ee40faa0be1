import Foundation

/// The continuous task: error of dcd stacks on products of icosahedral rotations against depth,
/// with the Lie-algebra facts that predict it.
public struct RotationResults: Sendable, Codable, Equatable {
    /// so(3) facts computed by the LieAlgebras module.
    public var algebra: String
    public var dimension: Int
    public var solvable: Bool
    public var derivedSeriesDimensions: [Int]
    /// Per depth: mean squared error at the training length (best seed).
    public var depths: [DepthError]
    /// Least-squares slope of ln(mse) against depth.
    public var fittedSlope: Double?

    public struct DepthError: Sendable, Codable, Equatable {
        public var depth: Int
        public var mse: Double
        /// 2^(k-1) + 1: the local error exponent O(eps^(2^(k-1)+1)) of a k-layer stack for a
        /// non-solvable target.
        public var predictedExponent: Int
        public init(depth: Int, mse: Double) {
            self.depth = depth; self.mse = mse
            predictedExponent = (1 << (depth - 1)) + 1
        }
    }

    public init(algebra: String, dimension: Int, solvable: Bool, derivedSeriesDimensions: [Int], depths: [DepthError]) {
        self.algebra = algebra; self.dimension = dimension; self.solvable = solvable
        self.derivedSeriesDimensions = derivedSeriesDimensions; self.depths = depths
        fittedSlope = RotationResults.slope(depths.filter { $0.mse > 0 }.map { (Double($0.depth), log($0.mse)) })
    }

    static func slope(_ points: [(Double, Double)]) -> Double? {
        guard points.count >= 2 else { return nil }
        let n = Double(points.count)
        let mx = points.map(\.0).reduce(0, +) / n, my = points.map(\.1).reduce(0, +) / n
        let sxx = points.map { ($0.0 - mx) * ($0.0 - mx) }.reduce(0, +)
        guard sxx > 0 else { return nil }
        return points.map { ($0.0 - mx) * ($0.1 - my) }.reduce(0, +) / sxx
    }
}
