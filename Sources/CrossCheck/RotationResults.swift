import Foundation
import LieAlgebras

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
    /// The command and budget of the rotation runs (they may differ from the word problems').
    public var command: String?
    public var budget: CrossCheckResults.Budget?
    public var wallSeconds: Double?

    public struct DepthError: Sendable, Codable, Equatable {
        public var depth: Int
        public var mse: Double
        /// 2^(k-1) + 1: the local error exponent O(eps^(2^(k-1)+1)) of a k-layer stack for a
        /// non-solvable target.
        public var predictedExponent: Int
        public init(depth: Int, mse: Double) {
            self.depth = depth; self.mse = mse
            predictedExponent = DepthErrorLaw.paperExponent(layers: depth)
        }
    }

    public init(algebra: String, dimension: Int, solvable: Bool, derivedSeriesDimensions: [Int], depths: [DepthError]) {
        self.algebra = algebra; self.dimension = dimension; self.solvable = solvable
        self.derivedSeriesDimensions = derivedSeriesDimensions; self.depths = depths
        let fitted = depths.filter { $0.mse > 0 }
        fittedSlope = SlopeFit(x: fitted.map { Double($0.depth) }, y: fitted.map { log($0.mse) })?.slope
    }
}
