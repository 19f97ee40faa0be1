import Foundation
import LieAlgebras

/// `tower bench lie`: closure + derived series of seeded random matrix Lie algebras (`LieBenchCase`,
/// gl(n) and b(n) shapes), Tower in-process and, with `gap`, GAP reading the timed code at
/// `gapCode` (bench/gap/lie.g, its only copy), one GAP process per case.
public struct LieBenchmark {
    public var sizes: [Int]
    public var seed: UInt64
    public var gap: Bool
    public var gapTimeout: Double
    /// Run GAP on every size even after it timed out on a smaller one of the same shape.
    public var gapAll: Bool
    public var gapCode: String

    public init(sizes: [Int], seed: UInt64, gap: Bool, gapTimeout: Double, gapAll: Bool, gapCode: String) {
        (self.sizes, self.seed, self.gap, self.gapTimeout, self.gapAll, self.gapCode) = (sizes, seed, gap, gapTimeout, gapAll, gapCode)
    }

    /// Every case, in order: `progress` hears each run as it starts, `result` gets each case's
    /// result as soon as it is measured (the CLI writes it at once, so an interrupted run keeps
    /// the rows already measured).
    public func run(progress: (String) -> Void, result: (LieBenchCase.Result) throws -> Void) throws {
        var rng = SplitMix64(seed: seed)
        var cases: [LieBenchCase] = []
        for shape in LieBenchCase.Shape.allCases {
            for n in sizes { cases.append(LieBenchCase(shape: shape, n: n, rng: &rng)) }
        }
        var gapTimedOut: Set<LieBenchCase.Shape> = []
        let timedCode = URL(fileURLWithPath: gapCode).standardizedFileURL.path  // GAP runs in a temporary directory
        for c in cases {
            progress("bench lie: \(c.label) (Tower)")
            var measured = try c.runTower()
            if gap {
                if gapTimedOut.contains(c.shape), !gapAll {
                    measured.gap = .skipped("not run: GAP timed out at a smaller n")
                } else {
                    progress("bench lie: \(c.label) (GAP, timeout \(Int(gapTimeout)) s)")
                    measured.gap = c.runGAP(timeout: gapTimeout, timedCode: timedCode)
                    if case .timedOut = measured.gap { gapTimedOut.insert(c.shape) }
                }
            }
            try result(measured)
        }
    }
}
