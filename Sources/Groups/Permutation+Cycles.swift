import Exact

extension Permutation {
    /// The non-trivial cycles as 0-based point lists, each starting at its smallest point,
    /// ordered by that point.
    public var cycles: [[Int]] {
        var seen = [Bool](repeating: false, count: degree)
        var result: [[Int]] = []
        for start in 0..<degree where !seen[start] && table[start] != Int32(start) {
            var cycle: [Int] = []
            var p = start
            while !seen[p] {
                seen[p] = true
                cycle.append(p)
                p = Int(table[p])
            }
            result.append(cycle)
        }
        return result
    }

    /// Cycle type: length -> number of cycles of that length (fixed points counted as 1-cycles
    /// up to the degree).
    public var cycleStructure: [Int: Int] {
        var counts: [Int: Int] = [:]
        var moved = 0
        for c in cycles {
            counts[c.count, default: 0] += 1
            moved += c.count
        }
        if degree > moved { counts[1] = degree - moved }
        return counts
    }

    /// The order: lcm of the cycle lengths. Traps only if it overflows `Int`, which needs a
    /// degree in the hundreds; use `orderBig` there.
    public var order: Int {
        var result = 1
        for length in Set(cycles.map(\.count)) {
            result = result / NumberTheory.gcd(result, length) * length
        }
        return result
    }

    /// The order as an exact integer, for any degree.
    public var orderBig: BigInt {
        var result = BigInt.one
        for length in Set(cycles.map(\.count)) {
            let l = BigInt(length)
            result = result / BigInt.gcd(result, l) * l
        }
        return result
    }

    /// +1 for even permutations, -1 for odd ones.
    public var sign: Int {
        cycles.reduce(1) { $1.count % 2 == 0 ? -$0 : $0 }
    }
}
