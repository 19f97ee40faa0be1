/// The labels of `--guidance cascade` (`GuidanceLabels.cascade`): per head, the coset of the prefix
/// product in G / N (N = G^(l+1)) and, jointly, the step c_t that the next layer must accumulate
/// modulo M = G^(l+2). With r(g) the smallest-index element of the coset gN, the prefix product is
/// g_t = n_t r(g_t) with n_t in N, and n_t = n_(t-1) c_t where
/// c_t = r(g_(t-1)) g_(t-1)^-1 g_t r(g_t)^-1 lies in N (N is normal); modulo M, which contains
/// N's commutators, the n_t are sums of the c_t: exactly what a diagonal layer can track.
public struct CascadeLevel: Sendable, Equatable {
    /// Element index -> index of its coset in G / N (the identity's coset is 0).
    public var cosets: [Int]
    /// Coset index -> its representative r: the element of smallest index in the coset.
    public var representatives: [Int]
    /// Element index -> class of the element modulo M among the classes of N (0..<steps); -1
    /// outside N.
    public var stepClass: [Int]
    /// [N : M], the number of step classes (1 past the end of the derived series).
    public var steps: Int
    /// Classes of the head: [G : N] x [N : M].
    public var classes: Int { representatives.count * steps }

    /// The step c_t in N at position `t` of a sequence whose prefix products are `g` (identity
    /// before the first position).
    public func step(_ previous: Int, _ current: Int, in task: WordProblemTask) -> Int {
        let left = task.product(representatives[cosets[previous]], task.inverse(previous))
        return task.product(task.product(left, current), task.inverse(representatives[cosets[current]]))
    }

    /// The class of the step c_t modulo M at every position of a batch (`--guidance steps`).
    public func stepTargets(of batch: TaskBatch, in task: WordProblemTask) -> [Int] {
        targets(of: batch, in: task).map { $0 % steps }
    }

    /// The head's class at every position of a batch.
    public func targets(of batch: TaskBatch, in task: WordProblemTask) -> [Int] {
        var out = [Int](repeating: 0, count: batch.classTargets.count)
        for e in 0..<batch.batch {
            var previous = 0
            for i in (e * batch.length)..<((e + 1) * batch.length) {
                let g = batch.classTargets[i]
                out[i] = cosets[g] * steps + stepClass[step(previous, g, in: task)]
                previous = g
            }
        }
        return out
    }
}

extension WordProblemTask {
    /// Index of the inverse of element i.
    public func inverse(_ i: Int) -> Int { inverses[i] }

    /// The cascade labels of head `l`: N = G^(l+1) and M = G^(l+2), each the last member of the
    /// derived series when the series is shorter (then [N : M] = 1 and the head predicts the
    /// derived-series coset alone). A task without derived-series labels has one trivial level.
    public func cascadeLevel(_ l: Int) -> CascadeLevel {
        let cosets = cosetsOfDerivedMember(l), finer = cosetsOfDerivedMember(l + 1)
        var representatives: [Int] = []
        for g in 0..<order where cosets[g] == representatives.count { representatives.append(g) }
        var stepClass = [Int](repeating: -1, count: order), renumber: [Int: Int] = [:]
        for g in 0..<order where cosets[g] == 0 {
            stepClass[g] = renumber[finer[g]] ?? { renumber[finer[g]] = renumber.count; return renumber.count - 1 }()
        }
        return CascadeLevel(cosets: cosets, representatives: representatives, stepClass: stepClass, steps: renumber.count)
    }
}
