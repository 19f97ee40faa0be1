import Foundation

/// Runs the built `tower` executable as a user would, capturing its exit status and both streams.
///
/// Why a process rather than `@testable import TowerCLI`: exit statuses, the one-line `error:` on
/// stderr and `--json` on stdout are the contract scripts rely on, and only the real binary shows
/// them. SwiftPM builds every product (so `tower`) before it runs the tests.
struct TowerProcess {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String

        /// stdout parsed as one JSON object (nil when it is not one).
        var json: [String: Any]? { TowerProcess.jsonObject(stdout) }

        /// The last line of stdout parsed as a JSON object (`train --json` prints progress lines first).
        var lastLineJSON: [String: Any]? { stdout.split(separator: "\n").last.flatMap(TowerProcess.jsonObject) }

        /// The non-empty lines of stderr.
        var errorLines: [Substring] { stderr.split(separator: "\n") }
    }

    enum LocateError: Error, CustomStringConvertible {
        case notBuilt(searched: [String])
        var description: String {
            switch self {
            case .notBuilt(let dirs): "no built `tower` executable in \(dirs.joined(separator: ", ")); run `swift build` first"
            }
        }
    }

    /// Runs `tower <arguments>` and waits for it, at most `timeout` seconds: past that the process
    /// is killed and the call throws (a test fails with the command named instead of hanging the
    /// whole run; CI once timed out after 90 minutes on a test that never returned).
    static func run(_ arguments: [String], environment: [String: String] = [:], timeout: Double = 600) throws -> Result {
        let process = Process()
        process.executableURL = try executable()
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Deadline(process, seconds: timeout)
        // Both pipes are read at once: a child blocked on a full stderr pipe while this thread waits
        // for the end of stdout would never exit.
        let errData = LockedData()
        let errorReader = Thread { errData.set(err.fileHandleForReading.readDataToEndOfFile()) }
        errorReader.start()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errBytes = errData.wait()
        process.waitUntilExit()
        try deadline.finish("tower " + arguments.joined(separator: " ").prefix(300), stderr: errBytes)
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errBytes, as: UTF8.self))
    }

    /// Waits for a started process, at most `timeout` seconds (then kills it and throws, naming `what`).
    static func wait(_ process: Process, timeout: Double = 600, what: String) throws {
        let deadline = Deadline(process, seconds: timeout)
        process.waitUntilExit()
        try deadline.finish(what)
    }

    /// Kills a started process once `seconds` have passed; `finish` says whether it had to.
    final class Deadline: @unchecked Sendable {
        struct Expired: Error, CustomStringConvertible {
            let description: String
        }

        private let done = DispatchSemaphore(value: 0)
        private let lock = NSLock()
        private var fired = false
        private let seconds: Double

        init(_ process: Process, seconds: Double) {
            self.seconds = seconds
            Thread { [self] in
                // Only a process still running is killed: should a test throw before `finish`,
                // the pid of a process that ended may belong to another one by then.
                if done.wait(timeout: .now() + seconds) == .timedOut, process.isRunning {
                    lock.withLock { fired = true }
                    kill(process.processIdentifier, SIGKILL)
                }
            }.start()
        }

        /// Stops the timer; throws when it had killed the process.
        func finish(_ what: some StringProtocol, stderr: Data = Data()) throws {
            done.signal()
            if lock.withLock({ fired }) {
                throw Expired(description: "\(what): still running after \(Int(seconds)) s, killed; its stderr ended with: \(String(decoding: stderr.suffix(2000), as: UTF8.self))")
            }
        }
    }

    /// Data handed from a reader thread to the waiting one.
    final class LockedData: @unchecked Sendable {
        private let ready = DispatchSemaphore(value: 0)
        private var data = Data()
        func set(_ value: Data) { data = value; ready.signal() }
        func wait() -> Data { ready.wait(); return data }
    }

    /// `text` parsed as one JSON object, or nil.
    static func jsonObject(_ text: some StringProtocol) -> [String: Any]? {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any]
    }

    /// A JSON number as `Double`, whether JSONSerialization produced an integer or a floating value.
    static func number(_ value: Any?) -> Double? {
        if let i = value as? Int { return Double(i) }
        if let d = value as? Double { return d }
        return (value as? NSNumber)?.doubleValue
    }

    /// Writes `contents` to a fresh temporary file and returns its path.
    static func temporaryFile(named name: String, contents: String) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tower-cli-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent(name)
        try Data(contents.utf8).write(to: url)
        return url.path
    }

    /// The `tower` binary built next to the running test bundle (`.build/<configuration>/`), else the
    /// debug build of this package.
    static func executable() throws -> URL {
        var dirs: [URL] = []
        if let exe = Bundle.main.executableURL { dirs.append(exe.deletingLastPathComponent()) }
        for bundle in Bundle.allBundles where bundle.bundleURL.pathExtension == "xctest" {
            dirs.append(bundle.bundleURL.deletingLastPathComponent())
        }
        dirs.append(URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent())
        let packageRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        dirs.append(packageRoot.appendingPathComponent(".build/debug"))
        for dir in dirs {
            let candidate = dir.appendingPathComponent("tower")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        throw LocateError.notBuilt(searched: dirs.map(\.path))
    }
}
