import Exact
import Testing
@testable import Groups

/// Member i of `pcgs` equals member i of `chain`: the same order, and the pcgs member's
/// generators (its induced pcgs) lie in the chain member.
private func sameMembers(_ pcgs: [PermutationGroup], _ chain: [PermutationGroup], _ id: String) {
    #expect(pcgs.map(\.order) == chain.map(\.order), "\(id): orders")
    for (u, h) in zip(pcgs, chain) {
        #expect(u.generators.allSatisfy(h.contains), "\(id): member of order \(u.order)")
    }
}

/// The solvable groups of prime-power order among the GAP fixtures (transitive groups of degree
/// <= 12, regular representations of small groups) and the catalog's larger p-groups.
private func primePowerGroups() throws -> [(String, PermutationGroup)] {
    var groups: [(String, PermutationGroup)] = []
    var read = 0
    for file in ["transitive", "smallgroups_regular"] {
        let records = try FixtureRecord.load(file)
        read += records.count
        for r in records where r.solvable {
            let g = try r.group()
            if g.pcgs?.prime != nil { groups.append((r.id, g)) }
        }
    }
    #expect(read == 475 + 157)  // every line of both fixtures read
    for name in ["Sylow2(S64)", "Sylow3(S27)", "C2 wr C2 wr C2", "Q16", "C3 wr C3"] {
        groups.append((name, try GroupCatalog.group(named: name)))
    }
    return groups
}

/// The lower central series of every p-group in the fixtures: the levelled pcgs (what
/// `lowerCentralSeries` uses) against the stabilizer-chain path (solvable normal closures),
/// member by member, and against the member-by-member closures in the pcgs.
@Test func levelledLowerCentralSeriesEqualsTheChainPath() throws {
    let groups = try primePowerGroups()
    #expect(groups.count == 142)  // 137 fixture p-groups and 5 catalog groups
    for (id, g) in groups {
        let pcgs = try #require(g.pcgsLowerCentralSeries, "\(id) has a pcgs")
        let chain = try #require(g.solvableLowerCentralSeries(), "\(id) chain path")
        sameMembers(pcgs, chain, id)
        #expect(g.pcgs!.lowerCentralSeriesByClosures(generators: g.generatorTables).map(\.order) == chain.map(\.order), "\(id): closures")
    }
}

/// The EA2 series ([H,H]H^2) of every 2-group in the fixtures: the levelled pcgs against the
/// chain path, member by member; other groups get no levelled EA2 series.
@Test func levelledElementaryAbelian2SeriesEqualsTheChainPath() throws {
    var twoGroups = 0
    for (id, g) in try primePowerGroups() {
        guard g.pcgs?.prime == 2 else {
            #expect(g.pcgsElementaryAbelian2Series == nil, "\(id): not a 2-group")
            continue
        }
        twoGroups += 1
        let pcgs = try #require(g.pcgsElementaryAbelian2Series, "\(id) levelled EA2")
        let chain = try #require(g.solvableElementaryAbelian2Series(), "\(id) chain path")
        sameMembers(pcgs, chain, id)
    }
    #expect(twoGroups > 100)
}

/// A solvable group's composition series is its pcgs's tails: the same factor orders, sorted,
/// as the chain path (prime steps through the derived layers), each member of the stated order.
@Test func compositionSeriesFromThePcgsMatchesTheChainPath() throws {
    let records = try FixtureRecord.load("transitive")
    #expect(records.count == 475)
    var solvable = 0
    for r in records where r.solvable {
        solvable += 1
        let g = try r.group()
        let pcgs = try #require(g.pcgs, "\(r.id) has a pcgs")
        let fromPcgs = CompositionSeriesBuilder.fromPcgs(pcgs, of: g)
        let chain = try CompositionSeriesBuilder.build(g, usePcgs: false).get()
        #expect(fromPcgs.factorOrders.sorted { $0 < $1 } == chain.factorOrders.sorted { $0 < $1 }, "\(r.id) factors")
        #expect(fromPcgs.members.count == pcgs.length + 1)
        #expect(zip(fromPcgs.members, fromPcgs.orders).allSatisfy { m, o in m === g || PermutationGroup(generators: m.generators, degree: g.degree).order == o },
                "\(r.id) member orders")
    }
    #expect(solvable > 300)
}

