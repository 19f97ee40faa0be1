import Foundation

/// "N lines done" on standard error, at most once a second, and only when standard error is a
/// terminal: redirected output (logs, pipelines, tests) stays free of carriage returns.
final class GroupBatchProgress {
    private let enabled = isatty(FileHandle.standardError.fileDescriptor) != 0
    private let start = Date()
    private var lastReport = Date()
    private var reported = false

    func update(linesDone: Int) {
        guard enabled, Date().timeIntervalSince(lastReport) >= 1 else { return }
        lastReport = Date()
        reported = true
        let seconds = Int(Date().timeIntervalSince(start))
        FileHandle.standardError.write(Data("\rgroup --batch: \(linesDone) lines done (\(seconds) s)".utf8))
    }

    func finish() {
        if reported { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
