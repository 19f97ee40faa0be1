import CrossCheck
import Foundation

/// The `--out` directory of `tower crosscheck`: checked before any training (a file, an empty
/// name, a missing parent, a non-empty directory without a report, an earlier report without
/// --overwrite are refused in one line), then written through `ReportWriter` with file errors
/// in plain words, and report files of the earlier report that the new one does not rewrite
/// (plots of groups no longer in it) removed, so the directory never mixes two reports.
enum ReportDirectory {
    /// The file that marks a directory as holding a report.
    static let marker = "crosscheck.json"

    /// True for the names `ReportWriter` writes (tables, index.html, SVG plots).
    static func isReportFile(_ name: String) -> Bool {
        ["crosscheck.json", "crosscheck.csv", "crosscheck.md", "index.html", "depth-error.csv"].contains(name) || name.hasSuffix(".svg")
    }

    /// Refuses, before any work, an output directory the report cannot or should not go into.
    /// `merging`: the run adds to the report already there (`--task rotations`).
    static func check(_ path: String, overwrite: Bool, merging: Bool) throws {
        let state = try FileAccess.checkReportDirectory(path, what: "--out", marker: marker)
        if state == .earlierReport && !overwrite && !merging {
            throw InputFailure("--out: \(path) already holds a report (\(marker)); give --overwrite to replace it, or a new directory")
        }
    }

    /// Writes the report and removes the earlier report's files it did not rewrite; returns the
    /// files written.
    static func write(_ results: CrossCheckResults, to path: String) throws -> [URL] {
        var files: [URL] = []
        try FileAccess.reportingWriteErrors(to: path, what: "--out") {
            files = try ReportWriter.write(results, to: URL(fileURLWithPath: path))
        }
        let written = Set(files.map(\.lastPathComponent))
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        for name in entries where isReportFile(name) && !written.contains(name) {
            try? FileManager.default.removeItem(atPath: (path as NSString).appendingPathComponent(name))
        }
        return files
    }
}
