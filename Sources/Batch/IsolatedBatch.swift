import Foundation
import CommandOutput

/// Runs the lines of `tower group --batch` / `tower lie --batch` in a worker process, so that no
/// line can end the batch: the worker is the same binary (`/proc/self/exe`) started with
/// `--batch-worker PID` (`BatchWorker`), fed one line at a time, in order, and its reply is handed
/// to the caller (which prints and flushes it) before the next line is sent, so the output is the
/// one a single process gives.
///
/// Each line has a budget (`--line-timeout`, `--line-memory`): while it runs, this process
/// polls the worker's reply every 10 ms and reads its resident memory from /proc. A line past
/// its time or memory is stopped (SIGKILL), a worker that dies (a crash, a trap) is noticed by the
/// end of its output; either way the line gets an error row `{"error": "line N: ...", "line": N,
/// "failure": "timeout" | "memory" | "crash", <echoed fields>}` and a fresh worker takes the next
/// line. A worker that still holds more than a quarter of the memory budget above what it held
/// after its first line is replaced too, so one big line does not count against the next.
///
/// The caller prints: each row goes to `row` as soon as it is known, and `progress` hears the
/// number of lines done after each one.
public final class IsolatedBatch {
    /// What one line may use: wall-clock seconds and MB of resident memory of its worker.
    public struct Budget: Sendable {
        public var seconds: Double
        public var megabytes: Int

        public init(seconds: Double, megabytes: Int) {
            self.seconds = seconds
            self.megabytes = megabytes
        }
    }

    private let command: String
    private let budget: Budget
    private var worker: BatchWorkerProcess?

    /// `command` is "group" or "lie": the subcommand the worker runs and the messages' prefix.
    public init(command: String, budget: Budget) {
        self.command = command
        self.budget = budget
    }

    /// Runs every line, handing one output row (a JSON line) per input line to `row`, in order;
    /// returns the number of lines whose row has an "error" field.
    public func run(_ lines: [BatchLine], row: (String) -> Void, progress: (_ linesDone: Int) -> Void = { _ in }) throws -> Int {
        // A worker gone before its request is written must not end this process.
        signal(SIGPIPE, SIG_IGN)
        defer { worker?.finish() }
        var failures = 0
        for (index, (number, text)) in lines.enumerated() {
            let reply = try answer(number: number, text: text)
            if reply.failed { failures += 1 }
            row(reply.json)
            progress(index + 1)
        }
        return failures
    }

    /// The reply for one line, from the worker or, when it failed, an error row.
    private func answer(number: Int, text: String) throws -> BatchWorker.Reply {
        let worker = try self.worker ?? BatchWorkerProcess(command: command)
        self.worker = worker
        switch worker.answer("\(number)\t\(text)\n", budget: budget) {
        case .reply(let line):
            if let held = worker.residentMB, held > worker.baselineMB(held) + budget.megabytes / 4 {
                worker.finish()
                self.worker = nil
            }
            return (String(line.dropFirst()), line.first == "!")
        case .failed(let failure):
            self.worker = nil
            return (try JSONLine.encode(row(number: number, text: text, failure: failure)), true)
        }
    }

    /// The error row of a line the worker did not answer: the fields a bad line gets (echoed
    /// input fields, "error", "line") and "failure".
    private func row(number: Int, text: String, failure: BatchWorkerProcess.Failure) -> [String: Any] {
        var row = ((try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any]) ?? [:]
        row.removeValue(forKey: "generators")
        let reason: String
        switch failure {
        case .timeout:
            reason = "--line-timeout: stopped after \(Self.number(budget.seconds)) s, before the line was finished"
        case .memory(let held):
            reason = "--line-memory: stopped at \(held) MB resident, above the limit of \(budget.megabytes) MB, before the line was finished"
        case .crash(let what):
            reason = "the worker process analysing this line \(what)"
        }
        row["error"] = "line \(number): \(reason); input: \(elided(text, limit: 200))"
        row["line"] = number
        row["failure"] = failure.kind
        return row
    }

    private static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
