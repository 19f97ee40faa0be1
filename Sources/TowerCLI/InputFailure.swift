import ArgumentParser
import Batch
import Foundation

/// A problem with what the user gave us (malformed input, unknown name, unreadable file).
/// Commands report it as one line on stderr and exit with status 2; they never trap on bad input.
struct InputFailure: Error, CustomStringConvertible {
    let message: String
    init(_ message: String) { self.message = message }
    var description: String { message }
}

/// Runs `body`; turns an `InputFailure` (or any other thrown error) into `error: <message>` on stderr
/// and exit status 2. Argument-parser's own errors (`ExitCode`, `CleanExit`, validation) pass through.
func reportingInputFailures(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let e as ExitCode {
        throw e
    } catch let e as InputFailure {
        printError("error: \(elided(e.message))")
        throw ExitCode(2)
    } catch {
        printError("error: \(elided("\(error)"))")
        throw ExitCode(2)
    }
}

/// Writes one line to standard error.
func printError(_ line: String) {
    var s = line
    if !s.hasSuffix("\n") { s += "\n" }
    FileHandle.standardError.write(Data(s.utf8))
}
