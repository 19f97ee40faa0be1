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

    @Test func aTreeGrowsThroughPrimeStepsWithoutARebuild() {
        // C20000 (2^5 5^4) on 20000 points, built as GroupReport's series do: g^(n/2), then
        // g^(n/4), ..., one normalizing generator per prime step. Past the row limit the level
        // keeps a tree, extended by each step's powers (SchreierTree.extend) instead of rebuilt
        // from every generator's powers.
        let n = 20_000
        let g = cycle(0..<n, degree: n)
        func power(_ e: Int) -> [Int32] {
            var r = (0..<Int32(n)).map { $0 }, b = g, e = e
            while e > 0 { if e & 1 == 1 { r = composeTables(r, b) }; b = composeTables(b, b); e >>= 1 }
            return r
        }
        let chain = StabilizerChain(degree: n)
        var index = n, extended = 0
        for p in [2, 2, 2, 2, 2, 5, 5, 5, 5] {
            index /= p
            let labelsBefore = chain.levels.first?.tree?.inverseLabels.count
            chain.addGenerator(power(index), at: 0, normalizing: true)
            #expect(chain.order == BigInt(n / index))
            // Once the level is a tree (orbit 800: 800 x 20000 entries pass the row limit), a
            // step of prime p adds the powers z, z^2, ... below p: 1 label for 2, 3 for 5. A
            // rebuild would take every generator's powers again (about 9 x 15 labels).
            if let before = labelsBefore, let after = chain.levels[0].tree?.inverseLabels.count {
                #expect(after - before == (p == 2 ? 1 : 3))
                extended += 1
            }
        }
        #expect(index == 1 && extended == 2 && chain.levels.count == 1)
        let level = chain.levels[0]
        let tree = try! #require(level.tree)
        #expect(tree.parent.count == n && level.orbit.count == n)
        var deepest = 0
        for k in 0..<n {
            var depth = 0, j = k
            while j > 0 { j = Int(tree.parent[j]); depth += 1 }
            deepest = max(deepest, depth)
        }
        #expect(deepest <= 2 * 15)   // logarithmic, not the cycle's 20000
        for e in stride(from: 1, to: n, by: 397) { #expect(chain.contains(power(e))) }
        #expect(!chain.contains(cycle(0..<2, degree: n)))
        #expect(!chain.contains(cycle(0..<n - 1, degree: n)))
    }
}
