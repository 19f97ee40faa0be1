/// A member G^(i) of the derived series of a group with a pcgs, spanned by words over given
/// elements of it: the certificate builder's membership programs, read from the pcgs instead of
/// a stabilizer chain of words.
///
/// Entries `0..<inputCount` are the given elements; every later entry is a line over earlier
/// ones, flat `[entry, exponent, ...]` (the certificates' program form), with its value. The
/// table holds at most one entry per depth d of G^(i), of depth d and leading exponent 1.
///
/// `init` fills the depths of the derived layers i and i+1 only, by the induced-pcgs sift
/// modulo G^(i+2): a candidate is divided by the table entries at its leading depths (the
/// quotient is one line: the divisions, then the candidate's word) until it reaches a free
/// depth, where it is stored (raised to the power that makes its leading exponent 1: a second
/// line), or lies in G^(i+2), where it is dropped; each stored entry queues its p-th power and
/// its commutators with the inputs; when the queue runs dry short of the two layers, the
/// commutators between stored entries too (the textbook closure, exact modulo G^(i+2): elements
/// of G^(i+2), normal in G, never bring anything into the layers above it). Filling stops when
/// both layers are full (`isFilled`): the inputs then generate G^(i) modulo G^(i+2).
///
/// The deeper depths come from the next member's table (`attach`), built over this table's
/// layer-(i+1) entries (`nextGenerators`): its lines are copied with its inputs renumbered.
/// Attached all the way down, the table is an induced pcgs of G^(i) made of words in the
/// inputs (so they generate G^(i)), and every element of G^(i) is one line over it (`express`).
/// Each fill sifts through two layers only, where a fill of the whole member would sift every
/// candidate through all of them.
public struct PcgsWords {
    public let inputCount: Int
    /// Lines defining entries `inputCount...`.
    public private(set) var lines: [[Int]] = []
    /// The values of all entries (inputs first).
    public private(set) var values: [Permutation]
    private let pcgs: Pcgs
    private let start: Int
    /// The first depth of layer i+1: commutators of elements of G^(i) lie in G^(i+1), so their
    /// sift starts there.
    private let nextLayer: Int
    /// The end of layer i+1 (where the fill stops) and of layer i+2.
    private let stop: Int
    private let nextStop: Int
    /// depth - start -> entry, -1 where free.
    private var entryAt: [Int]
    private var inverses: [[Int32]?]
    private var fixedPrefix: [Int]
    /// Depths from here to `stop` are all occupied: a sift stops there.
    private var completeFrom: Int

    /// Whether the depths of layers i and i+1 are all occupied.
    public var isFilled: Bool { completeFrom == start }

    /// `generators`: elements of G^(member) (the derived series of `group` as the pcgs gives it).
    /// nil when the group has no pcgs or `member` is not below the derived length.
    public init?(group: PermutationGroup, derivedMember member: Int, generators: [Permutation]) {
        guard let pcgs = group.pcgs, member >= 0, member + 1 < pcgs.derivedStarts.count else { return nil }
        self.pcgs = pcgs
        let starts = pcgs.derivedStarts
        start = starts[member]
        nextLayer = starts[member + 1]
        stop = starts[min(member + 2, starts.count - 1)]
        nextStop = starts[min(member + 3, starts.count - 1)]
        inputCount = generators.count
        values = generators.map { $0.extended(to: pcgs.degree) }
        entryAt = Array(repeating: -1, count: pcgs.length - start)
        inverses = Array(repeating: nil, count: pcgs.length - start)
        fixedPrefix = Array(repeating: 0, count: pcgs.length - start)
        completeFrom = stop
        fill()
    }

    /// The entries at the depths of layer i+1, in order: generators of G^(i+1) modulo G^(i+2)
    /// (of G^(i+1) in a nilpotent group), the inputs of the next member's table.
    public var nextGenerators: [Permutation] { nextGeneratorEntries.map { values[$0] } }

    /// The entries `nextGenerators` are.
    public var nextGeneratorEntries: [Int] {
        return (nextLayer..<stop).map { entryAt[$0 - start] }
    }

    /// Takes the deeper depths from `below`, the next member's table built over
    /// `nextGenerators` (and itself attached further down): its lines are appended with its
    /// inputs renamed to this table's layer-(i+1) entries. false (and nothing changed) when
    /// `below` is not such a table.
    public mutating func attach(_ below: PcgsWords) -> Bool {
        let layerStart = below.start
        guard layerStart > start, layerStart <= stop, below.inputCount == stop - layerStart, below.stop == nextStop else { return false }
        var rename = (layerStart..<stop).map { entryAt[$0 - start] }
        guard !rename.contains(-1) else { return false }
        let offset = values.count - below.inputCount
        rename += (below.inputCount..<below.values.count).map { $0 + offset }
        for line in below.lines {
            var renamed = line
            for k in stride(from: 0, to: line.count, by: 2) { renamed[k] = rename[line[k]] }
            lines.append(renamed)
        }
        values += below.values[below.inputCount...]
        for d in stop..<pcgs.length where below.entryAt[d - layerStart] >= 0 {
            entryAt[d - start] = rename[below.entryAt[d - layerStart]]
            inverses[d - start] = below.inverses[d - layerStart]
            fixedPrefix[d - start] = below.fixedPrefix[d - layerStart]
        }
        return true
    }

