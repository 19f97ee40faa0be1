import Exact
import Groups

/// A stabilizer chain whose transversal elements and strong generators are all entries of a
/// `TrackedProgram` over the group's generators, so that sifting an element of the group
/// yields a straight-line program for it.
///
/// Built by random Schreier-Sims with a known order: random elements (recorded as words) are
/// sifted and their non-trivial residues become strong generators until the product of the
/// orbit lengths reaches the order. The order comes from `Groups` (a verified chain), so the
/// result is complete; and in any case the certificate checker never trusts this chain.
final class WordStabilizerChain {
    let program: TrackedProgram
    private var levels: [Level] = []

    private struct Level {
        let base: Int
        var generators: [Int] = []
        /// Program entry of the element mapping `base` to each orbit point; -1 outside the orbit,
        /// -2 for the base point itself (the identity, never multiplied).
        var transversal: [Int]
        var orbit: [Int]
    }

    /// - Parameters:
    ///   - program: a program whose inputs generate the group.
    ///   - order: the exact order of that group.
    init(program: TrackedProgram, order: BigInt, seed: UInt64) throws {
        self.program = program
        for e in 0..<program.inputCount { addResidue(of: e) }
        var random = RandomWords(program: program, generators: Array(0..<program.inputCount), seed: seed)
        var failures = 0
        while currentOrder < order {
            if addResidue(of: random.next()) {
                failures = 0
            } else {
                failures += 1
                if failures > 500 {
                    throw BuilderError("random Schreier-Sims stalled at order \(currentOrder), expected \(order)")
                }
            }
        }
        guard currentOrder == order else {
            throw BuilderError("random Schreier-Sims overshot: order \(currentOrder), expected \(order)")
        }
    }

    var currentOrder: BigInt {
        levels.reduce(BigInt.one) { $0 * BigInt($1.orbit.count) }
    }

    /// The entry of a new program line equal to `g`, or nil when `g` is not in the group.
    func express(_ g: Permutation) -> Int? {
        let (residue, _, factors) = sift(g)
        guard residue.isIdentity else { return nil }
        // g = u_k ... u_1 when the sift divided by u_1, then u_2, ...
        var word: [Int] = []
        for u in factors.reversed() { word += [u, 1] }
        return program.append(word, value: g)
    }

    // MARK: Construction

    /// Sifts `g` = h u_1 ... and returns the residue h, the level where sifting stopped and
    /// the transversal entries u_1, u_2, ... it divided by.
    private func sift(_ g: Permutation) -> (Permutation, Int, [Int]) {
        var h = g
        var factors: [Int] = []
        for (i, level) in levels.enumerated() {
            let p = h.image(of: level.base)
            let u = level.transversal[p]
            if u == -1 { return (h, i, factors) }
            if u >= 0 {
                h = h * program.inverseValue(u)
                factors.append(u)
            }
        }
        return (h, levels.count, factors)
    }

    /// Sifts the element of entry `e`; a non-trivial residue becomes a strong generator.
    @discardableResult
    private func addResidue(of e: Int) -> Bool {
        let (residue, depth, factors) = sift(program.value(e))
        if residue.isIdentity { return false }
        var word = [e, 1]
        for u in factors { word += [u, -1] }
        let r = program.append(word, value: residue)
        if depth == levels.count {
            let base = (0..<program.degree).first { residue.image(of: $0) != $0 }!
            var transversal = [Int](repeating: -1, count: program.degree)
            transversal[base] = -2
            levels.append(Level(base: base, transversal: transversal, orbit: [base]))
        }
        for i in 0...depth { extendOrbit(of: i, with: r) }
        return true
    }

    /// Adds a generator to a level and closes the orbit under the enlarged generating set.
    private func extendOrbit(of i: Int, with s: Int) {
        levels[i].generators.append(s)
        let sValue = program.value(s)
        let oldCount = levels[i].orbit.count
        for k in 0..<oldCount { visit(levels[i].orbit[k], s, sValue, level: i) }
        var k = oldCount
        while k < levels[i].orbit.count {
            let q = levels[i].orbit[k]
            for g in levels[i].generators { visit(q, g, program.value(g), level: i) }
            k += 1
        }
    }

    private func visit(_ q: Int, _ g: Int, _ gValue: Permutation, level i: Int) {
        let p = gValue.image(of: q)
        if levels[i].transversal[p] != -1 { return }
        let tq = levels[i].transversal[q]
        let entry = tq == -2 ? g : program.append([tq, 1, g, 1], value: program.value(tq) * gValue)
        levels[i].transversal[p] = entry
        levels[i].orbit.append(p)
    }
}
