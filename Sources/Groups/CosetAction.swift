import Exact

/// The action of R, through an image Q, on the right cosets of a normal subgroup M of Q: a
/// homomorphism whose image is Q/M. Used when no type of the O'Nan–Scott theorem with a regular
/// normal subgroup applies (product action, large diagonal types) but some normal closure in Q
/// is a proper non-trivial subgroup M.
///
/// A coset M h is named by its canonical element: level by level along M's stabilizer chain,
/// h is replaced by u h with u in the level's transversal chosen so that the base point's image
/// is smallest; the result has the lexicographically least base image in M h and is the only
/// element of M h with that base image, so equal cosets get equal names. M's chain is exact, so
/// the permutation of cosets is exact.
enum CosetAction {
    /// nil if M has more than `limit` cosets.
    static func onCosets(of m: PermutationGroup, action: GroupAction, limit: Int) -> GroupAction? {
        let chain = m.structure.chain(for: m)
        var names: [[Int32]: Int] = [:]
        var representatives: [[Int32]] = []
        func index(_ h: [Int32]) -> Int? {
            let c = canonical(h, chain)
            if let i = names[c] { return i }
            if representatives.count >= limit { return nil }
            names[c] = representatives.count
            representatives.append(c)
            return representatives.count - 1
        }
        guard index((0..<Int32(action.degree)).map { $0 }) != nil else { return nil }
        var images = [[Int32]](repeating: [], count: action.images.count)
        var k = 0
        while k < representatives.count {
            for (j, g) in action.images.enumerated() {
                guard let target = index(composeTables(representatives[k], g)) else { return nil }
                images[j].append(Int32(target))
            }
            k += 1
        }
        return GroupAction(degree: representatives.count, images: images)
    }

    /// The canonical element of M h (see the type's comment).
    static func canonical(_ h: [Int32], _ chain: StabilizerChain) -> [Int32] {
        var h = h
        for i in 0..<chain.levels.count {
            let orbit = chain.levels[i].orbit
            var best = 0
            for k in 1..<max(1, orbit.count) where h[Int(orbit[k])] < h[Int(orbit[best])] { best = k }
            if orbit[best] != Int32(chain.levels[i].base) {
                h = composeTables(chain.transversal(level: i, index: best), h)
            }
        }
        return h
    }
}
