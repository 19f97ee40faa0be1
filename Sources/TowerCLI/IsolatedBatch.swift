import Foundation

/// Runs the lines of `tower group --batch` / `tower lie --batch` in a worker process, so that no
/// line can end the batch: the worker is the same binary (`/proc/self/exe`) started with
/// `--batch-worker PID` (`BatchWorker`), fed one line at a time, in order, and its reply is printed
/// (and flushed) before the next line is sent, so the output is the one a single process gives.
///
/// Each line has a budget (`--line-timeout`, `--line-memory`): while it runs, this process
/// polls the worker's reply every 10 ms and reads its resident memory from /proc. A line past
/// its time or memory is stopped (SIGKILL), a worker that dies (a crash, a trap) is noticed by the
/// end of its output; either way the line gets an error row `{"error": "line N: ...", "line": N,
/// "failure": "timeout" | "memory" | "crash", <echoed fields>}` and a fresh worker takes the next
/// line. A worker that still holds more than a quarter of the memory budget above what it held
/// after its first line is replaced too, so one big line does not count against the next.
final class IsolatedBatch {
    struct Budget {
        var seconds: Double
        var megabytes: Int
    }

    private let command: String
    private let budget: Budget
    private let encode: ([String: Any]) throws -> String
    private var worker: Worker?

    /// `command` is "group" or "lie": the subcommand the worker runs and the messages' prefix.
    init(command: String, budget: Budget, encode: @escaping ([String: Any]) throws -> String) {
        self.command = command
        self.budget = budget
        self.encode = encode
    }

    /// Runs every line, printing one output line per input line; returns the number of lines
    /// whose row has an "error" field.
    func run(_ lines: [(number: Int, text: String)]) throws -> Int {
        // A worker gone before its request is written must not end this process.
        signal(SIGPIPE, SIG_IGN)
        defer { worker?.finish() }
        let progress = BatchProgress(command: command, total: lines.count)
        var failures = 0
        for (index, (number, text)) in lines.enumerated() {
            let reply = try answer(number: number, text: text)
            if reply.failed { failures += 1 }
            Self.printFlushed(reply.json)
            progress.update(linesDone: index + 1)
        }
        progress.finish()
        return failures
    }

    /// The reply for one line, from the worker or, when it failed, an error row.
    private func answer(number: Int, text: String) throws -> BatchWorker.Reply {
        let worker = try self.worker ?? Worker(command: command)
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
            return (try encode(row(number: number, text: text, failure: failure)), true)
        }
    }

    /// The error row of a line the worker did not answer: the fields a bad line gets (echoed
    /// input fields, "error", "line") and "failure".
    private func row(number: Int, text: String, failure: Worker.Failure) -> [String: Any] {
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

    /// Prints one output line and flushes it, so that every finished line is on disk (or in the
    /// pipe) before the next one starts. A closed standard output ends the process as it would
    /// without the SIGPIPE guard.
    static func printFlushed(_ line: String) {
        print(line)
        if fflush(nil) != 0 {
            if errno == EPIPE {
                signal(SIGPIPE, SIG_DFL)
                raise(SIGPIPE)
            }
        }
    }
}

/// One worker process and its three pipes.
private final class Worker {
    enum Failure {
        case timeout
        case memory(Int)
        case crash(String)

        var kind: String {
            switch self {
            case .timeout: "timeout"
            case .memory: "memory"
            case .crash: "crash"
            }
        }
    }

    enum Outcome {
        case reply(String)
        case failed(Failure)
    }

    private let process = Process()
    private let input: FileHandle, output: FileHandle, errors: FileHandle
    private var pending: [UInt8] = []
    /// The end of the worker's standard error, for the message of a crash.
    private var errorTail: [UInt8] = []
    private var errorsOpen = true

