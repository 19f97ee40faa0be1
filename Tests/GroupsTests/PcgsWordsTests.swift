import Exact
import Testing
@testable import Groups

/// `PcgsWords` (member tables of words, attached bottom-up) and `PcgsLayerSpan`: the pcgs side
/// of the certificate builder.

/// Evaluates a program line over entries with known values.
private func evaluate(_ word: [Int], _ values: [Permutation], degree: Int) -> Permutation {
    var v = Permutation.identity(degree: degree)
    for k in stride(from: 0, to: word.count, by: 2) { v = v * values[word[k]].power(word[k + 1]) }
    return v
}

/// The tables of every derived member, filled top-down and attached bottom-up, as the builder does.
private func memberTables(_ g: PermutationGroup) throws -> [PcgsWords] {
    let d = try #require(g.pcgsDerivedLength)
    var tables: [PcgsWords] = []
    var generators = g.generators
    for i in 0..<d {
        let t = try #require(PcgsWords(group: g, derivedMember: i, generators: generators))
        #expect(t.isFilled)
        tables.append(t)
        generators = t.nextGenerators
    }
    for i in stride(from: d - 2, through: 0, by: -1) {
        let attached = tables[i].attach(tables[i + 1])
        #expect(attached)
    }
    return tables
}

@Test(arguments: ["Sylow2(S16)", "Sylow2(S64)", "C3 wr C3", "Sylow3(S27)", "D8"])
func pcgsWordsExpressEveryMemberElementAsOneLine(_ name: String) throws {
    let g = try GroupCatalog.group(named: name)
    let tables = try memberTables(g)
    let derived = g.derivedSeries
    #expect(tables.count == derived.count - 1)
    var checked = 0
    for (i, t) in tables.enumerated() {
        // Every line evaluates to its stored value: the entries are words in the inputs.
        for (k, line) in t.lines.enumerated() {
            #expect(evaluate(line, t.values, degree: g.degree) == t.values[t.inputCount + k], "\(name) member \(i) line \(k)")
        }
        for seed in 0..<UInt64(10) {
            let x = derived[i].randomElement(seed: seed)
            let word = try #require(t.express(x), "\(name) member \(i): a member element")
            #expect(evaluate(word, t.values, degree: g.degree) == x)
            checked += 1
        }
    }
    #expect(checked == 10 * tables.count)
}

/// An element of G outside G^(1), and a permutation outside G, have no word over G^(1)'s table.
@Test func pcgsWordsRejectNonMembers() throws {
    let g = try GroupCatalog.group(named: "Sylow2(S16)")
    let tables = try memberTables(g)
    #expect(tables[1].express(g.generators[0]) == nil)
    #expect(tables[0].express(try Permutation(cycles: "(1,2,3)", degree: 16)) == nil)
    #expect(tables[0].express(g.generators[0]) == [0, 1])
}

/// A table over the wrong generators does not attach; a table whose inputs generate too little
/// is not filled.
@Test func pcgsWordsRefuseWhatDoesNotFit() throws {
    let g = try GroupCatalog.group(named: "Sylow2(S16)")
    var top = try #require(PcgsWords(group: g, derivedMember: 0, generators: g.generators))
    let skipped = try #require(PcgsWords(group: g, derivedMember: 2, generators: g.derivedSeries[2].generators))
    let attached = top.attach(skipped)
    #expect(!attached)
    let short = try #require(PcgsWords(group: g, derivedMember: 0, generators: [g.generators[0]]))
    #expect(!short.isFilled)
}

/// The span modulo G^(k+1): complete exactly when the added elements generate G^(k) modulo
/// G^(k+1); an element already in the span is not added.
@Test func pcgsLayerSpanCountsTheLayer() throws {
    let g = try GroupCatalog.group(named: "Sylow2(S16)")
    var span = try #require(PcgsLayerSpan(group: g, layer: 1))
    let layerOrder = g.derivedSeries[1].order / g.derivedSeries[2].order
    var added = 0
    for x in g.derivedSeries[1].generators where span.addIfOutside(x) { added += 1 }
    #expect(span.isComplete)
    #expect(BigInt(1) << added >= layerOrder)
    let again = span.addIfOutside(g.derivedSeries[1].generators[0])
    #expect(!again)
    var empty = try #require(PcgsLayerSpan(group: g, layer: 1))
    let deeper = empty.addIfOutside(g.derivedSeries[2].generators[0])
    #expect(!deeper)
    #expect(!empty.isComplete)
    #expect(PcgsLayerSpan(group: g, layer: 4) == nil)
}
