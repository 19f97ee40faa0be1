import ArgumentParser
import CrossCheck
import Foundation
import SequenceModels

/// Runs the cells of one shard of a sweep plan (a cross-check's, a table's): skips finished
/// cells, redoes damaged ones, takes each cell's lease before working on it (so two workers never
/// both compute or write a cell), writes each result atomically as it finishes, and prints overall
/// progress on stderr (cells done of the plan's total, this worker's cells left, ETA from measured
/// seconds per unit of predicted cost). `work` computes one cell, renewing the lease as it goes.
struct SweepWorker<Plan: SweepPlanning> {
    typealias Spec = Plan.Spec
    typealias Work = (Spec, SweepLease) throws -> Spec.File.Result
    let directory: SweepDirectory
    let plan: Plan
    var shard = (index: 1, count: 1)
    var leaseSeconds: Double = 300
    /// The word progress lines use for working on a cell ("training", "computing").
    var verb = "training"
    let work: Work

    init(directory: SweepDirectory, plan: Plan, shard: (index: Int, count: Int) = (1, 1), leaseSeconds: Double = 300,
         verb: String = "training", work: @escaping Work) {
        self.directory = directory; self.plan = plan; self.shard = shard; self.leaseSeconds = leaseSeconds
        self.verb = verb; self.work = work
    }

    struct Summary {
        var trained = 0
        var alreadyDone = 0
        /// Cells whose lease a live worker held when this one reached them.
        var heldByOthers: [String] = []
    }

    func run() throws -> Summary {
        let mine = plan.shard(shard.index, of: shard.count)
        var summary = Summary()
        let abandoned = directory.removeAbandonedTemporaries(olderThan: leaseSeconds)
        if abandoned > 0 { printError("removed \(abandoned) temporary file\(abandoned == 1 ? "" : "s") of interrupted cell writes or lease takes from \(directory.path)") }
        var done = directory.finished(plan)
        let label = shard.count > 1 ? "shard \(shard.index)/\(shard.count): " : ""
        let pending = mine.filter { done[$0.id] == nil }
        summary.alreadyDone = mine.count - pending.count
        printError("\(label)\(mine.count) cells in this shard, \(summary.alreadyDone) already done; "
                   + "\(done.count) of \(plan.cells.count) cells of the plan done")
        var left = pending
        var retried = false
        while !left.isEmpty {
            var held: [Spec] = []
            for spec in left {
                if case .damaged(let why) = directory.state(of: spec) {
                    printError("\(label)cells/\(spec.id).json is damaged (\(why)); redoing the cell")
                }
                if case .done(let f) = directory.state(of: spec) { done[spec.id] = f; continue }
                let lease: SweepLease
                switch try SweepLease.acquire(directory.lockPath(spec.id), leaseSeconds: leaseSeconds,
                                              onReclaim: { printError("\(label)taking over the lease of \(spec.id): \($0)") }) {
                case .held: held.append(spec); continue
                case .acquired(let l): lease = l
                }
                defer { lease.release() }
                // Finished by another worker between the check above and the lease.
                if case .done(let f) = directory.state(of: spec) { done[spec.id] = f; continue }
                let remaining = mine.filter { done[$0.id] == nil }
                printError("\(label)cell \(spec.id): \(verb) (\(done.count) of \(plan.cells.count) done, "
                           + "\(remaining.count) left in this shard\(eta(remaining, done: done)))")
                let began = Date()
                let cell = try work(spec, lease)
                let file = Spec.File(spec: spec, cell: cell, worker: SweepLease.worker, seconds: Date().timeIntervalSince(began))
                guard lease.isOwn else {
                    printError("\(label)cell \(spec.id): the lease was taken over by another worker; this result is discarded")
                    continue
                }
                try directory.write(file)
                done[spec.id] = file
                summary.trained += 1
                printError(String(format: "%@cell %@: done in %.1f s (%d of %d done)", label, spec.id, file.seconds, done.count, plan.cells.count))
            }
            // Cells held by another worker: look once more at the end (its lease may have gone stale).
            if held.isEmpty || retried { summary.heldByOthers = held.map(\.id); break }
            retried = true
            left = held
        }
        return summary
    }

    /// `tower crosscheck|table run DIR --shard I/N`: runs the shard, prints what it did (and one
    /// JSON object with `json`); exit status 3 when some cells were left to live workers holding their lease.
    func runShard(json: Bool) throws {
        let summary = try run()
        let done = directory.finished(plan).count
        printError("shard \(shard.index)/\(shard.count): \(verb == "training" ? "trained" : "computed") \(summary.trained), \(summary.alreadyDone) were done"
                   + (summary.heldByOthers.isEmpty ? "" : ", \(summary.heldByOthers.count) held by other workers")
                   + "; \(done) of \(plan.cells.count) cells of the plan done")
        if json {
            print(try JSONLine.encode(["shard": "\(shard.index)/\(shard.count)", "trained": summary.trained,
                                       "already_done": summary.alreadyDone, "held_by_others": summary.heldByOthers,
                                       "plan_done": done, "plan_cells": plan.cells.count]))
        }
        if !summary.heldByOthers.isEmpty { throw ExitCode(3) }
    }

    /// ", ETA 3m05s" from the measured seconds per unit of predicted cost of the finished cells
    /// (empty before any cell has finished).
    private func eta(_ remaining: [Spec], done: [String: Spec.File]) -> String {
        let cost = done.values.map(\.spec.cost).reduce(0, +)
        guard cost > 0 else { return "" }
        let rate = done.values.map(\.seconds).reduce(0, +) / cost
        return ", ETA " + TrainProgressDisplay.duration(rate * remaining.map(\.cost).reduce(0, +))
    }
}

extension SweepWorker where Plan == SweepPlan {
    /// The worker of a cross-check: trains each cell with the plan's budget.
    init(directory: SweepDirectory, plan: SweepPlan, shard: (index: Int, count: Int) = (1, 1), leaseSeconds: Double = 300) {
        self.init(directory: directory, plan: plan, shard: shard, leaseSeconds: leaseSeconds) { spec, lease in
            var runner = CrossCheckRunner(budget: plan.budget)
            var display: TrainProgressDisplay?
            runner.onStart = { display = TrainProgressDisplay(label: $0) }
            runner.progress = { display?.update($0); lease.renew() }
            runner.onFinish = { display?.finish(); lease.renew() }
            do { return try runner.run(spec) } catch let e as TrainingError {
                throw InputFailure("cell \(spec.id): \(e)")
            } catch let e as SweepError {
                throw InputFailure("\(directory.planPath): \(e)")
            }
        }
    }
}
