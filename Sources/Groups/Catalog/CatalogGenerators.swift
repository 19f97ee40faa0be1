/// A permutation group given as plain data: a degree and generator image arrays.
///
/// The catalog builds every family as this data first (0-based images, `images[g][i]` is the image of
/// point `i` under generator `g`) and only then turns it into a `PermutationGroup`. Keeping the
/// constructions free of the group engine makes them cheap to test on their own (each generator
/// must be a bijection of `0..<degree`) and lets the benchmark emit the very same generators to
/// GAP and SymPy.
public struct CatalogGenerators: Hashable, Sendable {
    /// Number of points acted on; points are `0..<degree`.
    public let degree: Int
    /// One image array of length `degree` per generator. May be empty (the trivial group).
    public let images: [[Int]]

    /// Known by construction: the generators generate all of S_n or A_n on the `degree` points
    /// (set by `symmetric` and `alternating` from degree 8, where giant recognition would
    /// otherwise prove it again: at degree 10^6 its random search ran past a minute).
    let giant: KnownGiant?

    enum KnownGiant: Hashable, Sendable { case symmetric, alternating }

    /// Creates the data; callers inside the catalog guarantee each array is a bijection of `0..<degree`.
    init(degree: Int, images: [[Int]], giant: KnownGiant? = nil) {
        self.degree = degree
        self.images = images
        self.giant = giant
    }

    /// The generators in GAP cycle notation with 1-based points, e.g. `"(1,2,3)(4,5)"`; `"()"` for the identity.
    public var cycleStrings: [String] {
        images.map(CatalogGenerators.cycleString)
    }

    /// True when every generator is a bijection of `0..<degree` (the invariant every family must keep).
    public var isValid: Bool {
        images.allSatisfy { image in
            guard image.count == degree else { return false }
            var seen = [Bool](repeating: false, count: degree)
            for p in image {
                guard p >= 0, p < degree, !seen[p] else { return false }
                seen[p] = true
            }
            return true
        }
    }

    /// The orbits of the generated group on `0..<degree`, each sorted, ordered by smallest point.
    public var orbits: [[Int]] {
        var orbitOf = [Int](repeating: -1, count: degree)
        var result: [[Int]] = []
        for start in 0..<degree where orbitOf[start] < 0 {
            var orbit = [start]
            orbitOf[start] = result.count
            var next = 0
            while next < orbit.count {
                let p = orbit[next]
                next += 1
                for image in images where orbitOf[image[p]] < 0 {
                    orbitOf[image[p]] = result.count
                    orbit.append(image[p])
                }
            }
            result.append(orbit.sorted())
        }
        return result
    }

    /// GAP cycle notation of one 0-based image array, fixed points omitted.
    static func cycleString(_ image: [Int]) -> String {
        var seen = [Bool](repeating: false, count: image.count)
        var text = ""
        for start in image.indices where !seen[start] && image[start] != start {
            var cycle: [Int] = []
            var p = start
            while !seen[p] {
                seen[p] = true
                cycle.append(p + 1)
                p = image[p]
            }
            text += "(" + cycle.map(String.init).joined(separator: ",") + ")"
        }
        return text.isEmpty ? "()" : text
    }

    /// The image array of degree `degree` for a permutation given as disjoint 1-based cycles.
    static func images(cycles: [[Int]], degree: Int) -> [Int] {
        var image = Array(0..<degree)
        for cycle in cycles {
            for (k, point) in cycle.enumerated() {
                image[point - 1] = cycle[(k + 1) % cycle.count] - 1
            }
        }
        return image
    }
}
