import Batch
import Foundation

/// "N of M lines done, R lines/s, about S s left" on standard error for `tower group --batch` and
/// `tower lie --batch` (the `progress` callback of `Batch.IsolatedBatch`), at most once a second, and only when standard error is a terminal:
/// redirected output (logs, pipelines, tests) stays free of carriage returns.
final class BatchProgress {
    private let enabled = isatty(FileHandle.standardError.fileDescriptor) != 0
    private let command: String
    private let total: Int
    private let start = WallClock.now()
    private var lastReport = WallClock.now()
    private var reported = false

    init(command: String, total: Int) {
        self.command = command
        self.total = total
    }

    func update(linesDone: Int) {
        guard enabled, WallClock.seconds(since: lastReport) >= 1 else { return }
        lastReport = WallClock.now()
        reported = true
        let seconds = WallClock.seconds(since: start)
        let rate = Double(linesDone) / max(seconds, 1e-9)
        let left = rate > 0 ? Int((Double(total - linesDone) / rate).rounded()) : 0
        let text = "\r\(command) --batch: \(linesDone) of \(total) lines done, \(String(format: "%.1f", rate)) lines/s, about \(left) s left   "
        FileHandle.standardError.write(Data(text.utf8))
    }

    func finish() {
        if reported { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
