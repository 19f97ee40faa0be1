import Exact
import Testing
@testable import Groups

/// Issue 18, item 7: a level whose orbit is too long for explicit rows keeps a Schreier tree
/// (`SchreierTree`): memory about linear in the degree for one long cycle, same answers.
@Suite struct SchreierTreeTests {
    private func cycle(_ points: Range<Int>, degree: Int) -> [Int32] {
        var t = (0..<Int32(degree)).map { $0 }
        for (i, p) in points.enumerated() { t[p] = Int32(points[points.startIndex + (i + 1) % points.count]) }
        return t
    }

    @Test func aLongCycleIsStoredAsAShallowTree() {
        let n = 20_000
        let g = cycle(0..<n, degree: n)
        let chain = SchreierSims.randomized([g], degree: n, seed: 1, knownOrder: BigIntOrder(value: BigInt(n)))
        #expect(chain.order == BigInt(n))
        #expect(chain.levels.count == 1)
        let level = chain.levels[0]
        #expect(level.inverseTransversal.isEmpty)  // no orbit x degree rows (1.6 GB here)
        let tree = level.tree
        #expect(tree != nil)
        // g, g^2, ..., g^(2^14): 15 labels of n entries, not 20,000 rows.
        #expect((tree?.inverseLabels.count ?? .max) <= 16)
        #expect(chain.contains(composeTables(composeTables(g, g), g)))
        #expect(!chain.contains(cycle(0..<2, degree: n)))
        #expect(chain.contains(inverseTable(g)))
    }

    @Test func treeLevelsGiveTheSameOrdersAsTheGroupEngine() {
        // C3000 x C3000 on 6000 points: both orbits are past the row limit (3000 x 6000 entries).
        let n = 6_000
        let a = cycle(0..<3000, degree: n), b = cycle(3000..<6000, degree: n)
        let ab = composeTables(a, b)
        let chain = SchreierSims.randomized([ab, a], degree: n, seed: 2, knownOrder: BigIntOrder(value: BigInt(9_000_000)))
        #expect(chain.order == BigInt(9_000_000))
        #expect(chain.levels.allSatisfy { $0.tree != nil })
        #expect(chain.contains(b))
        #expect(!chain.contains(cycle(0..<3, degree: n)))
        let group = PermutationGroup(tables: [ab, a], degree: n)
        #expect(group.order == BigInt(9_000_000))
        #expect(group.isAbelian)
        #expect(group.derivedLength == 1)
    }
}
