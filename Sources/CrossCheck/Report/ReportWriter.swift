import Foundation

/// Writes every report file into a directory: crosscheck.md/.csv/.json, one SVG per plot, index.html.
public enum ReportWriter {
    /// Returns the paths written.
    @discardableResult
    public static func write(_ results: CrossCheckResults, to directory: URL) throws -> [URL] {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var files: [(String, String)] = [
            ("crosscheck.json", try ReportTables.json(results)),
            ("crosscheck.csv", ReportTables.csv(results)),
            ("crosscheck.md", ReportTables.markdown(results)),
        ]
        if let d = results.depthError { files.append(("depth-error.csv", DepthErrorReport.csv(d))) }
        files += ReportPlots.all(results).map { ($0.name, $0.svg) }
        files.append(("index.html", HTMLReport.page(results)))
        return try files.map { name, text in
            let url = directory.appendingPathComponent(name)
            try Data(text.utf8).write(to: url, options: .atomic)
            return url
        }
    }
}
