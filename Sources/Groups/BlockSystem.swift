import Exact

/// Block systems of a transitive permutation group, by Atkinson's algorithm (M. D. Atkinson,
/// "An algorithm for finding the blocks of a permutation group", Math. Comp. 29 (1975)).
///
/// The finest block system in which two points a and b lie in one block is the smallest
/// partition that joins a and b and is invariant under the generators: start from the classes
/// {a, b} and singletons, and whenever x and y are joined, join g(x) and g(y) for every
/// generator g (union-find). A transitive group is primitive iff for a fixed point 0 and every
/// other point a this closure is the whole set; block sizes divide the degree, so a transitive
/// group of prime degree is primitive without any closure.
enum BlockSystem {
    /// The finest block system joining `a` and `b`: a block number per point, blocks numbered
    /// 0, 1, ... in the order of their first point. `generators` must act transitively.
    static func minimal(joining a: Int, _ b: Int, generators: [[Int32]], degree n: Int) -> [Int] {
        var classes = UnionFind(count: n)
        _ = close(joining: a, b, generators: generators, classes: &classes, stopAtWhole: false)
        var number = [Int](repeating: -1, count: n)
        var blockOf = [Int](repeating: 0, count: n)
        var next = 0
        for x in 0..<n {
            let r = classes.find(x)
            if number[r] < 0 { number[r] = next; next += 1 }
            blockOf[x] = number[r]
        }
        return blockOf
    }

    /// Some block system with blocks of size strictly between 1 and n (block number per point),
    /// or nil when the transitive group is primitive. With generators of the stabilizer of the
    /// point 0, only one point a per orbit of that stabilizer is tried (the finest block system
    /// joining 0 and a is the same for a and its images under the stabilizer): about n times
    /// fewer closures for a group with few suborbits.
    static func nontrivial(generators: [[Int32]], degree n: Int, stabilizerOfZero: [[Int32]]? = nil) -> [Int]? {
        if n < 4 || NumberTheory.isPrime(n) { return nil }
        let candidates = stabilizerOfZero.map { suborbitRepresentatives($0, degree: n) } ?? Array(1..<n)
        for a in candidates {
            var classes = UnionFind(count: n)
            if close(joining: 0, a, generators: generators, classes: &classes, stopAtWhole: true) { continue }
            return minimal(joining: 0, a, generators: generators, degree: n)
        }
        return nil
    }

    /// One point of each orbit of `stabilizer` other than {0}.
    private static func suborbitRepresentatives(_ stabilizer: [[Int32]], degree n: Int) -> [Int] {
        var seen = [Bool](repeating: false, count: n)
        seen[0] = true
        var representatives: [Int] = []
        for a in 1..<n where !seen[a] {
            representatives.append(a)
            for x in orbitTables(of: a, generators: stabilizer, degree: n) { seen[x] = true }
        }
        return representatives
    }

    /// Whether a transitive group is primitive.
    static func isPrimitive(generators: [[Int32]], degree n: Int) -> Bool {
        nontrivial(generators: generators, degree: n) == nil
    }

    /// Closes `classes` after joining a and b; returns whether everything ended in one class
    /// (with `stopAtWhole`, it stops as soon as that is certain).
    private static func close(joining a: Int, _ b: Int, generators: [[Int32]], classes: inout UnionFind,
                              stopAtWhole: Bool) -> Bool {
        var queue: [(Int, Int)] = [(a, b)]
        if !classes.union(a, b) { return classes.count == 1 }
        while let (x, y) = queue.popLast() {
            for g in generators {
                let gx = Int(g[x]), gy = Int(g[y])
                if classes.union(gx, gy) {
                    if stopAtWhole && classes.count == 1 { return true }
                    queue.append((gx, gy))
                }
            }
        }
        return classes.count == 1
    }
}

/// Disjoint sets on 0..<count with path halving; `count` is the number of classes.
struct UnionFind {
    private var parent: [Int]
    private(set) var count: Int

    init(count n: Int) {
        parent = Array(0..<n)
        count = n
    }

    mutating func find(_ x: Int) -> Int {
        var x = x
        while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
        return x
    }

    /// Joins the classes of x and y; false when they were already one class.
    mutating func union(_ x: Int, _ y: Int) -> Bool {
        let rx = find(x), ry = find(y)
        if rx == ry { return false }
        parent[ry] = rx
        count -= 1
        return true
    }
}
