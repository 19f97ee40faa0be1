import FloatBackend
import Groups
import SequenceModels
import Testing
@testable import Depth

/// The groups the issue lists, plus a second wreath product and an abelian group with two factors.
let witnessGroups = ["C2", "C60", "S3", "D8", "Q8", "A4", "S4", "SL(2,3)", "GL(2,3)", "C2 wr S3", "S3 wr C2", "C2xC4xC3"]

/// Uniform random words of element indices.
func randomWord(length: Int, order: Int, seed: UInt64) -> [Int] {
    var rng = SplitMix64(seed: seed)
    return (0..<length).map { _ in Int.random(in: 0..<order, using: &rng) }
}

@Test(arguments: witnessGroups)
func exactCascadeReproducesPrefixProducts(name: String) throws {
    let cascade = try WitnessCascade(group: TestGroups.group(name))
    let g = cascade.group
    for seed in UInt64(1)...3 {
        let word = randomWord(length: 200, order: g.order, seed: seed)
        let trace = try cascade.run(word)
        var y = g.identity
        for (t, x) in word.enumerated() {
            y = g.product(y, x)
            #expect(trace.products[t] == y, "\(name): wrong prefix product at step \(t) (seed \(seed))")
        }
    }
}

@Test(arguments: witnessGroups)
func witnessUsesDerivedLengthLayers(name: String) throws {
    let group = try TestGroups.group(name)
    let cascade = try WitnessCascade(group: group)
    #expect(cascade.layers.count == group.derivedLength)
}

@Test(arguments: witnessGroups)
func everyKappaLandsInTheNextSeriesMember(name: String) throws {
    let cascade = try WitnessCascade(group: TestGroups.group(name))
    for (l, layer) in cascade.layers.enumerated() {
        let failure = layer.firstKappaOutsideBottom()
        #expect(failure == nil, "\(name): layer \(l + 1) emits outside N_\(l + 1) at \(String(describing: failure))")
    }
}

@Test func sectionOfZeroIsTheIdentity() throws {
    let cascade = try WitnessCascade(group: TestGroups.group("GL(2,3)"))
    for layer in cascade.layers {
        #expect(layer.sections[0] == cascade.group.identity)
    }
}

@Test func extraLayersArePaddedWithTrivialFactors() throws {
    let cascade = try WitnessCascade(group: TestGroups.group("S3"), layers: 4)
    #expect(cascade.layers.map(\.quotient.order) == [2, 3, 1, 1])
    let word = randomWord(length: 50, order: 6, seed: 9)
    #expect(try cascade.run(word).products == prefixProducts(word, in: cascade.group))
}

@Test func cascadeRejectsAnIndexOutsideTheGroup() throws {
    let cascade = try WitnessCascade(group: TestGroups.group("S3"))
    #expect(throws: WitnessError.self) { try cascade.run([0, 6]) }
}

func prefixProducts(_ word: [Int], in g: IndexedGroup) -> [Int] {
    var y = g.identity
    return word.map { y = g.product(y, $0); return y }
}

/// The same groups as the CLI builds them, from the catalog (element order = task token order).
@Test(arguments: ["SL(2,3)", "GL(2,3)", "C2 wr S3", "S3 wr C2", "Q8", "D8"])
func witnessModelIsExactOnCatalogGroups(name: String) throws {
    let group = try GroupCatalog.group(named: name)
    let witness = try WitnessModel(cascade: WitnessCascade(group: group))
    let task = try WordProblemTask(name: name, group: group)
    let word = randomWord(length: 80, order: witness.cascade.group.order, seed: 21)
    #expect(try witness.model.predictions(tokens: word, batch: 1, length: 80) == task.prefixProducts(word))
}

/// `--root-penalty`'s angle orders. Guided: layer m's is the exponent of G^(m) / G^(m+1),
/// computed by `WordProblemTask` from its multiplication table; here independently, as the least
/// common multiple of the factor's abelian invariants from the permutation group's derived series.
/// Plain: every layer gets the exponent of G, here the lcm of the orders of its permutations.
@Test(arguments: ["S3", "Q8", "S4", "GL(2,3)", "C2 x C4", "AGL(1,8)", "C3 wr C3", "D8"])
func phaseOrdersAreTheExponentsOfTheDerivedFactorsOrOfTheGroup(name: String) throws {
    let group = try GroupCatalog.group(named: name)
    let task = try WordProblemTask(name: name, group: group)
    func lcm(_ values: [Int]) -> Int {
        values.reduce(1) { a, b in
            var (x, y) = (a, b)
            while y != 0 { (x, y) = (y, x % y) }
            return a / x * b
        }
    }
    let series = group.derivedSeries
    let expected = zip(series, series.dropFirst()).map { upper, lower in lcm(upper.abelianInvariants(of: lower)) }
    #expect(expected.count == series.count - 1 && !expected.isEmpty)
    #expect(task.phaseOrders(layers: expected.count, guided: true) == expected)
    // Fewer layers: the first ones; more: none past the series.
    #expect(task.phaseOrders(layers: 1, guided: true) == [expected[0]])
    #expect(task.phaseOrders(layers: expected.count + 2, guided: true) == expected)
    let elements = group.elements()
    #expect(elements.count == task.order)
    let exponent = lcm(elements.map(\.order))
    #expect(task.phaseOrders(layers: 3, guided: false) == [exponent, exponent, exponent])
    // Each factor's exponent divides the group's.
    #expect(expected.allSatisfy { exponent % $0 == 0 })
}
