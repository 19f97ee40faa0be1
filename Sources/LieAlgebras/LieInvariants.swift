/// The numbers a depth question needs, computed once for an algebra.
///
/// A stack of k abelian layers reaches exactly the solvable algebras of derived length <= k, so
/// `predictedDepth` is the derived length (nil: no finite stack is exact).
public struct LieInvariants: Sendable, Equatable {
    public let matrixSize: Int
    public let dimension: Int
    public let derivedSeriesDimensions: [Int]
    public let lowerCentralSeriesDimensions: [Int]
    public let upperCentralSeriesDimensions: [Int]
    public let derivedLength: Int?
    public let nilpotencyClass: Int?
    public let centreDimension: Int
    public let killingRank: Int
    public let radicalDimension: Int
    public let isAbelian: Bool

    public var isSolvable: Bool { derivedLength != nil }
    public var isNilpotent: Bool { nilpotencyClass != nil }
    /// Cartan's criterion (the zero algebra counts as semisimple).
    public var isSemisimple: Bool { killingRank == dimension }
    public var predictedDepth: Int? { derivedLength }

    public init(of algebra: MatrixLieAlgebra) {
        matrixSize = algebra.size
        dimension = algebra.dimension
        let derived = algebra.derivedSeries()
        derivedSeriesDimensions = derived.map(\.dimension)
        derivedLength = derived.last!.dimension == 0 ? derived.count - 1 : nil
        let lower = algebra.lowerCentralSeries()
        lowerCentralSeriesDimensions = lower.map(\.dimension)
        nilpotencyClass = lower.last!.dimension == 0 ? lower.count - 1 : nil
        let upper = algebra.upperCentralSeries()
        upperCentralSeriesDimensions = upper.map(\.dimension)
        centreDimension = upper.count >= 2 ? upper[1].dimension : 0
        let killing = algebra.killingMatrix()
        killingRank = LinearAlgebra.rank(killing, columns: algebra.dimension)
        radicalDimension = algebra.radical(killing: killing, derived: derived.count > 1 ? derived[1] : derived[0]).dimension
        isAbelian = algebra.isAbelian
    }
}
