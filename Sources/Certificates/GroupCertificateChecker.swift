/// Checks the evidence of a permutation-group certificate. Every step below is a direct
/// evaluation: products, inverses, conjugates and commutators of explicit permutations,
/// compared for equality. The mathematics each step relies on is in `docs/certificates.md`.
struct GroupCertificateChecker {
    let degree: Int
    let generators: [CheckerPermutation]
    let evidence: GroupEvidence

    init(degree: Int, generatorTexts: [String], evidence: GroupEvidence) throws {
        guard degree >= 0, degree <= CertificateChecker.maximumDegree else {
            throw CertificateFormatError("object.degree: \(degree) is outside 0...\(CertificateChecker.maximumDegree)")
        }
        try Self.requireAffordable(degree: degree, generatorCount: generatorTexts.count, evidence: evidence)
        self.degree = degree
        self.generators = try generatorTexts.enumerated().map { i, text in
            do { return try CheckerPermutation(cycles: text, degree: degree) } catch let e as CertificateFormatError {
                throw CertificateFormatError("object.generators[\(i)]: \(e.message)")
            }
        }
        self.evidence = evidence
    }

    func check(_ claim: Claim) throws {
        switch claim {
        case .derivedLength(let d):
            let last = try checkSeries(length: d, central: false)
            try requireTrivial(last, member: d)
            if d > 0 { try checkLowerBound(needed: d - 1, central: false) }
        case .nilpotencyClass(let c):
            if let levelled = evidence.levelledSeries {
                guard evidence.series == nil else {
                    throw CertificateRejection("the evidence has both a series and a levelled_series; a nilpotency certificate gives one")
                }
                try checkLevelledSeries(levelled, nilpotencyClass: c)
            } else {
                let last = try checkSeries(length: c, central: true)
                try requireTrivial(last, member: c)
            }
            if c > 0 { try checkLowerBound(needed: c, central: true) }
        case .notSolvable:
            try checkSubgroup(againstWholeGroup: false)
        case .notNilpotent:
            try checkSubgroup(againstWholeGroup: true)
        }
    }

    // MARK: Upper bound: the series

    /// Checks N_1 ... N_length and returns the generators of the last member (G when length is 0).
    /// Derived series: N_i <= N_(i-1), N_i normal in N_(i-1), N_(i-1)/N_i abelian.
    /// Central series: N_i <= N_(i-1), N_i normal in G, [N_(i-1), G] <= N_i.
    private func checkSeries(length: Int, central: Bool) throws -> [CheckerPermutation] {
        let series = evidence.series ?? []
        guard series.count == length else {
            throw CertificateRejection("the claim needs a series of \(length) members after G, but the evidence has \(series.count)")
        }
        var previous = generators
        for (i, member) in series.enumerated() {
            let place = "series member \(i + 1)"
            let values = try ProgramEvaluator.evaluate(member.program, inputs: previous, degree: degree, place: "\(place), program")
            let current = try member.generators.enumerated().map { b, e in
                try ProgramEvaluator.entry(e, of: values, place: "\(place), generator \(b + 1)")
            }
            let witnesses = try ProgramEvaluator.evaluate(member.witnessProgram, inputs: current, degree: degree,
                                                          place: "\(place), witness program")
            let conjugators = central ? generators : previous
            let previousName = i == 0 ? "G" : "member \(i)"
            let conjugatorName: (Int) -> String = { central ? "generator \($0) of G" : "generator \($0) of \(previousName)" }
            try requireShape(member.conjugates, rows: conjugators.count, columns: { _ in current.count }, place: "\(place), conjugates")
            for (a, x) in conjugators.enumerated() {
                for (b, y) in current.enumerated() {
                    let claimed = try ProgramEvaluator.entry(member.conjugates[a][b], of: witnesses, place: "\(place), conjugates[\(a)][\(b)]")
                    guard y.conjugated(by: x) == claimed else {
                        throw CertificateRejection("\(place), generator \(b + 1): conjugate by \(conjugatorName(a + 1)) does not match its witness entry")
                    }
                }
            }
            if central {
                try requireShape(member.commutators, rows: previous.count, columns: { _ in generators.count }, place: "\(place), commutators")
            } else {
                try requireShape(member.commutators, rows: previous.count, columns: { previous.count - $0 - 1 }, place: "\(place), commutators")
            }
            for (a, x) in previous.enumerated() {
                for (j, e) in member.commutators[a].enumerated() {
                    let other = central ? generators[j] : previous[a + 1 + j]
                    let otherName = central ? "generator \(j + 1) of G" : "generator \(a + 2 + j) of \(previousName)"
                    let claimed = try ProgramEvaluator.entry(e, of: witnesses, place: "\(place), commutators[\(a)][\(j)]")
                    guard CheckerPermutation.commutator(x, other) == claimed else {
                        throw CertificateRejection("\(place): commutator of generator \(a + 1) of \(previousName) with \(otherName) does not match its witness entry")
                    }
                }
            }
            previous = current
        }
        return previous
    }

