import Certificates
import Groups

/// A nested commutator whose leaves are entries of a `TrackedProgram`, with its value.
///
/// Conjugation is kept symbolic until the commutator is written out (`written`, `evidence`):
/// [x, y]^u = [x^u, y^u], so a conjugated commutator has the same shape (and the depth or weight
/// the checker reads off) with conjugated leaves, but writing those leaves costs a program line
/// each, and the builders conjugate many commutators of which they write few.
struct NestedCommutator {
    indirect enum Tree {
        case leaf(Int)
        case bracket(Tree, Tree)
        /// The tree conjugated by an entry of the program.
        case conjugated(Tree, Int)
    }

    var tree: Tree
    var value: Permutation

    static func leaf(_ e: Int, in program: TrackedProgram) -> NestedCommutator {
        NestedCommutator(tree: .leaf(e), value: program.value(e))
    }

    /// [a, b].
    static func bracket(_ a: NestedCommutator, _ b: NestedCommutator) -> NestedCommutator {
        NestedCommutator(tree: .bracket(a.tree, b.tree), value: a.value.commutator(with: b.value))
    }

    /// The commutator conjugated by the entry u.
    func conjugated(by u: Int, in program: TrackedProgram) -> NestedCommutator {
        NestedCommutator(tree: .conjugated(tree, u), value: value.conjugated(by: program.value(u)))
    }

    /// The tree over entries of `program`: each leaf conjugated by the product of the
    /// conjugators above it (innermost first), one line for that product and one per conjugated
    /// leaf, both shared.
    func written(in program: TrackedProgram) -> CommutatorTree {
        var products: [[Int]: Int] = [:]
        var leaves: [[Int]: Int] = [:]
        func write(_ t: Tree, _ conjugators: [Int]) -> CommutatorTree {
            switch t {
            case .leaf(let e):
                if conjugators.isEmpty { return .leaf(e) }
                if let done = leaves[[e] + conjugators] { return .leaf(done) }
                let u: Int
                if conjugators.count == 1 {
                    u = conjugators[0]
                } else if let p = products[conjugators] {
                    u = p
                } else {
                    u = program.append(conjugators.flatMap { [$0, 1] })
                    products[conjugators] = u
                }
                let entry = program.conjugate(e, by: u)
                leaves[[e] + conjugators] = entry
                return .leaf(entry)
            case .bracket(let l, let r):
                return .bracket(write(l, conjugators), write(r, conjugators))
            case .conjugated(let inner, let u):
                return write(inner, [u] + conjugators)
            }
        }
        return write(tree, [])
    }

    /// The certificate form: the program cut down to the leaves, leaves renumbered.
    func evidence(in program: TrackedProgram) -> CommutatorEvidence {
        let tree = written(in: program)
        var leaves: [Int] = []
        func collect(_ t: CommutatorTree) {
            switch t {
            case .leaf(let e): leaves.append(e)
            case .bracket(let l, let r): collect(l); collect(r)
            }
        }
        collect(tree)
        let (lines, renumbered) = program.extract(leaves)
        let map = Dictionary(zip(leaves, renumbered), uniquingKeysWith: { a, _ in a })
        func rename(_ t: CommutatorTree) -> CommutatorTree {
            switch t {
            case .leaf(let e): return .leaf(map[e]!)
            case .bracket(let l, let r): return .bracket(rename(l), rename(r))
            }
        }
        return CommutatorEvidence(program: lines, commutator: rename(tree))
    }
}
