import Exact

/// A descending series of subgroups M_0 >= M_1 >= ... of a group with a pcgs, held as ONE
/// nested induced pcgs: at most one element per depth d, with depth d and leading exponent 1,
/// tagged with a level; M_j is the span of the elements of level >= j (their products by
/// increasing depth). One table of at most m elements holds every member, however long the
/// series, where member-by-member induced pcgs would hold the sum of the members' lengths
/// (about m c / 2 for a group of pcgs length m and class c: 262,000 elements of degree 1024
/// for the Sylow 2-subgroup of S_1024).
///
/// The series is defined by a rule: for an element t placed at level l, the elements that must
/// lie in which member (the lower central series: t^p in M_l, [t, g] in M_(l+1) for generators
/// g of G). `close` inserts the seeds and every rule's output until nothing new lands. An element
/// inserted at level j is sifted through the elements of level >= j; what is left is placed at
/// its depth with level j, and an element of lower level found there is displaced and inserted
/// again at its own level (it sifts past the new element, deeper). Every landing raises the sum
/// of the levels of the occupied depths (or occupies a new depth), so this terminates.
///
/// Why the members are groups: by induction from the deepest level, if M_(l+1) is a group normal
/// in G and every element t of level l has t^p in M_l and [t, g] in M_(l+1) for g generating G,
/// then t is central modulo M_(l+1), so the commutators of the level-l elements sift through
/// M_(l+1) and the span of level >= l is a group (Handbook of CGT, 8.3), normal in G. The rules
/// are checked for the final elements: while nothing is ever displaced, membership only grows
/// (a new depth does not change how an old member sifts); after a displacement every rule of
/// every element is checked again (`verify`), until a pass adds nothing.
struct LevelledPcgs {
    let pcgs: Pcgs
    /// depth -> element (leading exponent 1), nil where no member has an element of that depth.
    private(set) var table: [[Int32]?]
    private var inverses: [[Int32]?]
    /// depth -> level of the element there, -1 where empty.
    private(set) var levels: [Int]
    /// Per depth: how many leading base points the element fixes (dividing by it keeps that
    /// much of a sift's stripping stack).
    private var fixedBasePrefix: [Int]
    /// Levels above this bound mean the series does not reach 1 within it: `close` gives up.
    let levelBound: Int
    /// The elements an element t placed at a level must have in which members: (element, level).
    /// (element, its depth, its level, the table) -> (element, level) pairs.
    let rule: (_ t: [Int32], _ depth: Int, _ level: Int, _ table: LevelledPcgs) -> [([Int32], Int)]
    private var displaced = false
    /// A guess, per depth, of the level of its final element (`Pcgs.radicalLevels`): an element
    /// that would land below that level waits until an element lands there, instead of being
    /// placed and displaced later. Only the order of the work depends on it.
    var expectedLevels: [Int]?

    init(pcgs: Pcgs, levelBound: Int, rule: @escaping ([Int32], Int, Int, LevelledPcgs) -> [([Int32], Int)]) {
        self.pcgs = pcgs
        self.levelBound = levelBound
        self.rule = rule
        table = Array(repeating: nil, count: pcgs.length)
        inverses = table
        levels = Array(repeating: -1, count: pcgs.length)
        fixedBasePrefix = Array(repeating: 0, count: pcgs.length)
    }

    /// The number of members down to the trivial one: one more than the deepest level.
    var memberCount: Int { (levels.max() ?? -1) + 2 }

    /// The depths of M_j.
    func depths(ofMember j: Int) -> [Int] { levels.indices.filter { levels[$0] >= j } }

    /// The induced pcgs of M_j (its elements by increasing depth).
    func elements(ofMember j: Int) -> [[Int32]] { depths(ofMember: j).map { table[$0]! } }

    func order(ofMember j: Int) -> BigInt { productOfRelativeOrders(depths(ofMember: j).map { pcgs.relativeOrders[$0] }) }

    /// Whether M_l contains the tail G_start: every depth from start on holds an element of level
    /// >= l (an element of G_start sifts to 1 through them). Once true it stays true: a depth's
    /// level only grows. Rules use it to skip outputs known to lie in a member.
    func holdsTail(from start: Int, atLevel l: Int) -> Bool {
        levels[start...].allSatisfy { $0 >= l }
    }

    /// The depths of the elements placed at exactly level l.
    func depths(atLevel l: Int) -> [Int] { levels.indices.filter { levels[$0] == l } }

    /// The elements placed at exactly level l.
    func elements(atLevel l: Int) -> [[Int32]] { levels.indices.filter { levels[$0] == l }.map { table[$0]! } }

