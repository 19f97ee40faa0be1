import Groups
import Testing
@testable import Depth

@Test(arguments: ["S3", "D8", "Q8", "A4", "S4", "SL(2,3)", "GL(2,3)", "C2 wr S3"])
func witnessWithOneLayerFewerIsRefusedNamingTheDerivedSubgroup(name: String) throws {
    let group = try TestGroups.group(name)
    let k = try #require(group.derivedLength)
    do {
        _ = try WitnessCascade(group: group, layers: k - 1)
        Issue.record("\(name): a \(k - 1)-layer witness was built")
    } catch let WitnessError.tooFewLayers(requested, length, order, _) {
        #expect(requested == k - 1)
        #expect(length == k)
        #expect(order == group.derivedSeries[k - 1].order.description)
        #expect(order != "1")
    }
}

/// The refusal is not just bookkeeping: every series with one member dropped has a factor that
/// is not abelian, and the explicit-series constructor says so.
@Test(arguments: ["S3", "S4", "GL(2,3)", "C2 wr S3"])
func derivedSeriesWithAMemberDroppedHasANonAbelianFactor(name: String) throws {
    let full = try WitnessCascade(group: TestGroups.group(name))
    for dropped in 1..<(full.series.count - 1) {
        var shorter = full.series
        shorter.remove(at: dropped)
        #expect(throws: WitnessError.self, "\(name): dropping member \(dropped) still gave a witness") {
            _ = try WitnessCascade(group: full.group, series: shorter)
        }
    }
}

@Test(arguments: ["A5", "S5"])
func nonSolvableGroupIsRefusedNamingItsPerfectResiduum(name: String) throws {
    let group = try TestGroups.group(name)
    #expect(throws: WitnessError.notSolvable(residuumOrder: "60",
                                             residuumGenerators: WitnessCascade.distinctGenerators(group.perfectResiduum))) {
        _ = try WitnessCascade(group: group)
    }
}

@Test func refusalMessageNamesThePerfectResiduumOrder() throws {
    do {
        _ = try WitnessCascade(group: TestGroups.group("S5"))
        Issue.record("S5 got a witness")
    } catch let error as WitnessError {
        #expect(error.description.contains("perfect residuum"))
        #expect(error.description.contains("order 60"))
    }
}

@Test func seriesThatDoesNotEndInTheTrivialGroupIsRejected() throws {
    let full = try WitnessCascade(group: TestGroups.group("S4"))
    #expect(throws: WitnessError.self) {
        _ = try WitnessCascade(group: full.group, series: Array(full.series.dropLast()))
    }
}
