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

@Test func autoGuidancePlansEachDepthWithTheRecipesRule() throws {
    // S4 (derived length 3): two layers plain with cascade-guided retries, three cascade-guided;
    // S3 plain with cascade-guided retries at every depth of two or more.
    let p = try plan(["S4", "S3"], depths: [2, 3], guidance: [CrossCheckRunner.automaticGuidance])
    let retry = CrossCheckRunner.plainThenCascade
    #expect(p.cells.filter { $0.family == "dcd" }.map { "\($0.group) \($0.depth) \($0.guidance)" }
            == ["S4 2 \(retry)", "S4 3 cascade", "S3 2 \(retry)", "S3 3 \(retry)"])
    #expect(p.cells.map(\.id).contains("0001-S4-dcd-x3-guided"))
    // Above order 81 two layers are guided by steps-states from the first attempt (A4 x C8, order 96).
    let large = try plan(["A4 x C8"], depths: [1, 2], guidance: [CrossCheckRunner.automaticGuidance])
    #expect(large.cells.filter { $0.family == "dcd" }.map { "\($0.depth) \($0.guidance)" } == ["1 none", "2 steps-states"])
    #expect(large.cells.filter { $0.family == "real01" }.map { "\($0.depth) \($0.guidance)" } == ["1 none", "2 \(retry)"])
    // Explicit modes next to auto are not planned twice.
    let both = try plan(["S4"], depths: [3], guidance: [CrossCheckRunner.automaticGuidance, "cascade"])
    #expect(both.cells.filter { $0.family == "dcd" }.map(\.guidance) == ["cascade"])
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

@Test func splitSeedsPlansOneCellPerSeedAndTheReportMergesThemBack() throws {
    var budget = tinyBudget
    budget.seeds = [1, 2]
    let runner = CrossCheckRunner(budget: budget)
    let whole = try runner.plan(groups: ["S3"], families: [.dcd], depths: [1, 2], noise: [], towerVersion: "test", command: "tower crosscheck")
    let split = try runner.plan(groups: ["S3"], families: [.dcd], depths: [1, 2], noise: [], splitSeeds: true,
                                towerVersion: "test", command: "tower crosscheck")
    #expect(whole.format == 1)
    #expect(split.format == 2)
    #expect(split.cells.map(\.id) == ["0000-S3-dcd-x1-s1", "0001-S3-dcd-x1-s2", "0002-S3-dcd-x2-s1", "0003-S3-dcd-x2-s2"])
    #expect(split.cells.map(\.seed) == [1, 2, 1, 2])
    #expect(split.cells.map(\.cost).reduce(0, +) == whole.cells.map(\.cost).reduce(0, +))
    let pieces = try Dictionary(uniqueKeysWithValues: split.cells.map { ($0.id, try runner.run($0)) })
    #expect(pieces.values.allSatisfy { $0.runs.count == 1 })
    let merged = split.results(finished: pieces, wallSeconds: 1)
    let direct = whole.results(finished: try Dictionary(uniqueKeysWithValues: whole.cells.map { ($0.id, try runner.run($0)) }), wallSeconds: 1)
    #expect(merged.partial == nil)
    #expect(merged.cells.count == 2)
    for (m, d) in zip(merged.cells, direct.cells) {
        #expect(m.runs.map(\.seed) == [1, 2])
        var mm = m
        for i in mm.runs.indices { mm.runs[i].wallSeconds = d.runs[i].wallSeconds }
        #expect(mm == d, "\(m.group) x\(m.depth)")
    }
    // Half the seeds of one experiment: still one row, one run, and the report says partial.
    let half = split.results(finished: [split.cells[0].id: pieces[split.cells[0].id]!], wallSeconds: 1)
    #expect(half.partial == .init(done: 1, total: 4))
    #expect(half.cells.map(\.runs.count) == [1])
    // A format-2 plan survives its JSON round trip with the seeds.
    #expect(try ReportTables.decode(SweepPlan.self, fromJSON: Data(ReportTables.json(encoding: split).utf8)) == split)
}
