import ArgumentParser
import Batch
import Foundation

/// The CLI side of `tower group --batch` and `tower lie --batch`; the mechanism (numbered lines,
/// worker processes under a budget, error rows) is the `Batch` module. This file reads the input,
/// prints each row as it comes (flushed) and the progress on a terminal, and turns failed lines
/// into the summary on stderr and exit status 2 (0 with `--keep-going`).
enum BatchRun {
    /// The batch side of `tower group` / `tower lie`: with the hidden `--batch-worker PID` this
    /// process serves as the worker (`answer` gives each line's row); with `--batch FILE` it runs
    /// the batch, `limits` bounding the whole batch and `lineOptions` each line. False when
    /// neither: the command handles one input.
    static func handle(command: String, batch: String?, keepGoing: Bool, lineOptions: BatchLineOptions, limits: ResourceGuardOptions,
                       answer: (_ line: String, _ number: Int) -> [String: Any]) throws -> Bool {
        if let parent = lineOptions.batchWorkerParent {
            BatchWorker.serve(parent: parent, answer)
            return true
        }
        guard let batch else { return false }
        limits.start(command: "tower \(command)")
        try reportingInputFailures {
            try run(command: command, path: batch, budget: lineOptions.budget, keepGoing: keepGoing)
        }
        return true
    }

    /// Runs the batch at `path` (`-`: standard input) with the workers of `command` ("group" or
    /// "lie"), each line under `budget`.
    private static func run(command: String, path: String, budget: IsolatedBatch.Budget, keepGoing: Bool) throws {
        let lines = try self.lines(path: path)
        let progress = BatchProgress(command: command, total: lines.count)
        let failures = try IsolatedBatch(command: command, budget: budget).run(lines, row: printFlushed, progress: progress.update)
        progress.finish()
        if let summary = BatchInput.summary(command: command, failures: failures, lines: lines.count, keepGoing: keepGoing) {
            printError(summary)
            if !keepGoing { throw ExitCode(2) }
        }
    }

    /// The non-blank lines of a JSONL file (or of standard input for `-`), numbered; `what` names
    /// the option in errors (`--batch`, `tower table --groups`).
    static func lines(path: String, what: String = "--batch") throws -> [BatchLine] {
        let data = path == "-" ? FileHandle.standardInput.readDataToEndOfFile() : try FileAccess.read(path, what: what)
        return try BatchInput.lines(data, source: path == "-" ? "standard input" : path, what: what)
    }

    /// Prints one output line and flushes it, so that every finished line is on disk (or in the
    /// pipe) before the next one starts. A closed standard output ends the process as it would
    /// without the SIGPIPE guard `IsolatedBatch` sets.
    private static func printFlushed(_ line: String) {
        print(line)
        if fflush(nil) != 0 {
            if errno == EPIPE {
                signal(SIGPIPE, SIG_DFL)
                raise(SIGPIPE)
            }
        }
    }
}