    /// Inserts the seeds at their levels and closes under the rule; false when a level passes
    /// `levelBound` (the series does not end at 1 within it).
    ///
    /// A displaced element is inserted again without its rule: it lands as t' = t u with u a
    /// product of elements of level >= its level, whose rule outputs, with t's (queued when t
    /// was placed), imply t''s while the deeper members are groups normal in G. `verify` checks
    /// every rule of the final elements, and the seeds, so nothing rests on that argument.
    mutating func close(_ seeds: [([Int32], Int)]) -> Bool {
        // The deepest level first: an element meets the deeper members complete as far as the
        // queue knows them, so fewer land too high and are displaced (with seeds at their known
        // levels, Sylow2(S512): 42,153 -> 13,149 placements). The order does not change the
        // result. Each entry: element, level, whether its rule is still to be applied.
        var queue = LevelQueue()
        for (x, l) in seeds.reversed() { queue.push(x, l, true) }
        // Per depth: the entries waiting for an element of their expected level there.
        var waiting = [[([Int32], Int, Bool)]](repeating: [], count: table.count)
        var expected = expectedLevels
        while true {
            while let (x, l, rules) = queue.pop() {
                if l > levelBound { return false }
                guard let (t, d) = sift(x, level: l) else { continue }
                if let expected, l < expected[d] {
                    waiting[d].append((x, l, rules))
                    continue
                }
                if let old = table[d] {
                    // The same element found again at a deeper level only moves down.
                    if old != t { queue.push(old, levels[d], false) }
                    displaced = true
                }
                place(t, at: d, level: l)
                for (w, k, r) in waiting[d] { queue.push(w, k, r) }
                waiting[d] = []
                if rules { for (w, k) in rule(t, d, l, self).reversed() { queue.push(w, k, true) } }
            }
            if expected != nil, waiting.contains(where: { !$0.isEmpty }) {
                // The guess was too deep somewhere: place what waits, without guesses.
                expected = nil
                for d in waiting.indices { for (w, k, r) in waiting[d] { queue.push(w, k, r) } }
                waiting = Array(repeating: [], count: table.count)
                continue
            }
            if !displaced { return true }
            displaced = false
            let failing = verify() + seeds.filter { sift($0.0, level: $0.1) != nil }
            if failing.isEmpty { return true }
            for (w, k) in failing { queue.push(w, k, true) }
        }
    }

    /// Every rule output of every element that does not sift into its member.
    private func verify() -> [([Int32], Int)] {
        var failing: [([Int32], Int)] = []
        for d in table.indices {
            guard let t = table[d] else { continue }
            for (w, l) in rule(t, d, levels[d], self) where sift(w, level: l) != nil { failing.append((w, l)) }
        }
        return failing
    }

    private mutating func place(_ t: [Int32], at d: Int, level l: Int) {
        table[d] = t
        inverses[d] = inverseTable(t)
        levels[d] = l
        fixedBasePrefix[d] = pcgs.fixedBasePrefix(of: t)
    }

    /// The inverse of the element at depth d and how many leading base points it fixes, when
    /// that element has level >= l (a divisor for `Pcgs.sift`).
    func divisor(atDepth d: Int, fromLevel l: Int) -> (inverse: [Int32], fixedBasePrefix: Int)? {
        levels[d] >= l ? (inverses[d]!, fixedBasePrefix[d]) : nil
    }

    /// The exponents of x over the elements, one per depth (x = the product of their powers
    /// by increasing depth), when every depth holds one; nil when x is not in the group.
    func exponents(of x: [Int32]) -> [Int]? {
        var x = x
        var exponents = [Int](repeating: 0, count: pcgs.length)
        var stack = pcgs.newStrippingStack()
        var start = 0
        while true {
            guard let (d, e) = pcgs.leadingExponentIfMember(of: x, from: start, below: pcgs.length, stack: &stack) else { return nil }
            if d == pcgs.length { return isIdentityTable(x) ? exponents : nil }
            guard let inverse = inverses[d] else { return nil }
            exponents[d] = e
            // x <- t^-e x (apply t^-e first), as `Pcgs.exponents` divides by g_d.
            x = composeTables(smallPower(inverse, e), x)
            stack.removeLast(max(0, stack.count - fixedBasePrefix[d] - 1))
            start = d + 1
        }
    }

    /// Divides x by the elements of level >= l until it is the identity (nil: x lies in M_l) or
    /// reaches a depth without one; returns it there with leading exponent 1.
    /// The sift stops at the first derived tail that M_l holds (`holdsTail`): what is left of x
    /// lies in it.
    func sift(_ x: [Int32], level l: Int) -> (element: [Int32], depth: Int)? {
        var stop = pcgs.length
        for start in pcgs.derivedStarts.reversed().dropFirst() {
            guard holdsTail(from: start, atLevel: l) else { break }
            stop = start
        }
        return pcgs.sift(x, below: stop) { d in levels[d] >= l ? (inverses[d]!, fixedBasePrefix[d]) : nil }
    }
}

/// The work list of `LevelledPcgs.close`: the deepest level first, last in first out within a
/// level (one stack per level).
private struct LevelQueue {
    private var buckets: [[([Int32], Int, Bool)]] = []
    private var top = -1

    mutating func push(_ x: [Int32], _ l: Int, _ rules: Bool) {
        while buckets.count <= l { buckets.append([]) }
        buckets[l].append((x, l, rules))
        top = max(top, l)
    }

    mutating func pop() -> ([Int32], Int, Bool)? {
        while top >= 0 {
            if let item = buckets[top].popLast() { return item }
            top -= 1
        }
        return nil
    }
}
