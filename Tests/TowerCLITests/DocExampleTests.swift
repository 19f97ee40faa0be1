import Foundation
import Testing

/// Issue 18, item 8: every example in docs/ that shows a cheap `tower` command with its output is
/// re-run with the built binary and compared with the page (conventions: `DocExample`,
/// docs/README.md). `crosscheck`, `bench` and `train` beyond 100 steps are not re-run (minutes each); commands of
/// other programs run when they are set-up steps (`sed`, `cat`, `jq`, `gap` when installed).
@Suite("docs examples")
struct DocExampleTests {
    /// Each page with the number of examples the test runs on it: a parser that silently read
    /// nothing (or a page that lost its examples) fails here.
    static let pages: [(String, Int)] = [
        ("calc.md", 14), ("certificates.md", 4), ("construct.md", 8), ("depth-error.md", 1), ("gap.md", 32), ("group.md", 24), ("lie.md", 16), ("table.md", 15), ("train.md", 1), ("verify.md", 16),
    ]

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Subcommands cheap enough to re-run in the test suite.
    static let cheap: Set<String> = ["group", "calc", "lie", "verify", "construct", "version", "table"]
    /// Other programs whose commands are run (when installed).
    static let tools: Set<String> = ["cat", "sed", "head", "echo", "printf", "cp", "ls", "diff", "jq", "gap"]

    /// Whether `command` is run, and the program it starts.
    static func runs(_ command: String) -> Bool {
        let words = command.split(separator: " ")
        guard let first = words.first.map(String.init) else { return false }
        if first == "tower" {
            guard words.count > 1 else { return false }
            if cheap.contains(String(words[1])) { return true }
            // A training run of at most 100 steps takes about a second.
            if words[1] == "train", let i = words.firstIndex(of: "--steps"), i + 1 < words.count,
               let steps = Int(words[i + 1]), steps <= 100 { return true }
            return false
        }
        return tools.contains(first) && which(first)
    }

    static func which(_ program: String) -> Bool {
        (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
            .contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(program)") }
    }

    @Test(arguments: pages)
    func examplesOfThePageMatchTheBuild(page: String, count: Int) throws {
        let text = try String(contentsOf: Self.root.appendingPathComponent("docs/\(page)"), encoding: .utf8)
        let examples = DocExample.examples(in: text, page: "docs/\(page)")
        let work = try Self.workingDirectory()
        var ran = 0, skippedBlock: Int? = nil
        for example in examples {
            guard example.block != skippedBlock else { continue }
            guard Self.runs(example.command) else {
                // A later command of the block may need this one's files: stop the block here.
                if example.command.hasPrefix("tower ") || example.command.hasPrefix("gap ") { skippedBlock = example.block }
                continue
            }
            if let file = Self.catTarget(example.command), !FileManager.default.fileExists(atPath: work + "/" + file) {
                try (example.expected.joined(separator: "\n") + "\n").write(toFile: work + "/" + file, atomically: true, encoding: .utf8)
                ran += 1
                continue
            }
            let r = try Self.shell(example.command, in: work)
            ran += 1
            if let problem = example.mismatch(stdout: r.stdout, stderr: r.stderr, status: r.status) {
                Issue.record("\(example.location): $ \(example.command)\n\(problem)")
            }
        }
        if Self.tools.allSatisfy(Self.which) {
            #expect(ran == count, "\(page): ran \(ran) examples")
        } else {
            #expect(ran > 0, "\(page): ran no example")  // fewer without gap or jq
        }
    }

    /// `cat FILE` with one plain file name: the file the page shows.
    static func catTarget(_ command: String) -> String? {
        let words = command.split(separator: " ")
        guard words.count == 2, words[0] == "cat", !words[1].contains("/") else { return nil }
        return String(words[1])
    }

    /// A fresh directory with the repository's examples/ and fixtures/ linked in.
    static func workingDirectory() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tower-docs-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        for name in ["examples", "fixtures", "docs"] {
            try FileManager.default.createSymbolicLink(atPath: dir + "/" + name, withDestinationPath: root.appendingPathComponent(name).path)
        }
        return dir
    }

    /// Runs `command` with bash in `directory`, the built `tower` first on PATH.
    static func shell(_ command: String, in directory: String) throws -> TowerProcess.Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", command]
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = try TowerProcess.executable().deletingLastPathComponent().path + ":" + (environment["PATH"] ?? "")
        process.environment = environment
        let out = FileHandle(forWritingAtPath: try Self.emptyFile(directory, ".stdout"))!
        let err = FileHandle(forWritingAtPath: try Self.emptyFile(directory, ".stderr"))!
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        try TowerProcess.wait(process, what: "bash -c \(command)")
        try out.close(); try err.close()
        return TowerProcess.Result(status: process.terminationStatus,
                                   stdout: try String(contentsOfFile: directory + "/.stdout", encoding: .utf8),
                                   stderr: try String(contentsOfFile: directory + "/.stderr", encoding: .utf8))
    }

    private static func emptyFile(_ directory: String, _ name: String) throws -> String {
        let path = directory + "/" + name
        try Data().write(to: URL(fileURLWithPath: path))
        return path
    }
}
