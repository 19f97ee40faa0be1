// Groups built from other groups: direct products, wreath products, and the Sylow subgroups of
// symmetric groups (products of iterated wreath products of C_p).

extension CatalogGenerators {
    /// A x B on the disjoint union of the point sets: A's points first, then B's shifted by A's degree.
    static func directProduct(_ a: CatalogGenerators, _ b: CatalogGenerators, family: String) throws -> CatalogGenerators {
        let (degree, overflow) = a.degree.addingReportingOverflow(b.degree)
        try checkDegree(overflow ? nil : degree, family: family)
        let left = a.images.map { $0 + Array(a.degree..<degree) }
        let right = b.images.map { image in Array(0..<a.degree) + image.map { $0 + a.degree } }
        return CatalogGenerators(degree: degree, images: left + right)
    }

    /// A wr B in its imprimitive action on degree(A) * degree(B) points: point i of block j is
    /// j * degree(A) + i. Generators: A's generators on the first block of each orbit of B (the top
    /// group moves them to every other block of that orbit), and B's generators permuting whole blocks.
    static func wreath(_ a: CatalogGenerators, _ b: CatalogGenerators, family: String) throws -> CatalogGenerators {
        let m = a.degree
        let (degree, overflow) = m.multipliedReportingOverflow(by: b.degree)
        try checkDegree(overflow ? nil : degree, family: family)
        var images: [[Int]] = []
        for orbit in b.orbits {
            let block = orbit[0]
            for image in a.images {
                var lifted = Array(0..<degree)
                for i in 0..<m { lifted[block * m + i] = block * m + image[i] }
                images.append(lifted)
            }
        }
        for image in b.images {
            images.append((0..<degree).map { image[$0 / m] * m + $0 % m })
        }
        return CatalogGenerators(degree: degree, images: images)
    }

    /// A Sylow p-subgroup of S_n. Writing n = sum a_i p^i in base p, it is the direct product of a_i
    /// copies of W_i for each i, where W_0 is the trivial group on one point and W_(i+1) = W_i wr C_p
    /// (so W_i is the Sylow p-subgroup of S_(p^i), of order p^((p^i - 1)/(p - 1))).
    static func sylow(prime p: Int, symmetricDegree n: Int) throws -> CatalogGenerators {
        let family = p == 2 ? "Sylow2(S\(n))" : "Sylow(\(p), S\(n))"
        // Bounding p first keeps the primality test (trial division) cheap.
        guard p <= GroupCatalog.maximumDegree, let (base, exponent) = CatalogFiniteField.primePower(p),
              base == p, exponent == 1 else {
            throw GroupCatalogError.invalidParameter(family: family, problem: "p must be a prime of at most \(GroupCatalog.maximumDegree), and \(p) is not")
        }
        try requireAtLeast(1, n, family: family, meaning: "the degree n of S_n")
        try checkDegree(n, family: family)
        let cyclic = try CatalogGenerators.cyclic(p)
        var tower = [CatalogGenerators(degree: 1, images: [])]
        while tower[tower.count - 1].degree * p <= n {
            tower.append(try wreath(tower[tower.count - 1], cyclic, family: family))
        }
        var result: CatalogGenerators? = nil
        var rest = n
        for level in tower.indices.reversed() {
            let size = tower[level].degree
            while rest >= size {
                rest -= size
                result = try result.map { try directProduct($0, tower[level], family: family) } ?? tower[level]
            }
        }
        return result!
    }
}
