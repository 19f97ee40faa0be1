import ArgumentParser
import Foundation

/// What `tower group --batch` and `tower lie --batch` share: reading the JSONL input (a file, or
/// standard input for `-`) into numbered lines, and the verdict at the end.
///
/// Lines end in LF, CRLF (Windows) or CR; blank lines are skipped but still counted, so line
/// numbers match an editor's. Every line is processed; when some failed, a summary line goes to
/// stderr and the command exits 2, unless `--keep-going` is given (then it exits 0).
enum BatchInput {
    /// The non-blank lines of the batch input, with their 1-based line numbers.
    static func lines(path: String, what: String = "--batch") throws -> [(number: Int, text: String)] {
        let data = path == "-" ? FileHandle.standardInput.readDataToEndOfFile() : try FileAccess.read(path, what: what)
        guard let text = String(data: data, encoding: .utf8) else {
            throw InputFailure("\(what): \(path == "-" ? "standard input" : path) is not UTF-8 text")
        }
        // "\r\n" is one Character in Swift, so splitting on "\n" alone would keep a CRLF file whole.
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
        return lines.enumerated().compactMap { i, line in
            line.allSatisfy(\.isWhitespace) ? nil : (i + 1, String(line))
        }
    }

    /// Prints the summary of failed lines on stderr and exits 2 when any line failed, unless
    /// `keepGoing` is set.
    static func finish(command: String, failures: Int, lines: Int, keepGoing: Bool) throws {
        guard failures > 0 else { return }
        printError("\(command) --batch: \(failures) of \(lines) line\(lines == 1 ? "" : "s") had errors (see their \"error\" fields)"
                   + (keepGoing ? "" : "; exit status 2 (--keep-going exits 0)"))
        if !keepGoing { throw ExitCode(2) }
    }
}
