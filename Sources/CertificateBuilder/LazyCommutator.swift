import Certificates
import Groups

/// A nested commutator over G's generators whose conjugations are written out only when it is
/// needed (`write`): [x, y]^g = [x^g, y^g], so a conjugated commutator is the same shape with
/// conjugated leaves, but writing those leaves costs a program line each, and the lower bound
/// keeps hundreds of conjugated commutators of which it writes one.
struct LazyCommutator {
    indirect enum Tree {
        case leaf(Int)
        case bracket(Tree, Tree)
        /// The tree conjugated by the entry (a generator of G).
        case conjugated(Tree, Int)
    }

    let tree: Tree
    let value: Permutation

    static func leaf(_ e: Int, in program: TrackedProgram) -> LazyCommutator {
        LazyCommutator(tree: .leaf(e), value: program.value(e))
    }

    static func bracket(_ a: LazyCommutator, _ b: LazyCommutator) -> LazyCommutator {
        LazyCommutator(tree: .bracket(a.tree, b.tree), value: a.value.commutator(with: b.value))
    }

    func conjugated(by e: Int, in program: TrackedProgram) -> LazyCommutator {
        LazyCommutator(tree: .conjugated(tree, e), value: value.conjugated(by: program.value(e)))
    }

    /// The certificate form: each leaf conjugated by the product of the conjugators above it
    /// (innermost first), one line for that product and one per conjugated leaf, shared.
    func evidence(in program: TrackedProgram) -> CommutatorEvidence {
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
            case .conjugated(let inner, let g):
                return write(inner, [g] + conjugators)
            }
        }
        return NestedCommutator(tree: write(tree, []), value: value).evidence(in: program)
    }
}