    /// N_j = <z of level >= j>, levels in 0..<c (so N_c = 1), G's generators words in the z's
    /// (so N_0 = G: the z's are words in G's generators), and [z, g] a word in z's of level
    /// above z's for every generator g of G. Then z^g = z [z, g] lies in N_j for z in N_j, so
    /// N_j is normal in G, and modulo N_(j+1) every generator of N_j commutes with every
    /// generator of G: [N_j, G] <= N_(j+1). By induction gamma_(j+1) <= N_j, so gamma_(c+1) = 1.
    private func checkLevelledSeries(_ s: LevelledSeriesEvidence, nilpotencyClass c: Int) throws {
        let place = "levelled series"
        guard s.levels.count == s.elements.count else {
            throw CertificateRejection("\(place): \(s.elements.count) elements but \(s.levels.count) levels")
        }
        if let j = s.levels.firstIndex(where: { $0 < 0 || $0 >= c }) {
            throw CertificateRejection("\(place), element \(j + 1): level \(s.levels[j]) is outside 0..<\(c) (the claim's class \(c))")
        }
        let values = try ProgramEvaluator.evaluate(s.program, inputs: generators, degree: degree, place: "\(place), program")
        let z = try s.elements.enumerated().map { j, e in try ProgramEvaluator.entry(e, of: values, place: "\(place), element \(j + 1)") }
        let words = try ProgramEvaluator.evaluate(s.wordProgram, inputs: z, degree: degree, place: "\(place), word program")
        // Entry levels: the least level of the z's an entry is built from; the identity (an
        // empty line) lies in every member. The indices were checked by the evaluation.
        var level = s.levels
        for line in s.wordProgram {
            level.append(stride(from: 0, to: line.count, by: 2).map { level[line[$0]] }.min() ?? Int.max)
        }
        guard s.generators.count == generators.count else {
            throw CertificateRejection("\(place): G has \(generators.count) generators but the evidence gives \(s.generators.count) words")
        }
        for (b, e) in s.generators.enumerated() {
            guard try ProgramEvaluator.entry(e, of: words, place: "\(place), generator \(b + 1)") == generators[b] else {
                throw CertificateRejection("\(place): the word for generator \(b + 1) of G evaluates to a different permutation")
            }
        }
        try requireShape(s.commutators, rows: z.count, columns: { _ in generators.count }, place: "\(place), commutators")
        for (j, x) in z.enumerated() {
            for (b, e) in s.commutators[j].enumerated() {
                let claimed = try ProgramEvaluator.entry(e, of: words, place: "\(place), commutators[\(j)][\(b)]")
                guard CheckerPermutation.commutator(x, generators[b]) == claimed else {
                    throw CertificateRejection("\(place): commutator of element \(j + 1) with generator \(b + 1) of G does not match its witness entry")
                }
                guard level[e] > s.levels[j] else {
                    throw CertificateRejection("\(place): the witness of [element \(j + 1), generator \(b + 1) of G] uses an element of level \(level[e]), not above the element's level \(s.levels[j])")
                }
            }
        }
    }

