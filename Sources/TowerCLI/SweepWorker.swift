import CrossCheck
import Foundation
import SequenceModels

/// Runs the cells of one shard of a sweep plan: skips finished cells, redoes damaged ones, takes
/// each cell's lease before training it (so two workers never both train or write a cell), writes
/// each result atomically as it finishes, and prints overall progress on stderr (cells done of
/// the plan's total, this worker's cells left, ETA from measured seconds per unit of predicted cost).
struct SweepWorker {
    let directory: SweepDirectory
    let plan: SweepPlan
    var shard = (index: 1, count: 1)
    var leaseSeconds: Double = 300

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
        if abandoned > 0 { printError("removed \(abandoned) temporary file\(abandoned == 1 ? "" : "s") of interrupted cell writes from \(directory.cellsPath)") }
        var done = directory.finished(plan)
        let label = shard.count > 1 ? "shard \(shard.index)/\(shard.count): " : ""
        let pending = mine.filter { done[$0.id] == nil }
        summary.alreadyDone = mine.count - pending.count
        printError("\(label)\(mine.count) cells in this shard, \(summary.alreadyDone) already done; "
                   + "\(done.count) of \(plan.cells.count) cells of the plan done")
        var left = pending
        var retried = false
        while !left.isEmpty {
            var held: [SweepPlan.Spec] = []
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
                printError("\(label)cell \(spec.id): training (\(done.count) of \(plan.cells.count) done, "
                           + "\(remaining.count) left in this shard\(eta(remaining, done: done)))")
                let began = Date()
                let cell = try train(spec, lease: lease)
                let file = SweepCellFile(spec: spec, cell: cell, worker: SweepLease.worker, seconds: Date().timeIntervalSince(began))
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

    private func train(_ spec: SweepPlan.Spec, lease: SweepLease) throws -> CrossCheckResults.Cell {
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

    /// ", ETA 3m05s" from the measured seconds per unit of predicted cost of the finished cells
    /// (empty before any cell has finished).
    private func eta(_ remaining: [SweepPlan.Spec], done: [String: SweepCellFile]) -> String {
        let cost = done.values.map(\.spec.cost).reduce(0, +)
        guard cost > 0 else { return "" }
        let rate = done.values.map(\.seconds).reduce(0, +) / cost
        return ", ETA " + TrainProgressDisplay.duration(rate * remaining.map(\.cost).reduce(0, +))
    }
}
