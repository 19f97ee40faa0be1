import Foundation
import SequenceModels
import Testing
@testable import CrossCheck

private func plan(_ groups: [String], depths: [Int] = [1, 2], guidance: [String] = ["none"], noise: [Double] = []) throws -> SweepPlan {
    var budget = tinyBudget
    budget.guidance = guidance
    return try CrossCheckRunner(budget: budget).plan(groups: groups, families: [.dcd, .real01], depths: depths, noise: noise,
                                                     towerVersion: "test", command: "tower crosscheck")
}

@Test func planListsTheCellsInTheOrderTheRunnerTrainsThem() throws {
    var budget = tinyBudget
    budget.guidance = ["none", "derived-series"]
    let p = try plan(["C2", "S3"], guidance: budget.guidance, noise: [0.5])
    let (_, c2) = try CrossCheckRunner(budget: budget).cells(group: "C2", families: [.dcd, .real01], depths: [1, 2])
    let (_, s3) = try CrossCheckRunner(budget: budget).cells(group: "S3", families: [.dcd, .real01], depths: [1, 2])
    let witness = try CrossCheckRunner(budget: budget).witnessCells(group: "C2", noise: [0.5])
        + CrossCheckRunner(budget: budget).witnessCells(group: "S3", noise: [0.5])
    let key = { (g: String, f: String, d: Int, m: String, i: String) in "\(g) \(f) \(d) \(m) \(i)" }
    let trained = (c2 + [witness[0]] + s3 + [witness[1]]).map { key($0.group, $0.family, $0.depth, $0.guidance, $0.initialisation) }
    #expect(p.cells.map { key($0.group, $0.family, $0.depth, $0.guidance, $0.initialisation) } == trained)
    #expect(p.cells.map(\.id).prefix(3) == ["0000-C2-dcd-x1", "0001-C2-dcd-x2", "0002-C2-dcd-x2-guided"])
    #expect(Set(p.cells.map(\.id)).count == p.cells.count)
    #expect(p.groups.map(\.group) == ["C2", "S3"])
}

@Test func planRefusesAnUnknownGroupBeforeTraining() {
    #expect(throws: (any Error).self) { try plan(["C2", "S3x"]) }
}

@Test func slugKeepsFileNamesSafe() {
    #expect(SweepPlan.slug("PSL(2,7)") == "PSL_2_7_")
    #expect(SweepPlan.slug("C2 x C2") == "C2_x_C2")
    #expect(SweepPlan.slug("../a/b") == ".._a_b")
}

@Test func shardsPartitionThePlanStablyAndBalanced() throws {
    var p = try plan(["C2", "S3", "A4"], depths: [1, 2, 3])
    // Costs differ per cell (steps x depth); give them a spread so balance is meaningful.
    for i in p.cells.indices { p.cells[i].cost = Double((i * 7919) % 13 + 1) }
    for n in [1, 2, 3, 5] {
        let shards = (1...n).map { p.shard($0, of: n) }
        let ids = shards.flatMap { $0.map(\.id) }
        #expect(ids.count == p.cells.count)
        #expect(Set(ids) == Set(p.cells.map(\.id)))
        #expect(shards.map { $0.map(\.id) } == (1...n).map { p.shard($0, of: n).map(\.id) })
        let loads = shards.map { $0.map(\.cost).reduce(0, +) }
        #expect(loads.max()! - loads.min()! <= p.cells.map(\.cost).max()!, "n=\(n) loads \(loads)")
        for s in shards { #expect(s.map(\.id) == s.map(\.id).sorted()) }
    }
}

@Test func resultsFromSomeCellsAreMarkedPartial() throws {
    let p = try plan(["C2"])
    let cell = try CrossCheckRunner(budget: tinyBudget).run(p.cells[0])
    let partial = p.results(finished: [p.cells[0].id: cell], wallSeconds: 1)
    #expect(partial.partial == .init(done: 1, total: p.cells.count))
    #expect(partial.cells == [cell])
    #expect(ReportTables.markdown(partial).contains("PARTIAL sweep: 1 of 4 cells done"))
    #expect(HTMLReport.page(partial).contains("PARTIAL sweep: 1 of 4 cells done"))
    #expect(try ReportTables.results(fromJSON: Data(ReportTables.json(partial).utf8)) == partial)
    let all = try Dictionary(uniqueKeysWithValues: p.cells.map { ($0.id, try CrossCheckRunner(budget: tinyBudget).run($0)) })
    let full = p.results(finished: all, wallSeconds: 2)
    #expect(full.partial == nil)
    #expect(!ReportTables.markdown(full).contains("PARTIAL"))
}

@Test func oneCellRunAloneEqualsTheSameCellInAFullRun() throws {
    let p = try plan(["S3"])
    let (_, cells) = try CrossCheckRunner(budget: tinyBudget).cells(group: "S3", families: [.dcd, .real01], depths: [1, 2])
    for (spec, cell) in zip(p.cells, cells) {
        var alone = try CrossCheckRunner(budget: tinyBudget).run(spec)
        for i in alone.runs.indices { alone.runs[i].wallSeconds = cell.runs[i].wallSeconds }
        #expect(alone == cell, "\(spec.id)")
    }
}
