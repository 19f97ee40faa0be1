import Exact

/// Checks the evidence of a matrix-Lie-algebra certificate using only brackets (ab - ba),
/// sums and scalar multiples of rational matrices, compared for equality. The mathematics each
/// step relies on is in `docs/certificates.md`.
struct LieCertificateChecker {
    let size: Int
    let generators: [CheckerMatrix]
    let evidence: LieEvidence

    init(size: Int, generatorRows: [[[String]]], evidence: LieEvidence) throws {
        guard size >= 1, size <= CertificateChecker.maximumMatrixSize else {
            throw CertificateFormatError("object.size: \(size) is outside 1...\(CertificateChecker.maximumMatrixSize)")
        }
        self.size = size
        self.generators = try generatorRows.enumerated().map { i, rows in
            try CheckerMatrix(rows: rows, size: size, place: "object.generators[\(i)]")
        }
        self.evidence = evidence
    }

    func check(_ claim: Claim) throws {
        let algebra = try checkGeneratedBasis()
        switch claim {
        case .derivedLength(let d):
            let series = evidence.series ?? []
            guard series.count == d else {
                throw CertificateRejection("the claim needs a derived series of \(d) members after L, but the evidence has \(series.count)")
            }
            var members = [algebra]
            for (i, member) in series.enumerated() {
                members.append(try checkSeriesMember(member, number: i + 1, previous: members[i]))
            }
            if let k = members[d].firstIndex(where: { !$0.isZero }) {
                throw CertificateRejection("\(memberName(d)) should be zero, but its basis element \(k + 1) is not the zero matrix")
            }
            if d > 0, !members[d - 1].contains(where: { !$0.isZero }) {
                throw CertificateRejection("lower bound: \(memberName(d - 1)) has no non-zero basis element")
            }
        case .notSolvable:
            try checkPerfectSubalgebra(in: algebra)
        case .nilpotencyClass, .notNilpotent:
            throw CertificateRejection("nilpotency claims are not defined for Lie algebra certificates in version 1")
        }
    }

    private func memberName(_ i: Int) -> String { i == 0 ? "L" : "derived series member \(i)" }

    /// L = span(b_1..b_m): every b_i is a generator or a bracket of earlier ones (so lies in L),
    /// every generator lies in the span, and the span is closed under brackets.
    private func checkGeneratedBasis() throws -> [CheckerMatrix] {
        let e = evidence.algebra
        var basis: [CheckerMatrix] = []
        for (i, recipe) in e.basis.enumerated() {
            switch recipe {
            case .generator(let g):
                basis.append(try ProgramEvaluator.entry(g, of: generators, place: "algebra basis element \(i + 1)"))
            case .bracket(let j, let k):
                let place = "algebra basis element \(i + 1)"
                basis.append(CheckerMatrix.bracket(try ProgramEvaluator.entry(j, of: basis, place: place),
                                                   try ProgramEvaluator.entry(k, of: basis, place: place)))
            }
        }
        guard e.generatorCoordinates.count == generators.count else {
            throw CertificateRejection("algebra: \(generators.count) generators but \(e.generatorCoordinates.count) coordinate vectors")
        }
        for (g, coordinates) in e.generatorCoordinates.enumerated() {
            let place = "algebra, generator \(g + 1)"
            guard try combination(coordinates, of: basis, place: place) == generators[g] else {
                throw CertificateRejection("\(place): its coordinates do not reproduce it from the basis")
            }
        }
        try checkStructure(e.structure, of: basis, in: basis, place: "algebra")
        return basis
    }

    /// Member i: its basis elements are combinations of brackets of the previous member's basis
    /// (so it lies in [L^(i-1), L^(i-1)]), and every such bracket has coordinates in it.
    private func checkSeriesMember(_ member: LieSeriesMember, number i: Int, previous: [CheckerMatrix]) throws -> [CheckerMatrix] {
        let basis = try member.basis.enumerated().map { k, terms in
            try bracketCombination(terms, of: previous, place: "derived series member \(i), basis element \(k + 1)")
        }
        try checkStructure(member.structure, of: previous, in: basis, place: "derived series member \(i)")
        return basis
    }

    /// S = span(s_1..s_r) != 0 inside L, each s_i a combination of brackets of the s_j.
    private func checkPerfectSubalgebra(in algebra: [CheckerMatrix]) throws {
        guard let p = evidence.perfectSubalgebra else {
            throw CertificateRejection("the evidence has no perfect_subalgebra")
        }
        let basis = try p.basis.enumerated().map { k, v in
            try combination(v, of: algebra, place: "perfect subalgebra, basis element \(k + 1)")
        }
        guard basis.contains(where: { !$0.isZero }) else {
            throw CertificateRejection("perfect subalgebra: all its basis elements are zero")
        }
        guard p.brackets.count == basis.count else {
            throw CertificateRejection("perfect subalgebra: \(basis.count) basis elements but \(p.brackets.count) bracket combinations")
        }
        for (k, terms) in p.brackets.enumerated() {
            let place = "perfect subalgebra, basis element \(k + 1)"
            guard try bracketCombination(terms, of: basis, place: place) == basis[k] else {
                throw CertificateRejection("\(place): its combination of brackets evaluates to a different matrix")
            }
        }
    }

    /// `structure[j][k - j - 1]` must give [u_j, u_k] in coordinates over `target`, for all j < k.
    private func checkStructure(_ structure: [[SparseVector]], of u: [CheckerMatrix], in target: [CheckerMatrix], place: String) throws {
        guard structure.count == u.count else {
            throw CertificateRejection("\(place), structure: expected \(u.count) rows, found \(structure.count)")
        }
        for (j, row) in structure.enumerated() {
            guard row.count == u.count - j - 1 else {
                throw CertificateRejection("\(place), structure row \(j): expected \(u.count - j - 1) entries, found \(row.count)")
            }
            for (offset, coordinates) in row.enumerated() {
                let k = j + 1 + offset
                let where_ = "\(place), bracket of basis elements \(j + 1) and \(k + 1)"
                guard try combination(coordinates, of: target, place: where_) == CheckerMatrix.bracket(u[j], u[k]) else {
                    throw CertificateRejection("\(where_): its coordinates do not reproduce the bracket")
                }
            }
        }
    }

    private func combination(_ v: SparseVector, of basis: [CheckerMatrix], place: String) throws -> CheckerMatrix {
        var sum = CheckerMatrix.zero(size: size)
        for t in v.terms {
            let c = try CheckerMatrix.rational(t.coefficient, place: place)
            sum = sum + c * (try ProgramEvaluator.entry(t.index, of: basis, place: place))
        }
        return sum
    }

    private func bracketCombination(_ v: BracketCombination, of basis: [CheckerMatrix], place: String) throws -> CheckerMatrix {
        var sum = CheckerMatrix.zero(size: size)
        for t in v.terms {
            let c = try CheckerMatrix.rational(t.coefficient, place: place)
            let a = try ProgramEvaluator.entry(t.left, of: basis, place: place)
            let b = try ProgramEvaluator.entry(t.right, of: basis, place: place)
            sum = sum + c * CheckerMatrix.bracket(a, b)
        }
        return sum
    }
}
