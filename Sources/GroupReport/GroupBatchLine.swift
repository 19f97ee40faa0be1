import CommandOutput
import Foundation
import Groups

/// One line of `tower group --batch`: one JSON object in, one JSON object out (the worker's
/// `answer` for `Batch.BatchWorker`).
///
/// Each input line holds `"generators"` (an array of generators in cycle notation or as GAP image
/// lists, or one string as `--generators` takes it, e.g. `"Group((1,2,3),(1,2))"`) or `"catalog"` (a
/// catalog name or GAP constructor), and optionally `"degree"`. Every other field is echoed back
/// beside the results (a computed field wins over an echoed one of the same name). A line that
/// cannot be analysed yields `{"error": ..., "line": n, <echoed fields>}`.
public enum GroupBatchLine {
    /// The output object for one non-blank input line.
    public static func answer(line: String, number: Int) -> [String: Any] {
        let object: [String: Any]
        switch JSONLine.object(line) {
        case .success(let o): object = o
        case .failure(let why): return ["error": "line \(number): \(why)", "line": number]
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

    /// The group a line's object names (also the JSONL groups of `tower table --groups`); errors
    /// start with "line N: ".
    public static func group(from object: [String: Any], line: Int) throws -> GroupSource {
        var degree: Int? = nil
        if let value = object["degree"] {
            guard let d = jsonInteger(value) else { throw GroupInputError("line \(line): \"degree\" must be an integer") }
            degree = d
        }
        if let name = object["catalog"] {
            guard let name = name as? String else { throw GroupInputError("line \(line): \"catalog\" must be a string") }
            return try onLine(line) { try GroupReader.named(name) }
        }
        guard let list = object["generators"] else {
            throw GroupInputError("line \(line): needs a \"generators\" array (or a \"catalog\" name)")
        }
        if let text = list as? String {
            return try onLine(line) { try GroupInput.group(generators: text, degree: degree) }
        }
        guard let strings = list as? [String] else {
            throw GroupInputError("line \(line): \"generators\" must be an array of generator strings or one string")
        }
        return try onLine(line) { try GroupInput.group(generatorList: strings, degree: degree) }
    }

    /// Runs `body`, prefixing any error's message with the line number.
    private static func onLine(_ line: Int, _ body: () throws -> GroupSource) throws -> GroupSource {
        do {
            return try body()
        } catch {
            throw GroupInputError("line \(line): \(error)")
        }
    }

    /// A JSON integer as parsed by `JSONSerialization`. `value is Bool` cannot tell 1 from `true` on
    /// Linux (both bridge through NSNumber), so booleans are recognised by their `objCType` ("c").
    private static func jsonInteger(_ value: Any) -> Int? {
        guard let n = value as? NSNumber, String(cString: n.objCType) != "c" else { return nil }
        return value as? Int
    }
}
