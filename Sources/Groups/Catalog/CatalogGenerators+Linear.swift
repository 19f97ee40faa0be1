// The linear and affine families over a finite field F_q: AGL(d,q) on the q^d vectors, GL(d,q) and
// SL(d,q) on the q^d - 1 nonzero vectors, PSL(d,q) on the (q^d - 1)/(q - 1) points of projective space.
//
// Matrices act on row vectors from the right (v -> vM), as in GAP, so the permutation of a product
// is the product of the permutations. Generators: the elementary transvections x_(i,i+1)(t) and
// x_(i+1,i)(t) for t in the basis 1, w, ..., w^(k-1) of F_q over F_p (w primitive) generate SL(d,q),
// because their commutators give every x_(i,j)(t) and those generate SL; GL adds diag(w, 1, ..., 1)
// and AGL adds the translation by e_1.

extension CatalogGenerators {
    static func affine(dimension d: Int, field q: Int) throws -> CatalogGenerators {
        let family = "AGL(\(d),\(q))"
        let (field, vectors) = try linearSetting(dimension: d, field: q, family: family)
        try checkDegree(vectors, family: family)
        let space = VectorSpace(field: field, dimension: d)
        var maps = space.specialLinearGenerators
        maps.append(space.scaleFirstCoordinate)
        maps.append(space.translateFirstCoordinate)
        let images = maps.map { map in (0..<vectors).map { space.code(map(space.vector($0))) } }
        return CatalogGenerators(degree: vectors, images: images)
    }

    static func generalLinear(dimension d: Int, field q: Int) throws -> CatalogGenerators {
        let family = "GL(\(d),\(q))"
        let (field, vectors) = try linearSetting(dimension: d, field: q, family: family)
        try checkDegree(vectors - 1, family: family)
        let space = VectorSpace(field: field, dimension: d)
        return onNonzeroVectors(space, maps: space.specialLinearGenerators + [space.scaleFirstCoordinate])
    }

    static func specialLinear(dimension d: Int, field q: Int) throws -> CatalogGenerators {
        let family = "SL(\(d),\(q))"
        let (field, vectors) = try linearSetting(dimension: d, field: q, family: family)
        try checkDegree(vectors - 1, family: family)
        let space = VectorSpace(field: field, dimension: d)
        return onNonzeroVectors(space, maps: space.specialLinearGenerators)
    }

    /// SL(d,q) acting on 1-spaces; the kernel of that action is the scalars in SL, so the image is PSL(d,q).
    static func projectiveSpecialLinear(dimension d: Int, field q: Int) throws -> CatalogGenerators {
        let family = "PSL(\(d),\(q))"
        let (field, vectors) = try linearSetting(dimension: d, field: q, family: family)
        let points = (vectors - 1) / (q - 1)
        try checkDegree(points, family: family)
        let space = VectorSpace(field: field, dimension: d)
        let images = space.specialLinearGenerators.map { map in
            (0..<points).map { space.projectivePoint(map(space.projectiveVector($0))) }
        }
        return CatalogGenerators(degree: points, images: images)
    }

    private static func onNonzeroVectors(_ space: VectorSpace, maps: [([Int]) -> [Int]]) -> CatalogGenerators {
        let count = space.size - 1
        let images = maps.map { map in (0..<count).map { space.code(map(space.vector($0 + 1))) - 1 } }
        return CatalogGenerators(degree: count, images: images)
    }

    /// Validates d >= 1 and q a prime power, and returns the field and q^d; the caller checks its own degree.
    private static func linearSetting(dimension d: Int, field q: Int, family: String) throws -> (CatalogFiniteField, Int) {
        try requireAtLeast(1, d, family: family, meaning: "the dimension d")
        // Every family acts on at least q points, and the field is tabulated, so q itself is bounded.
        try checkDegree(q, family: family)
        var size = 1
        for _ in 0..<d {
            let (next, overflow) = size.multipliedReportingOverflow(by: q)
            guard !overflow else { throw GroupCatalogError.tooLarge(family: family, degree: "more than \(Int.max)") }
            size = next
        }
        // q is bounded now, so the prime-power test (trial division) is cheap.
        guard let field = CatalogFiniteField(order: q) else {
            throw GroupCatalogError.invalidParameter(family: family, problem: "the field size q must be a prime power, and \(q) is not")
        }
        return (field, size)
    }
}

/// F_q^d with vectors coded as integers sum v_i q^i, and the elementary maps the linear families use.
private struct VectorSpace {
    let field: CatalogFiniteField
    let dimension: Int
    var q: Int { field.order }
    var size: Int { (0..<dimension).reduce(1) { acc, _ in acc * q } }

    func vector(_ code: Int) -> [Int] {
        var code = code
        return (0..<dimension).map { _ in defer { code /= q }; return code % q }
    }

    func code(_ v: [Int]) -> Int {
        v.reversed().reduce(0) { $0 * q + $1 }
    }

    /// x_(i,i+1)(t) and x_(i+1,i)(t) for t = w^0, ..., w^(k-1).
    var specialLinearGenerators: [([Int]) -> [Int]] {
        guard dimension >= 2 else { return [] }
        var basis = [1]
        for _ in 1..<field.exponent { basis.append(field.multiply(basis[basis.count - 1], field.primitiveElement)) }
        var maps: [([Int]) -> [Int]] = []
        for i in 0..<(dimension - 1) {
            for t in basis {
                maps.append(transvection(from: i, to: i + 1, by: t))
                maps.append(transvection(from: i + 1, to: i, by: t))
            }
        }
        return maps
    }

    /// v -> v (I + t E_(from,to)): adds t v_from to v_to.
    func transvection(from: Int, to: Int, by t: Int) -> ([Int]) -> [Int] {
        let field = self.field
        return { v in
            var w = v
            w[to] = field.add(v[to], field.multiply(t, v[from]))
            return w
        }
    }

    var scaleFirstCoordinate: ([Int]) -> [Int] {
        let field = self.field
        return { v in
            var w = v
            w[0] = field.multiply(v[0], field.primitiveElement)
            return w
        }
    }

    var translateFirstCoordinate: ([Int]) -> [Int] {
        let field = self.field
        return { v in
            var w = v
            w[0] = field.add(v[0], 1)
            return w
        }
    }

    // Projective points are the nonzero vectors whose first nonzero coordinate is 1, numbered by the
    // position i of that coordinate (lowest first), then by the code of the coordinates after it.

    func projectiveVector(_ index: Int) -> [Int] {
        var index = index
        var i = 0
        while index >= pointsWithLeadingOne(at: i) {
            index -= pointsWithLeadingOne(at: i)
            i += 1
        }
        var v = [Int](repeating: 0, count: dimension)
        v[i] = 1
        for j in (i + 1)..<dimension {
            v[j] = index % q
            index /= q
        }
        return v
    }

    /// The index of the 1-space spanned by the nonzero vector `v`.
    func projectivePoint(_ v: [Int]) -> Int {
        guard let i = v.firstIndex(where: { $0 != 0 }) else { preconditionFailure("the zero vector spans no point") }
        let scale = field.inverse(v[i])
        var index = (0..<i).reduce(0) { $0 + pointsWithLeadingOne(at: $1) }
        var place = 1
        for j in (i + 1)..<dimension {
            index += field.multiply(v[j], scale) * place
            place *= q
        }
        return index
    }

    private func pointsWithLeadingOne(at i: Int) -> Int {
        (0..<(dimension - 1 - i)).reduce(1) { acc, _ in acc * q }
    }
}