    private func requireTrivial(_ last: [CheckerPermutation], member: Int) throws {
        if let k = last.firstIndex(where: { !$0.isIdentity }) {
            let what = member == 0 ? "G" : "series member \(member)"
            throw CertificateRejection("\(what) should be trivial, but its generator \(k + 1) is not the identity")
        }
    }

    // MARK: Lower bound: one non-identity commutator

    /// Derived series: depth(leaf) = 0, depth([l, r]) = min + 1, and depth k lies in G^(k).
    /// Lower central series: weight(leaf) = 1, weight([l, r]) = max + 1, and weight k lies in gamma_k.
    private func checkLowerBound(needed: Int, central: Bool) throws {
        guard let bound = evidence.lowerBound else {
            throw CertificateRejection("the evidence has no lower_bound commutator")
        }
        let values = try ProgramEvaluator.evaluate(bound.program, inputs: generators, degree: degree, place: "lower bound, program")
        let (value, level): (CheckerPermutation, Int)
        switch (bound.commutator, bound.leftNormed) {
        case (let tree?, nil):
            (value, level) = try evaluate(tree, values, central: central)
        case (nil, let arguments?):
            // [[e_1, e_2], ..., e_k]: every e_j lies in G = gamma_1 and [gamma_j, G] = gamma_(j+1),
            // so the weight is k. No depth in the derived series follows from it.
            guard central else { throw CertificateRejection("lower bound: a left_normed commutator bounds a nilpotency class, not a derived length") }
            guard let first = arguments.first else { throw CertificateRejection("lower bound: the left_normed commutator has no arguments") }
            var v = try ProgramEvaluator.entry(first, of: values, place: "lower bound, left_normed argument 1")
            for (j, e) in arguments.enumerated().dropFirst() {
                v = CheckerPermutation.commutator(v, try ProgramEvaluator.entry(e, of: values, place: "lower bound, left_normed argument \(j + 1)"))
            }
            (value, level) = (v, arguments.count)
        default:
            throw CertificateRejection("lower bound: give either a commutator tree or a left_normed list, exactly one")
        }
        guard level >= needed else {
            let measure = central ? "weight" : "depth"
            throw CertificateRejection("lower bound: the commutator has \(measure) \(level), the claim needs \(needed)")
        }
        guard !value.isIdentity else {
            throw CertificateRejection("lower bound: the commutator evaluates to the identity")
        }
    }

    private func evaluate(_ tree: CommutatorTree, _ values: [CheckerPermutation], central: Bool) throws -> (CheckerPermutation, Int) {
        switch tree {
        case .leaf(let e):
            return (try ProgramEvaluator.entry(e, of: values, place: "lower bound, commutator leaf"), central ? 1 : 0)
        case .bracket(let l, let r):
            let (a, la) = try evaluate(l, values, central: central)
            let (b, lb) = try evaluate(r, values, central: central)
            return (CheckerPermutation.commutator(a, b), (central ? max(la, lb) : min(la, lb)) + 1)
        }
    }

    // MARK: Not solvable / not nilpotent

