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

    /// Runs `tower <arguments>` and waits for it.
    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Result {
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
        // Read both pipes before waiting: a child blocked on a full pipe would never exit.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
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