    /// g as one line over the table's entries (the product of their powers by increasing
    /// depth), nil when g is not in the span of the table (not in G^(i) when attached down).
    public func express(_ g: Permutation) -> [Int]? {
        guard g.largestMovedPointPlusOne <= pcgs.degree else { return nil }
        var x = g.extended(to: pcgs.degree).table
        var word: [Int] = []
        // From G^(i)'s first depth: the divisions are by table elements, so a residue of 1 at
        // the end means g is their product (an element outside G^(i) never gets there).
        var from = start
        var stack = pcgs.newStrippingStack()
        while true {
            guard let (d, e) = pcgs.leadingExponentIfMember(of: x, from: from, below: pcgs.length, stack: &stack) else { return nil }
            // At the end the residue lies in G_m = 1 when g lies in G.
            if d == pcgs.length { return isIdentityTable(x) ? word : nil }
            let k = d - start
            guard k >= 0, entryAt[k] >= 0 else { return nil }
            x = composeTables(smallPower(inverses[k]!, e), x)
            stack.removeLast(max(0, stack.count - fixedPrefix[k] - 1))
            word += [entryAt[k], e]
            from = d + 1
        }
    }

    // MARK: Filling

    /// A candidate: its word over entries (stored as a line only when it lands) and its value.
    private typealias Candidate = (word: [Int], value: [Int32])

    private mutating func fill() {
        // Words only: the values are computed when a candidate's turn comes (a queue of values
        // would hold one permutation per pending power and commutator).
        var queue: [[Int]] = (0..<inputCount).map { [$0, 1] }
        var next = 0
        var pairsQueued = false
        while !isFilled {
            if next == queue.count {
                // The queue ran dry short of the order: the commutators of stored entries too.
                if pairsQueued { return }
                pairsQueued = true
                let stored = entryAt.filter { $0 >= 0 }
                for (a, u) in stored.enumerated() {
                    for v in stored[(a + 1)...] { queue.append([u, -1, v, -1, u, 1, v, 1]) }
                }
                continue
            }
            let word = queue[next]
            next += 1
            // A commutator lies in layer i+1 or deeper: nothing to compute once that is full.
            if word.count == 8 && nextLayer >= completeFrom { continue }
            guard let (t, d) = place((word, value(of: word))) else { continue }
            queue.append([t, pcgs.relativeOrders[d]])
            for y in 0..<inputCount { queue.append([t, -1, y, -1, t, 1, y, 1]) }
        }
    }

    /// The value of a queued word: an input, a power or a commutator of entries.
    private func value(of word: [Int]) -> [Int32] {
        let u = values[word[0]].table
        if word.count == 2 { return smallPower(u, word[1]) }
        return commutatorTable(u, values[word[2]].table)
    }

    /// Sifts a candidate; stores the quotient at its free depth (one line: the divisions, then
    /// the candidate's word; a second one for the power with leading exponent 1) and returns
    /// its entry and depth, or nil when it sifts into the occupied part.
    private mutating func place(_ candidate: Candidate) -> (entry: Int, depth: Int)? {
        var x = candidate.value
        if isIdentityTable(x) { return nil }
        var divisions: [Int] = []
        var from = candidate.word.count == 8 ? nextLayer : start
        if from >= completeFrom { return nil }
        var stack = pcgs.newStrippingStack()
        while true {
            let (d, ex) = pcgs.leadingExponent(of: x, from: from, below: completeFrom, stack: &stack)
            if d == completeFrom { return nil }
            let k = d - start
            if entryAt[k] >= 0 {
                x = composeTables(smallPower(inverses[k]!, ex), x)
                stack.removeLast(max(0, stack.count - fixedPrefix[k] - 1))
                divisions = [entryAt[k], -ex] + divisions
                from = d + 1
                continue
            }
            let word = divisions + candidate.word
            var entry = word.count == 2 && word[1] == 1 ? word[0] : append(word, value: x)
            let p = pcgs.relativeOrders[d]
            var power = 1
            while (power * ex) % p != 1 { power += 1 }
            if power != 1 {
                x = smallPower(x, power)
                entry = append([entry, power], value: x)
            }
            entryAt[k] = entry
            inverses[k] = inverseTable(x)
            fixedPrefix[k] = pcgs.fixedBasePrefix(of: x)
            while completeFrom > start && entryAt[completeFrom - 1 - start] >= 0 { completeFrom -= 1 }
            return (entry, d)
        }
    }

    private mutating func append(_ word: [Int], value: [Int32]) -> Int {
        lines.append(word)
        values.append(Permutation(table: value))
        return values.count - 1
    }
}
