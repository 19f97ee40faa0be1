import Foundation

/// One non-blank line of a batch input and its 1-based line number.
public typealias BatchLine = (number: Int, text: String)

/// What `tower group --batch` and `tower lie --batch` share at both ends of a batch: the JSONL input
/// split into numbered lines, and the summary of failed lines.
///
/// Lines end in LF, CRLF (Windows) or CR; blank lines are skipped but still counted, so line
/// numbers match an editor's. Every line is processed; when some failed, the command prints
/// `summary` on stderr and exits 2, unless `--keep-going` is given (then it exits 0).
public enum BatchInput {
    /// The non-blank lines of `data`. `source` names it in the error for text that is not UTF-8
    /// (a path, or "standard input"), prefixed by `what` (the option that gave it: "--batch").
    public static func lines(_ data: Data, source: String, what: String = "--batch") throws -> [BatchLine] {
        guard let text = String(data: data, encoding: .utf8) else {
            throw BatchError("\(what): \(source) is not UTF-8 text")
        }
        // "\r\n" is one Character in Swift, so splitting on "\n" alone would keep a CRLF file whole.
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
        return lines.enumerated().compactMap { i, line in
            line.allSatisfy(\.isWhitespace) ? nil : (i + 1, String(line))
        }
    }

    /// The stderr line of a batch with failed lines (nil when none failed); with `keepGoing` false
    /// the command then exits 2.
    public static func summary(command: String, failures: Int, lines: Int, keepGoing: Bool) -> String? {
        guard failures > 0 else { return nil }
        return "\(command) --batch: \(failures) of \(lines) line\(lines == 1 ? "" : "s") had errors (see their \"error\" fields)"
            + (keepGoing ? "" : "; exit status 2 (--keep-going exits 0)")
    }
}