/// The expected levels only order the levelled closure's work: with the radical guess (the
/// default), with none, and with a guess too deep everywhere (every entry waits until the
/// queue runs dry, then all are placed without guesses), the members are the same subgroups
/// (same orders, and the elements of one member lie in the other) on every 2-group of the
/// fixtures.
@Test func lowerCentralSeriesDoesNotDependOnTheGuess() throws {
    var twoGroups = 0
    for (id, g) in try primePowerGroups() where g.pcgs?.prime == 2 {
        twoGroups += 1
        let pcgs = g.pcgs!
        let gens = g.generatorTables
        let guessed = pcgs.lowerCentralSeries(generators: gens)
        let plain = pcgs.lowerCentralSeries(generators: gens, guess: .some(nil))
        let tooDeep = pcgs.lowerCentralSeries(generators: gens, guess: Array(repeating: pcgs.length, count: pcgs.length))
        for other in [plain, tooDeep] {
            #expect(guessed.map(\.order) == other.map(\.order), "\(id): orders")
            for (u, v) in zip(guessed, other) {
                let span = try #require(InducedPcgs.close(v.elements, in: pcgs), "\(id)")
                #expect(u.elements.allSatisfy { span.contains($0) == true }, "\(id): member of order \(u.order)")
            }
        }
    }
    #expect(twoGroups > 100)
}

/// For the iterated wreath products of C_2 (Sylow 2-subgroups of S_(2^k)) the members of the
/// lower central series inside each derived layer are the radical filtration of the layer:
/// the guess `radicalLevels` is exact (the member orders it predicts are the series' orders).
/// Where it is not, the series is still right (test above).
@Test func radicalLevelsAreExactForIteratedWreathProductsOfC2() throws {
    for name in ["C2 wr C2 wr C2", "Sylow2(S16)", "Sylow2(S64)", "Sylow2(S128)"] {
        let g = try GroupCatalog.group(named: name)
        let pcgs = try #require(g.pcgs, "\(name)")
        let gens = Array(pcgs.elements[0..<pcgs.derivedStarts[1]])
        let levels = try #require(pcgs.radicalLevels(generators: gens), "\(name): elementary abelian layers")
        let predicted = (0...levels.max()! + 1).map { j in productOfRelativeOrders(levels.indices.filter { levels[$0] >= j }.map { pcgs.relativeOrders[$0] }) }
        #expect(predicted == g.lowerCentralSeries.map(\.order), "\(name)")
    }
    // Not a 2-group: no guess.
    #expect(try GroupCatalog.group(named: "Sylow3(S27)").pcgs!.radicalLevels(generators: []) == nil)
}

/// The radical filtration of small modules. A generator swapping e0 and e1 and fixing e2 (the
/// module F_2[C_2] + F_2): J V = <e0 + e1>, J^2 V = 0; e0 is a pivot down to J V, e1, e2 of V.
@Test func radicalFiltrationOfASmallModule() {
    let swap = [[0, 1, 0], [1, 0, 0], [0, 0, 1]]
    #expect(RadicalFiltration(images: [swap], dimension: 3).depths() == [1, 0, 0])
    // A unipotent Jordan block (e0 -> e0 + e1, e1 -> e1 + e2): J^r V = <e_r, ..., e_2>.
    let jordan = [[1, 1, 0], [0, 1, 1], [0, 0, 1]]
    #expect(RadicalFiltration(images: [jordan], dimension: 3).depths() == [0, 1, 2])
    // With a second generator acting trivially nothing changes.
    let identity = [[1, 0, 0], [0, 1, 0], [0, 0, 1]]
    #expect(RadicalFiltration(images: [jordan, identity], dimension: 3).depths() == [0, 1, 2])
}
