import Foundation
import Groups

/// `tower group --batch FILE`: one JSON object in, one JSON object out, per line, in order.
///
/// Each input line holds `"generators"` (an array of cycle-notation strings) or `"catalog"` (a catalog
/// name), and optionally `"degree"`. Every other field is echoed back beside the results (a computed
/// field wins over an echoed one of the same name). A line that cannot be analysed yields
/// `{"error": ..., "line": n, <echoed fields>}` and the batch goes on. Blank lines are skipped;
/// line ends may be LF or CRLF. See `BatchInput` for the exit status.
struct GroupBatch {
    let path: String

    /// With `keepGoing` false (the default) a batch with failed lines exits 2 after every line.
    var keepGoing = false

    func run() throws {
        let lines = try BatchInput.lines(path: path)
        let progress = GroupBatchProgress()
        var failures = 0
        for (number, line) in lines {
            let output = analyse(line: line, number: number)
            if output["error"] != nil { failures += 1 }
            print(try GroupJSON.line(output))
            progress.update(linesDone: number)
        }
        progress.finish()
        try BatchInput.finish(command: "group", failures: failures, lines: lines.count, keepGoing: keepGoing)
    }

    /// The output object for one non-blank input line.
    private func analyse(line: String, number: Int) -> [String: Any] {
        guard let parsed = try? JSONSerialization.jsonObject(with: Data(line.utf8)),
              let object = parsed as? [String: Any] else {
            return ["error": "line \(number): not a JSON object", "line": number]
        }
        var echoed = object
        echoed.removeValue(forKey: "generators")
        do {
            let (group, name) = try group(from: object, line: number)
            return echoed.merging(GroupAnalysis(group: group, name: name).jsonObject) { _, computed in computed }
        } catch {
            return echoed.merging(["error": "\(error)", "line": number]) { _, computed in computed }
        }
    }

    private func group(from object: [String: Any], line: Int) throws -> (PermutationGroup, String?) {
        var degree: Int? = nil
        if let value = object["degree"] {
            guard let d = jsonInteger(value) else { throw InputFailure("line \(line): \"degree\" must be an integer") }
            degree = d
        }
        if let name = object["catalog"] {
            guard let name = name as? String else { throw InputFailure("line \(line): \"catalog\" must be a string") }
            do {
                return try GroupInput.catalogGroup(named: name)
            } catch let failure as InputFailure {
                throw InputFailure("line \(line): \(failure.message)")
            }
        }
        guard let list = object["generators"] else {
            throw InputFailure("line \(line): needs a \"generators\" array (or a \"catalog\" name)")
        }
        guard let strings = list as? [String] else {
            throw InputFailure("line \(line): \"generators\" must be an array of cycle-notation strings")
        }
        do {
            return (try GroupInput.group(generatorList: strings, degree: degree), nil)
        } catch let failure as InputFailure {
            throw InputFailure("line \(line): \(failure.message)")
        }
    }
}

/// A JSON integer as parsed by `JSONSerialization`. `value is Bool` cannot tell 1 from `true` on
/// Linux (both bridge through NSNumber), so booleans are recognised by their `objCType` ("c").
func jsonInteger(_ value: Any) -> Int? {
    guard let n = value as? NSNumber, String(cString: n.objCType) != "c" else { return nil }
    return value as? Int
}