    init(command: String) throws {
        let exe = FileManager.default.fileExists(atPath: "/proc/self/exe") ? "/proc/self/exe"
            : (Bundle.main.executablePath ?? CommandLine.arguments[0])
        process.executableURL = URL(fileURLWithPath: exe)
        process.arguments = [command, "--batch-worker", String(getpid())]
        let inPipe = Pipe(), outPipe = Pipe(), errPipe = Pipe()
        process.standardInput = inPipe
        process.standardOutput = outPipe
        process.standardError = errPipe
        do {
            try process.run()
        } catch {
            throw InputFailure("\(command) --batch: cannot start the worker process (\(exe)): \(error.localizedDescription)")
        }
        // The child's ends must be closed here, or the end of its output would never be seen.
        try? inPipe.fileHandleForReading.close()
        try? outPipe.fileHandleForWriting.close()
        try? errPipe.fileHandleForWriting.close()
        input = inPipe.fileHandleForWriting
        output = outPipe.fileHandleForReading
        errors = errPipe.fileHandleForReading
    }

    var residentMB: Int? { ResourceGuardOptions.residentMB(pid: process.processIdentifier) }

    /// What the worker held after its first line (`held` when this is its first line).
    func baselineMB(_ held: Int) -> Int {
        if let baseline { return baseline }
        baseline = held
        return held
    }
    private var baseline: Int?

    /// Sends one request and waits for its reply line within the budget.
    func answer(_ request: String, budget: IsolatedBatch.Budget) -> Outcome {
        errorTail.removeAll()
        guard BatchWorker.writeAll(input.fileDescriptor, request) else { return .failed(died()) }
        let start = WallClock.now()
        var lastMemoryCheck = start
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            if let newline = pending.firstIndex(of: 10) {
                let line = String(decoding: pending[..<newline], as: UTF8.self)
                pending.removeSubrange(...newline)
                return .reply(line)
            }
            let left = budget.seconds - WallClock.seconds(since: start)
            if left <= 0 {
                stop()
                return .failed(.timeout)
            }
            var fds = [pollfd(fd: output.fileDescriptor, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: errorsOpen ? errors.fileDescriptor : -1, events: Int16(POLLIN), revents: 0)]
            let ready = poll(&fds, 2, Int32(min(10, max(1, (left * 1000).rounded(.up)))))
            if ready < 0 && errno != EINTR { return .failed(died()) }
            if fds[1].revents != 0 {
                let n = read(errors.fileDescriptor, &buffer, buffer.count)
                if n > 0 {
                    errorTail += buffer[..<n]
                    if errorTail.count > 4096 { errorTail.removeFirst(errorTail.count - 4096) }
                } else if n == 0 || errno != EINTR {
                    errorsOpen = false
                }
            }
            if fds[0].revents != 0 {
                let n = read(output.fileDescriptor, &buffer, buffer.count)
                if n > 0 {
                    pending += buffer[..<n]
                } else if n == 0 || errno != EINTR {
                    return .failed(died())
                }
            }
            if WallClock.seconds(since: lastMemoryCheck) >= 0.01 {
                lastMemoryCheck = WallClock.now()
                if let held = residentMB, held > budget.megabytes {
                    stop()
                    return .failed(.memory(held))
                }
            }
        }
    }

    /// Ends the worker after its last line: it exits when its input ends.
    func finish() {
        try? input.close()
        process.waitUntilExit()
        closeOutputs()
    }

    /// Kills the worker (over budget).
    private func stop() {
        kill(process.processIdentifier, SIGKILL)
        try? input.close()
        process.waitUntilExit()
        closeOutputs()
    }

    /// Why the worker's output ended: the signal that killed it or its exit status, with the
    /// last line it wrote on standard error.
    private func died() -> Failure {
        try? input.close()
        // Whatever the worker wrote on stderr before dying is still in the pipe.
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while errorsOpen {
            let n = read(errors.fileDescriptor, &buffer, buffer.count)
            if n > 0 { errorTail += buffer[..<n] } else if n == 0 || errno != EINTR { errorsOpen = false }
            if errorTail.count > 4096 { errorTail.removeFirst(errorTail.count - 4096) }
        }
        process.waitUntilExit()
        closeOutputs()
        let status = process.terminationStatus
        var what = process.terminationReason == .uncaughtSignal
            ? "was killed by signal \(status) (\(String(cString: strsignal(status))))"
            : "exited with status \(status)"
        let last = String(decoding: errorTail, as: UTF8.self).split(whereSeparator: \.isNewline).last
        if let last { what += ": " + elided(last.trimmingCharacters(in: .whitespaces), limit: 300) }
        return .crash(what)
    }

    private func closeOutputs() {
        try? output.close()
        try? errors.close()
    }
}
