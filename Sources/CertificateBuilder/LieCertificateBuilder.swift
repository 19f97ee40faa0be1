import Certificates
import Exact
import LieAlgebras

/// Produces certificates for matrix Lie algebras over Q: derived length, or not solvable.
/// Bases are chosen among brackets (so each basis element's recipe is a single bracket) and
/// every coordinate vector comes from a `CombinationEchelon`; the checker recomputes all of it.
public enum LieCertificateBuilder {
    public static func derivedLengthCertificate(generators: [RationalMatrix]) throws -> Certificate {
        guard let n = generators.first?.rows, generators.allSatisfy({ $0.rows == n && $0.columns == n }) else {
            throw BuilderError("a Lie certificate needs at least one generator, all square of one size")
        }
        let object = CertifiedObject.matrixLieAlgebra(size: n, generators: generators.map { g in
            (0..<n).map { i in (0..<n).map { j in g[i, j].description } }
        })
        let (algebra, basis, space) = try generatedBasis(generators, n)
        var members: [LieSeriesMember] = []
        var previous = basis
        while !previous.isEmpty {
            let next = bracketSpan(of: previous, n)
            if next.basis.count == previous.count {
                // [S, S] = S: the series has stalled at a non-zero perfect member.
                let perfect = PerfectSubalgebra(
                    basis: try previous.map { try sparse(space.coordinates(of: $0.entries), "perfect member in L") },
                    brackets: try previous.map { s in
                        let c = try require(next.echelon.coordinates(of: s.entries), "perfect member in its derived algebra")
                        return BracketCombination(zip(c, next.recipes).filter { !$0.0.isZero }.map {
                            BracketTerm(left: $0.1.0, right: $0.1.1, coefficient: $0.0.description)
                        })
                    })
                return Certificate(object: object, claim: .notSolvable,
                                   evidence: .lie(LieEvidence(algebra: algebra, perfectSubalgebra: perfect)))
            }
            members.append(LieSeriesMember(
                basis: next.recipes.map { BracketCombination([BracketTerm(left: $0.0, right: $0.1, coefficient: "1")]) },
                structure: try next.brackets.map { row in
                    try row.map { try sparse(next.echelon.coordinates(of: $0.entries), "bracket in the derived algebra") }
                }))
            previous = next.basis
        }
        return Certificate(object: object, claim: .derivedLength(members.count),
                           evidence: .lie(LieEvidence(algebra: algebra, series: members)))
    }

    /// The basis of L = <generators> (generators, then brackets of earlier basis elements),
    /// with the generators' coordinates and the structure table.
    private static func generatedBasis(_ generators: [RationalMatrix], _ n: Int)
        throws -> (GeneratedBasis, [RationalMatrix], CombinationEchelon) {
        var space = CombinationEchelon(length: n * n)
        var basis: [RationalMatrix] = []
        var recipes: [BasisRecipe] = []
        for (i, g) in generators.enumerated() where space.keepIfIndependent(g.entries) {
            basis.append(g)
            recipes.append(.generator(i))
        }
        var k = 0
        while k < basis.count {
            for j in 0..<k {
                let b = basis[j].bracket(basis[k])
                if space.keepIfIndependent(b.entries) {
                    basis.append(b)
                    recipes.append(.bracket(j, k))
                }
            }
            k += 1
        }
        let brackets = basis.indices.map { j in ((j + 1)..<basis.count).map { basis[j].bracket(basis[$0]) } }
        // The closure loop above kept every bracket outside the span, so these all exist.
        let structure = try brackets.map { row in try row.map { try sparse(space.coordinates(of: $0.entries), "bracket of basis elements") } }
        let coordinates = try generators.map { try sparse(space.coordinates(of: $0.entries), "generator") }
        return (GeneratedBasis(basis: recipes, generatorCoordinates: coordinates, structure: structure), basis, space)
    }

    /// [P, P] for a basis P: independent brackets [p_j, p_k] as its basis, all brackets kept.
    private static func bracketSpan(of p: [RationalMatrix], _ n: Int)
        -> (basis: [RationalMatrix], recipes: [(Int, Int)], brackets: [[RationalMatrix]], echelon: CombinationEchelon) {
        var echelon = CombinationEchelon(length: n * n)
        var basis: [RationalMatrix] = []
        var recipes: [(Int, Int)] = []
        let brackets = p.indices.map { j in ((j + 1)..<p.count).map { p[j].bracket(p[$0]) } }
        for (j, row) in brackets.enumerated() {
            for (offset, b) in row.enumerated() where echelon.keepIfIndependent(b.entries) {
                basis.append(b)
                recipes.append((j, j + 1 + offset))
            }
        }
        return (basis, recipes, brackets, echelon)
    }

    private static func sparse(_ coordinates: [Rational]?, _ what: String) throws -> SparseVector {
        let c = try require(coordinates, what)
        return SparseVector(c.enumerated().filter { !$0.1.isZero }.map { SparseTerm(index: $0.0, coefficient: $0.1.description) })
    }

    private static func require<T>(_ value: T?, _ what: String) throws -> T {
        guard let value else { throw BuilderError("internal: \(what) has no coordinates") }
        return value
    }
}
