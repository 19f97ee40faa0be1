import Foundation

/// One worker process of `IsolatedBatch` (this same binary, `COMMAND --batch-worker PID`) and its
/// three pipes: sends a request, waits for the reply within the budget, and says why when there is
/// none (timeout, memory, or the way the process died).
final class BatchWorkerProcess {
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
            throw BatchError("\(command) --batch: cannot start the worker process (\(exe)): \(error.localizedDescription)")
        }
        // The child's ends must be closed here, or the end of its output would never be seen.
        try? inPipe.fileHandleForReading.close()
        try? outPipe.fileHandleForWriting.close()
        try? errPipe.fileHandleForWriting.close()
        input = inPipe.fileHandleForWriting
        output = outPipe.fileHandleForReading
        errors = errPipe.fileHandleForReading
    }

    var residentMB: Int? { ProcessMemory.residentMB(pid: process.processIdentifier) }

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
