import Certificates
import Groups

/// A nested commutator whose leaves are entries of a `TrackedProgram`, with its value.
struct NestedCommutator {
    var tree: CommutatorTree
    var value: Permutation

    static func leaf(_ e: Int, in program: TrackedProgram) -> NestedCommutator {
        NestedCommutator(tree: .leaf(e), value: program.value(e))
    }

    /// [a, b].
    static func bracket(_ a: NestedCommutator, _ b: NestedCommutator) -> NestedCommutator {
        NestedCommutator(tree: .bracket(a.tree, b.tree), value: a.value.commutator(with: b.value))
    }

    /// The same commutator of conjugated leaves: [x, y]^u = [x^u, y^u], so the shape (and with
    /// it the depth or weight the checker reads off) is kept.
    func conjugated(by u: Int, in program: TrackedProgram) -> NestedCommutator {
        func map(_ t: CommutatorTree) -> CommutatorTree {
            switch t {
            case .leaf(let e): return .leaf(program.conjugate(e, by: u))
            case .bracket(let l, let r): return .bracket(map(l), map(r))
            }
        }
        return NestedCommutator(tree: map(tree), value: value.conjugated(by: program.value(u)))
    }

    var leaves: [Int] {
        func collect(_ t: CommutatorTree, _ into: inout [Int]) {
            switch t {
            case .leaf(let e): into.append(e)
            case .bracket(let l, let r): collect(l, &into); collect(r, &into)
            }
        }
        var out: [Int] = []
        collect(tree, &out)
        return out
    }

    /// The certificate form: the program cut down to the leaves, leaves renumbered.
    func evidence(in program: TrackedProgram) -> CommutatorEvidence {
        let leaves = self.leaves
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
