import ArgumentParser
import CrossCheck
import Foundation

/// The arguments of `tower crosscheck status` and `tower table status`.
struct SweepStatusOptions: ParsableArguments {
    @Argument(help: "The sweep or table directory.") var directory: String
    @Option(help: "Seconds without renewal after which a lease counts as stale.") var lease: Double = 300
    @Flag(help: "Print one JSON object (counts and every cell's state) instead of text.") var json = false

    func show<Plan: SweepPlanning>(_ type: Plan.Type) throws {
        try reportingInputFailures {
            let (dir, plan) = try SweepDirectory.open(directory, as: Plan.self)
            try SweepStatus.show(dir, plan: plan, shownAs: directory, lease: lease, json: json)
        }
    }
}

/// `tower crosscheck status DIR` and `tower table status DIR`: which cells of a sweep are done,
/// running (a live lease) and left, the time left at the measured rate, and the Slurm job.
enum SweepStatus {
    static func show<Plan: SweepPlanning>(_ dir: SweepDirectory, plan: Plan, shownAs: String, lease: Double, json: Bool) throws {
        var rows: [[String: Any]] = []
        var counts = ["done": 0, "running": 0, "left": 0]
        var doneSeconds = 0.0, doneCost = 0.0, leftCost = 0.0
        for spec in plan.cells {
            var row: [String: Any] = ["id": spec.id]
            switch dir.state(of: spec) {
            case .done(let f):
                row["state"] = "done"; row["worker"] = f.worker; row["seconds"] = f.seconds
                doneSeconds += f.seconds; doneCost += spec.cost
            case .missing, .damaged:
                if case .damaged(let why) = dir.state(of: spec) { row["damaged"] = why }
                leftCost += spec.cost
                if let owner = SweepLease.owner(at: dir.lockPath(spec.id)) {
                    if let stale = SweepLease.staleReason(owner, leaseSeconds: lease) {
                        row["state"] = "left"; row["stale_lease"] = stale
                    } else {
                        row["state"] = "running"; row["worker"] = "\(owner.host) pid \(owner.pid), renewed \(Int(owner.age)) s ago"
                    }
                } else { row["state"] = "left" }
            }
            counts[row["state"] as! String, default: 0] += 1
            rows.append(row)
        }
        let eta: Double? = doneCost > 0 ? doneSeconds / doneCost * leftCost : nil
        let slurm = SlurmOptions.queued(directory: shownAs)
        if json {
            var object: [String: Any] = ["directory": shownAs, "cells": plan.cells.count, "done": counts["done"]!,
                                         "running": counts["running"]!, "left": counts["left"]!, "per_cell": rows]
            object["remaining_cpu_seconds"] = eta ?? NSNull()
            if let slurm { object["slurm_job"] = slurm.job; object["slurm_tasks_queued"] = slurm.states }
            print(try JSONLine.encode(object))
            return
        }
        print("\(shownAs): \(plan.cells.count) cells: \(counts["done"]!) done, \(counts["running"]!) running, \(counts["left"]!) left"
              + (eta.flatMap { $0 > 0 ? " (about \(TrainProgressDisplay.duration($0)) of one worker's time left)" : nil } ?? ""))
        if let slurm {
            print("Slurm job \(slurm.job): " + (slurm.states.isEmpty ? "no task in the queue"
                  : slurm.states.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key.lowercased())" }.joined(separator: ", ")))
        }
        for row in rows where row["state"] as? String != "done" {
            var line = "  \(row["id"]!): \(row["state"]!)"
            if let w = row["worker"] { line += " (\(w))" }
            if let s = row["stale_lease"] { line += " (stale lease: \(s))" }
            if let d = row["damaged"] { line += " (damaged cell file: \(d))" }
            print(line)
        }
    }
}