    /// H = <h_1..h_m> != 1 with every h_j a product of commutators [u, v], u in H and v in H
    /// (so H <= [H, H]) or v in G (so H <= [H, G]).
    private func checkSubgroup(againstWholeGroup: Bool) throws {
        guard let s = evidence.subgroup else { throw CertificateRejection("the evidence has no subgroup") }
        let values = try ProgramEvaluator.evaluate(s.program, inputs: generators, degree: degree, place: "subgroup, program")
        let h = try s.generators.enumerated().map { j, e in
            try ProgramEvaluator.entry(e, of: values, place: "subgroup, generator \(j + 1)")
        }
        guard h.contains(where: { !$0.isIdentity }) else {
            throw CertificateRejection("subgroup: all its generators are the identity, so it is trivial")
        }
        let elements = try ProgramEvaluator.evaluate(s.elementProgram, inputs: h, degree: degree, place: "subgroup, element program")
        let commutators = try s.commutators.enumerated().map { k, pair in
            guard pair.count == 2 else { throw CertificateRejection("subgroup, commutator \(k + 1): needs two entries, has \(pair.count)") }
            let u = try ProgramEvaluator.entry(pair[0], of: elements, place: "subgroup, commutator \(k + 1), left")
            let v = try ProgramEvaluator.entry(pair[1], of: againstWholeGroup ? values : elements, place: "subgroup, commutator \(k + 1), right")
            return CheckerPermutation.commutator(u, v)
        }
        let products = try ProgramEvaluator.evaluate(s.productProgram, inputs: commutators, degree: degree, place: "subgroup, product program")
        guard s.products.count == h.count else {
            throw CertificateRejection("subgroup: \(h.count) generators but \(s.products.count) products")
        }
        for (j, e) in s.products.enumerated() {
            guard try ProgramEvaluator.entry(e, of: products, place: "subgroup, product \(j + 1)") == h[j] else {
                throw CertificateRejection("subgroup, generator \(j + 1): its product of commutators evaluates to a different permutation")
            }
        }
    }

    // MARK: Helpers

    /// Refuses, before any permutation is built, a certificate whose check would hold more than
    /// `maximumStoredPoints` points or do more than `maximumPointOperations` point operations
    /// (counted generously: every program line and table entry, times the degree).
    private static func requireAffordable(degree: Int, generatorCount: Int, evidence: GroupEvidence) throws {
        var stored = generatorCount
        var operations = generatorCount
        func program(_ lines: ProgramLines) {
            stored += lines.count
            operations += lines.reduce(lines.count) { $0 + $1.count }  // a power and a product per pair
        }
        func entries(_ table: [[Int]]) -> Int { table.reduce(0) { $0 + $1.count } }
        func nodes(_ tree: CommutatorTree) -> Int {
            if case .bracket(let l, let r) = tree { return nodes(l) + nodes(r) + 1 }
            return 1
        }
        for member in evidence.series ?? [] {
            program(member.program)
            program(member.witnessProgram)
            stored += member.generators.count
            operations += 5 * (entries(member.conjugates) + entries(member.commutators))
        }
        if let s = evidence.levelledSeries {
            program(s.program)
            program(s.wordProgram)
            stored += s.elements.count + s.levels.count
            operations += 5 * entries(s.commutators) + s.generators.count
        }
        if let bound = evidence.lowerBound {
            program(bound.program)
            let size = (bound.commutator.map(nodes) ?? 0) + (bound.leftNormed?.count ?? 0)
            stored += size
            operations += 5 * size
        }
        if let s = evidence.subgroup {
            program(s.program)
            program(s.elementProgram)
            program(s.productProgram)
            stored += s.generators.count + s.commutators.count
            operations += 5 * s.commutators.count + s.products.count
        }
        let points = max(degree, 1)
        let (held, heldOverflow) = stored.multipliedReportingOverflow(by: points)
        guard !heldOverflow, held <= CertificateChecker.maximumStoredPoints else {
            throw CertificateFormatError("the check would hold \(stored) permutations of degree \(degree), more than the checker's limit of \(CertificateChecker.maximumStoredPoints) points (1 GiB)")
        }
        let (work, workOverflow) = operations.multipliedReportingOverflow(by: points)
        guard !workOverflow, work <= CertificateChecker.maximumPointOperations else {
            throw CertificateFormatError("the check would take about \(operations) permutation operations of degree \(degree), more than the checker's limit of \(CertificateChecker.maximumPointOperations) point operations")
        }
    }

    private func requireShape(_ table: [[Int]], rows: Int, columns: (Int) -> Int, place: String) throws {
        guard table.count == rows else { throw CertificateRejection("\(place): expected \(rows) rows, found \(table.count)") }
        for (r, row) in table.enumerated() where row.count != columns(r) {
            throw CertificateRejection("\(place), row \(r): expected \(columns(r)) entries, found \(row.count)")
        }
    }
}
