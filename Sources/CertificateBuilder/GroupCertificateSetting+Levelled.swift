import Certificates
import Groups

/// The nilpotency-class certificate of a p-group with a pcgs, from the levelled lower central
/// series (`Groups.LevelledCentralSeries`): one sequence z_1..z_m (words in G's generators
/// through the pcgs word tables of the derived-length path), their levels, G's generators as
/// words in the z's, and for each z and each generator g of G, [z, g] as a word in the z's of
/// higher level: m x |gens| table entries, where the member-by-member central series needs
/// tables against every member (Sylow2(S1024): 512 members).
extension Setting {
    /// nil when G is not a non-trivial p-group with a pcgs, or a word table's fill or the
    /// lower-bound search ends short (the caller takes the member-by-member path).
    func levelledNilpotencyEvidence() throws -> (nilpotencyClass: Int, evidence: GroupEvidence)? {
        guard let series = group.levelledLowerCentralSeries, let d = group.pcgsDerivedLength else { return nil }
        let c = series.nilpotencyClass
        guard c > 0, let (tables, _) = try pcgsWordTables(derivedLength: d) else { return nil }
        let outer = program(over: tables[0])
        let elementEntries = try series.elements.enumerated().map { j, z in
            try express(z, in: tables[0], program: outer, "levelled series element \(j + 1)")
        }
        let (programLines, elements) = outer.extract(elementEntries)
        // The lower bound's arguments: G's generators, or the z's of level 0 where they are fewer
        // (they generate G modulo gamma_2, hence G: Burnside's basis theorem). GAP's 1023
        // generators of Sylow2(S1024) against 10 z's of level 0.
        let top = series.levels.indices.filter { series.levels[$0] == 0 }
        let viaTop = top.count < generators.count
        let candidates = viaTop ? top.map { (elements[$0], series.elements[$0]) } : generators.enumerated().map { ($0, $1) }
        guard let arguments = levelledLowerBound(series, nilpotencyClass: c, candidates: candidates) else { return nil }
        let lowerBound = CommutatorEvidence(program: viaTop ? programLines : [], leftNormed: arguments)

        // The word program over the z's: one line per distinct exponent vector.
        let m = series.elements.count
        var wordLines: ProgramLines = []
        var entryOfLine: [[Int]: Int] = [:]
        func word(_ g: Permutation, _ what: String) throws -> Int {
            // Most commutators with many generators are the identity: no sift for those.
            let exponents = g.isIdentity ? [] : series.exponents(of: g)
            guard let exponents else { throw BuilderError("\(what) is not in G") }
            var line: [Int] = []
            for (k, e) in exponents.enumerated() where e != 0 { line += [k, e] }
            if line.count == 2 && line[1] == 1 { return line[0] }
            if let e = entryOfLine[line] { return e }
            wordLines.append(line)
            entryOfLine[line] = m + wordLines.count - 1
            return m + wordLines.count - 1
        }
        let generatorWords = try generators.enumerated().map { b, g in try word(g, "generator \(b + 1)") }
        let inverses = generators.map(\.inverse)
        let commutators = try series.elements.enumerated().map { j, z in
            let zInverse = z.inverse
            return try generators.indices.map { b in
                try word(zInverse * inverses[b] * z * generators[b], "the commutator of element \(j + 1) with generator \(b + 1)")
            }
        }
        let evidence = LevelledSeriesEvidence(program: programLines, elements: elements, levels: series.levels,
                                              wordProgram: wordLines, generators: generatorWords, commutators: commutators)
        return (c, GroupEvidence(levelledSeries: evidence, lowerBound: lowerBound))
    }

    /// A non-identity left-normed commutator [[x_1, x_2], ..., x_c] of elements generating G
    /// (`candidates`: program entries and values), as its arguments' entries (written flat,
    /// `left_normed`: a tree would nest c deep), so gamma_c != 1; nil when the search ends short
    /// (it should not).
    ///
    /// S_1 = the candidates. S_(k+1): [s, x] for s in S_k and x a candidate, each kept when it
    /// lies outside the span of those kept before modulo gamma_(k+2) (`LevelSpan`), until they
    /// span gamma_(k+1) modulo gamma_(k+2): they do once all pairs are tried, since
    /// (s, x) -> [s, x] maps generators of gamma_k / gamma_(k+1) and of G / G' onto generators
    /// of gamma_(k+1) / gamma_(k+2). S_c spans gamma_c, which is not trivial.
    func levelledLowerBound(_ series: LevelledCentralSeries, nilpotencyClass c: Int,
                            candidates: [(entry: Int, value: Permutation)]) -> [Int]? {
        var level = candidates.map { (value: $0.value, arguments: [$0.entry]) }
        for k in stride(from: 1, to: c, by: 1) {
            var span = series.span(ofLevel: k)
            var kept: [(value: Permutation, arguments: [Int])] = []
            pairs: for s in level {
                for x in candidates {
                    if span.isComplete { break pairs }
                    let v = s.value.commutator(with: x.value)
                    if !v.isIdentity && span.addIfOutside(v) { kept.append((v, s.arguments + [x.entry])) }
                }
            }
            guard span.isComplete else { return nil }
            level = kept
        }
        return level.first { !$0.value.isIdentity }?.arguments
    }
}
