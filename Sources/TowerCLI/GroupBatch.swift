import Foundation
import GroupReport
import Groups

/// `tower group --batch FILE`: one JSON object in, one JSON object out, per line, in order.
///
/// Each input line holds `"generators"` (an array of generators in cycle notation or as GAP image
/// lists, or one string as `--generators` takes it, e.g. `"Group((1,2,3),(1,2))"`) or `"catalog"` (a
/// catalog name or GAP constructor), and optionally `"degree"`. Every other field is echoed back beside the results (a computed
/// field wins over an echoed one of the same name). A line that cannot be analysed yields
/// `{"error": ..., "line": n, <echoed fields>}` and the batch goes on. Blank lines are skipped;
/// line ends may be LF or CRLF. See `BatchInput` for the exit status.
struct GroupBatch {
    let path: String

    /// With `keepGoing` false (the default) a batch with failed lines exits 2 after every line.
    var keepGoing = false

    /// Each line's time and memory (`--line-timeout`, `--line-memory`).
    var budget: IsolatedBatch.Budget

    /// Runs every line in a worker process (`IsolatedBatch`), so that a line over its budget, or
    /// one that crashes, yields an error row and the batch goes on.
    func run() throws {
        let lines = try BatchInput.lines(path: path)
        let failures = try IsolatedBatch(command: "group", budget: budget, encode: JSONLine.encode).run(lines)
        try BatchInput.finish(command: "group", failures: failures, lines: lines.count, keepGoing: keepGoing)
    }

    /// The worker's reply for one line (`tower group --batch-worker`).
    static func reply(line: String, number: Int) -> BatchWorker.Reply {
        BatchWorker.reply(analyse(line: line, number: number), number: number)
    }

    /// The output object for one non-blank input line.
    private static func analyse(line: String, number: Int) -> [String: Any] {
        guard let parsed = try? JSONSerialization.jsonObject(with: Data(line.utf8)),
              let object = parsed as? [String: Any] else {
            return ["error": "line \(number): not a JSON object", "line": number]
        }
        var echoed = object
        echoed.removeValue(forKey: "generators")
        do {
            let source = try group(from: object, line: number)
            return echoed.merging(GroupAnalysis(source).jsonObject) { _, computed in computed }
        } catch {
            return echoed.merging(["error": "\(error)", "line": number]) { _, computed in computed }
        }
    }

    static func group(from object: [String: Any], line: Int) throws -> GroupSource {
        var degree: Int? = nil
        if let value = object["degree"] {
            guard let d = jsonInteger(value) else { throw InputFailure("line \(line): \"degree\" must be an integer") }
            degree = d
        }
        if let name = object["catalog"] {
            guard let name = name as? String else { throw InputFailure("line \(line): \"catalog\" must be a string") }
            return try onLine(line) { try GroupReader.named(name) }
        }
        guard let list = object["generators"] else {
            throw InputFailure("line \(line): needs a \"generators\" array (or a \"catalog\" name)")
        }
        if let text = list as? String {
            return try onLine(line) { try GroupInput.group(generators: text, degree: degree) }
        }
        guard let strings = list as? [String] else {
            throw InputFailure("line \(line): \"generators\" must be an array of generator strings or one string")
        }
        return try onLine(line) { try GroupInput.group(generatorList: strings, degree: degree) }
    }

    /// Runs `body`, prefixing any error's message with the line number.
    private static func onLine(_ line: Int, _ body: () throws -> GroupSource) throws -> GroupSource {
        do {
            return try body()
        } catch {
            throw InputFailure("line \(line): \(error)")
        }
    }
}

/// A JSON integer as parsed by `JSONSerialization`. `value is Bool` cannot tell 1 from `true` on
/// Linux (both bridge through NSNumber), so booleans are recognised by their `objCType` ("c").
func jsonInteger(_ value: Any) -> Int? {
    guard let n = value as? NSNumber, String(cString: n.objCType) != "c" else { return nil }
    return value as? Int
}
