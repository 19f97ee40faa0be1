import Groups
import Testing
@testable import Depth

/// Prime-power parts of invariant factors, sorted: comparable with GAP's AbelianInvariants.
func primaryParts(_ moduli: [Int]) -> [Int] {
    var parts: [Int] = []
    for n in moduli {
        for p in primeFactors(of: n) {
            var q = 1, m = n
            while m % p == 0 { q *= p; m /= p }
            parts.append(q)
        }
    }
    return parts.sorted()
}

@Test(arguments: Array(TestGroups.derivedFactorInvariants.keys).sorted())
func derivedFactorDecompositionMatchesGAP(name: String) throws {
    let cascade = try WitnessCascade(group: TestGroups.group(name))
    let ours = cascade.layers.map { primaryParts($0.quotient.moduli) }
    #expect(ours == TestGroups.derivedFactorInvariants[name]!.map { $0.sorted() })
}

@Test func invariantFactorsDivideEachOther() throws {
    let cascade = try WitnessCascade(group: TestGroups.group("C2xC4xC3"))
    #expect(cascade.layers[0].quotient.moduli == [2, 12])
}

@Test func cyclicGroupOfOrderSixtyIsOneFactor() throws {
    let cascade = try WitnessCascade(group: TestGroups.group("C60"))
    #expect(cascade.layers[0].quotient.moduli == [60])
}

@Test(arguments: ["S3 wr C2", "GL(2,3)"])
func projectionIsAHomomorphism(name: String) throws {
    let cascade = try WitnessCascade(group: TestGroups.group(name))
    let g = cascade.group
    for layer in cascade.layers {
        for a in layer.top.members {
            for b in layer.top.members {
                let lhs = layer.projection(g.product(a, b))
                let rhs = layer.quotient.add(layer.projection(a)!, layer.projection(b)!)
                #expect(lhs == rhs)
            }
        }
    }
}

@Test func nonAbelianFactorIsRejected() throws {
    let s3 = try IndexedGroup(TestGroups.group("S3"))
    let whole = ElementSet(0..<s3.order, universe: s3.order)
    let trivial = ElementSet([s3.identity], universe: s3.order)
    #expect(throws: WitnessError.self) { _ = try AbelianQuotient(group: s3, top: whole, bottom: trivial) }
}

@Test func nonNormalBottomIsRejected() throws {
    let s3 = try IndexedGroup(TestGroups.group("S3"))
    let whole = ElementSet(0..<s3.order, universe: s3.order)
    let transposition = try s3.index(of: Permutation(cycles: "(1,2)"))!
    let order2 = ElementSet([s3.identity, transposition], universe: s3.order)
    #expect(throws: WitnessError.self) { _ = try AbelianQuotient(group: s3, top: whole, bottom: order2) }
}
