import ArgumentParser
import Batch
import Foundation

/// `--line-timeout SECONDS` and `--line-memory MB`: the budget of each line of `tower group
/// --batch` and `tower lie --batch` (`IsolatedBatch`), and the hidden `--batch-worker` that makes
/// the command the worker process running those lines (`BatchWorker`).
struct BatchLineOptions: ParsableArguments {
    /// Seconds one line may take unless --line-timeout says otherwise.
    static let defaultTimeout: Double = 300

    /// MB one line's worker may hold unless --line-memory says otherwise: 4096, or half the
    /// machine's memory where that is less.
    static var defaultMemoryMB: Int {
        min(4096, max(64, Int(ProcessInfo.processInfo.physicalMemory >> 20) / 2))
    }

    @Option(name: .customLong("line-timeout"), help: ArgumentHelp("With --batch: the seconds (wall clock) one line may take, default \(Int(defaultTimeout)). A line past it is stopped and gets an \"error\" row with \"failure\": \"timeout\"; the batch goes on.", valueName: "seconds"))
    var lineTimeout: Double?

    @Option(name: .customLong("line-memory"), help: ArgumentHelp("With --batch: the MB of resident memory the worker process running one line may hold, default 4096 (or half the machine's memory when that is less). A line past it is stopped and gets an \"error\" row with \"failure\": \"memory\"; the batch goes on.", valueName: "MB"))
    var lineMemory: Int?

    /// The worker side of `IsolatedBatch`, with the batch process's pid; not for users (so not in
    /// --help).
    @Option(name: .customLong("batch-worker"), help: .hidden)
    var batchWorkerParent: Int32?

    var batchWorker: Bool { batchWorkerParent != nil }

    func validate() throws {
        if let lineTimeout, !(lineTimeout > 0 && lineTimeout <= 1e9) {
            throw ValidationError("--line-timeout must be a number of seconds above 0 (at most 1e9), not \(lineTimeout)")
        }
        if let lineMemory, !(1...(1 << 30)).contains(lineMemory) {
            throw ValidationError("--line-memory must be a number of MB from 1 to \(1 << 30), not \(lineMemory)")
        }
    }

    /// Refuses the budget options without --batch (they would silently do nothing).
    func check(batch: Bool) throws {
        if !batch && (lineTimeout != nil || lineMemory != nil) {
            throw ValidationError("--line-timeout and --line-memory apply to --batch")
        }
    }

    var budget: IsolatedBatch.Budget {
        IsolatedBatch.Budget(seconds: lineTimeout ?? Self.defaultTimeout, megabytes: lineMemory ?? Self.defaultMemoryMB)
    }
}
