import ArgumentParser
import CrossCheck
import Foundation

/// The options and the work of `tower crosscheck slurm DIR` and `tower table slurm DIR`: an
/// sbatch script running the plan as a Slurm job array, task I running `tower <subcommand> run
/// DIR --shard I/N`; `--submit` submits it and records the job for `status`.
struct SlurmOptions: ParsableArguments {
    @Option(help: "Number of array tasks (shards).") var array: Int
    @Option(help: "Slurm partition (default: the cluster's).") var partition: String?
    @Option(help: "Time limit per task, in Slurm's format (e.g. 01:00:00).") var time: String?
    @Option(help: "CPUs per task.") var cpus: Int = 1
    @Option(help: "Memory per task, in Slurm's format (e.g. 4G).") var mem: String?
    @Option(help: "Job name (default: tower-crosscheck or tower-table).") var name: String?
    @Flag(help: "Submit the script with sbatch and print the job id.") var submit = false
    @Flag(help: "Print one JSON object as the last line.") var json = false

    func validate() throws {
        guard array >= 1 else { throw ValidationError("--array must be at least 1, got \(array)") }
        guard cpus >= 1 else { throw ValidationError("--cpus must be at least 1, got \(cpus)") }
        for (option, value) in [("--partition", partition), ("--time", time), ("--mem", mem), ("--name", name)] {
            if let value, value.isEmpty || value.contains(where: { $0.isWhitespace || $0 == "'" || $0 == "\"" }) {
                throw ValidationError("\(option): '\(value)' is not a Slurm value (no spaces or quotes)")
            }
        }
    }

    /// Writes DIR/slurm.sh for `plan`, and submits it with --submit.
    func write<Plan: SweepPlanning>(directory: String, plan: Plan) throws {
        let dir = URL(fileURLWithPath: directory).standardizedFileURL.path
        let tower = Self.executablePath()
        try FileAccess.reportingWriteErrors(to: dir + "/slurm", what: "DIR") {
            try FileManager.default.createDirectory(atPath: dir + "/slurm", withIntermediateDirectories: true)
        }
        let script = Self.script(tower: tower, subcommand: Plan.subcommand, noun: Plan.noun, directory: dir, tasks: array, partition: partition, time: time,
                                 cpus: cpus, mem: mem, name: name ?? "tower-\(Plan.subcommand)")
        let path = dir + "/slurm.sh"
        try FileAccess.writeAtomically(script, to: path)
        chmod(path, 0o755)
        let command = "sbatch \(Self.quoted(path))"
        printError("wrote \(path): \(array) array tasks over \(plan.cells.count) cells")
        var object: [String: Any] = ["script": path, "sbatch": command, "tasks": array, "cells": plan.cells.count]
        if submit {
            let job = try Self.sbatch(path)
            try FileAccess.writeAtomically(job + "\n", to: dir + "/slurm/job")
            printError("submitted job \(job); follow it with tower \(Plan.subcommand) status \(directory)")
            print(job)
            object["job"] = job
        } else {
            print(command)
        }
        if json { print(try JSONLine.encode(object)) }
    }

    static func script(tower: String, subcommand: String, noun: String = "sweep", directory: String, tasks: Int, partition: String?, time: String?, cpus: Int, mem: String?, name: String) -> String {
        var lines = ["#!/bin/bash", "# Written by tower \(subcommand) slurm: runs the \(noun) in \(directory) as \(tasks) array tasks, one shard each.",
                     "#SBATCH --job-name=\(name)", "#SBATCH --array=1-\(tasks)", "#SBATCH --cpus-per-task=\(cpus)",
                     "#SBATCH --output=\(directory)/slurm/%A_%a.out"]
        if let partition { lines.append("#SBATCH --partition=\(partition)") }
        if let time { lines.append("#SBATCH --time=\(time)") }
        if let mem { lines.append("#SBATCH --mem=\(mem)") }
        lines += ["set -euo pipefail", "export TOWER_THREADS=\"${SLURM_CPUS_PER_TASK:-\(cpus)}\"",
                  "exec \(quoted(tower)) \(subcommand) run \(quoted(directory)) --shard \"${SLURM_ARRAY_TASK_ID}/\(tasks)\""]
        return lines.joined(separator: "\n") + "\n"
    }

    static func quoted(_ s: String) -> String {
        s.allSatisfy { $0.isLetter || $0.isNumber || "/._-+:=@".contains($0) } ? s : "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// The absolute path of the running tower executable.
    static func executablePath() -> String {
        if let resolved = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return resolved }
        return URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.path
    }

    /// The job submitted last with --submit (DIR/slurm/job) and its tasks in the queue by state
    /// ("RUNNING": 2, "PENDING": 2), from squeue; nil when none was submitted or squeue is missing.
    static func queued(directory: String) -> (job: String, states: [String: Int])? {
        guard let job = (try? String(contentsOfFile: directory + "/slurm/job", encoding: .utf8))?
            .trimmingCharacters(in: .whitespacesAndNewlines), !job.isEmpty else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["squeue", "-h", "-j", job, "-o", "%T"]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        var states: [String: Int] = [:]
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") { states[String(line), default: 0] += 1 }
        return (job, states)
    }

    /// Runs `sbatch --parsable SCRIPT` and returns the job id.
    static func sbatch(_ script: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sbatch", "--parsable", script]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        do { try process.run() } catch { throw InputFailure("--submit: cannot run sbatch: \(FileAccess.reason(of: error))") }
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: o, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard process.terminationStatus == 0, !text.isEmpty else {
            let why = String(decoding: e, as: UTF8.self).split(separator: "\n").first.map(String.init) ?? "exit status \(process.terminationStatus)"
            throw InputFailure("--submit: sbatch failed: \(why == "env: ‘sbatch’: No such file or directory" ? "sbatch is not installed" : why)")
        }
        return String(text.split(separator: ";").first ?? Substring(text))
    }
}
