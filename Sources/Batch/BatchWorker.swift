import Foundation
import CommandOutput

/// The child side of `IsolatedBatch`: `tower group --batch-worker PID` (or `tower lie
/// --batch-worker PID`, PID being the batch process's) reads requests `NUMBER<TAB>LINE` from standard input, one per line, and
/// answers each with one reply line on standard output, written unbuffered as soon as it is
/// ready: `+` and the JSON object for a good line, `!` and the JSON object for a line with an
/// "error" field. It ends when standard input ends. What a line means (a group, a Lie algebra) is
/// the `answer` the command passes: the output object of one line, with an "error" field for a
/// bad line.
public enum BatchWorker {
    /// One reply: the JSON line and whether it is an error row.
    typealias Reply = (json: String, failed: Bool)

    /// The reply for one line's output object: an error row when it has an "error" field, or when
    /// it cannot be written as JSON (then the row says so).
    static func reply(_ output: [String: Any], number: Int) -> Reply {
        do {
            return (try JSONLine.encode(output), output["error"] != nil)
        } catch {
            return ((try? JSONLine.encode(["error": "line \(number): the result cannot be written as JSON: \(error)", "line": number])) ?? "{}", true)
        }
    }

    /// Serves requests until standard input ends; `parent` is the batch process's pid.
    public static func serve(parent: Int32, _ answer: (_ line: String, _ number: Int) -> [String: Any]) {
        exitWhenOrphaned(parent: parent)
        while let request = readLine(strippingNewline: true) {
            let reply: Reply
            if let tab = request.firstIndex(of: "\t"), let number = Int(request[..<tab]) {
                reply = Self.reply(answer(String(request[request.index(after: tab)...]), number), number: number)
            } else {
                reply = (#"{"error":"internal: a batch-worker request is not NUMBER<TAB>LINE"}"#, true)
            }
            guard writeAll(1, (reply.failed ? "!" : "+") + reply.json + "\n") else { return }
        }
    }

    /// Writes all of `text` to file descriptor `fd`; false when the other end is gone.
    static func writeAll(_ fd: Int32, _ text: String) -> Bool {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                return false
            }
            bytes = bytes.dropFirst(n)
        }
        return true
    }

    /// A worker whose batch process has gone (killed, or ended by a closed output pipe) would
    /// otherwise run its line to the end with no budget: a thread checks every 100 ms whether
    /// the parent is still the one that started it, and ends the worker when it is not. The pid
    /// comes from the command line: a parent killed before this check starts is noticed too.
    private static func exitWhenOrphaned(parent: Int32) {
        let thread = Thread {
            while getppid() == parent { Thread.sleep(forTimeInterval: 0.1) }
            _exit(3)
        }
        thread.stackSize = 1 << 16
        thread.start()
    }
}
