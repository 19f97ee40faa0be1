// The Rubik's cube group on its 48 movable facets, built from the geometry of the cube rather than
// typed in: a facet is a pair (cubie position in {-1,0,1}^3, outward normal), and a face turn rotates
// every cubie of that face a quarter turn about the face's axis, carrying its facets along. The six
// face centres never move and are left out.

extension CatalogGenerators {
    /// The six quarter turns of the faces, acting on the 48 movable facets.
    static func rubik() -> CatalogGenerators {
        let facets = rubikFacets()
        var indexOf: [RubikFacet: Int] = [:]
        for (i, facet) in facets.enumerated() { indexOf[facet] = i }
        var images: [[Int]] = []
        for axis in 0..<3 {
            for side in [1, -1] {
                images.append(facets.map { facet in
                    guard facet.position[axis] == side else { return indexOf[facet]! }
                    return indexOf[facet.quarterTurned(about: axis)]!
                })
            }
        }
        return CatalogGenerators(degree: facets.count, images: images)
    }

    /// Facets in a fixed order: face by face (+x, -x, +y, -y, +z, -z), cubies in lexicographic order.
    private static func rubikFacets() -> [RubikFacet] {
        var facets: [RubikFacet] = []
        for axis in 0..<3 {
            for side in [1, -1] {
                for x in -1...1 {
                    for y in -1...1 {
                        for z in -1...1 {
                            let position = [x, y, z]
                            // Face centres (one non-zero coordinate) are fixed by every turn.
                            guard position[axis] == side, position.filter({ $0 != 0 }).count > 1 else { continue }
                            var normal = [0, 0, 0]
                            normal[axis] = side
                            facets.append(RubikFacet(position: position, normal: normal))
                        }
                    }
                }
            }
        }
        return facets
    }
}

private struct RubikFacet: Hashable {
    let position: [Int]
    let normal: [Int]

    /// The facet after a quarter turn of the whole cube about coordinate axis `axis`.
    func quarterTurned(about axis: Int) -> RubikFacet {
        RubikFacet(position: RubikFacet.rotate(position, about: axis), normal: RubikFacet.rotate(normal, about: axis))
    }

    /// (.., u, .., v, ..) -> (.., -v, .., u, ..) in the two coordinates other than `axis`.
    private static func rotate(_ vector: [Int], about axis: Int) -> [Int] {
        let u = (axis + 1) % 3, v = (axis + 2) % 3
        var result = vector
        result[u] = -vector[v]
        result[v] = vector[u]
        return result
    }
}
