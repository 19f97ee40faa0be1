import Foundation
import Testing

/// Issue 18, item 6 (batch JSONL), through the real binary: one `group --batch` file and one
/// `lie --batch` file of seeded random lines (valid and broken JSON, wrong types, unknown fields,
/// bad generators and matrices, CRLF and blank lines). The run must end with status 2 (some
/// lines fail) and one output line per input line: a result, or an object with a one-line
/// "error" naming that line; never a signal.
@Suite("batch fuzzing")
struct BatchFuzzCommandTests {
    /// xorshift64*, seeded (the test target imports no Tower module).
    private struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state ^= state >> 12; state ^= state << 25; state ^= state >> 27
            return Int((state &* 0x2545_F491_4F6C_DD1D) % UInt64(bound))
        }
    }

    private static let groupValues = [#""(1,2,3)""#, #""(1,2)""#, #""(1,0)""#, #""(1,1)""#, #""[2,1]""#, #""(1,99999999999999999999)""#,
                                      #""S3""#, #""s4""#, #""C0""#, "3", "-1", "null", "true", "[]", "{}", #""""#, #""Group((1,2))""#]
    private static let lieValues = ["0", "1", "-1", #""1/2""#, #""1/0""#, #""x""#, "1.5", "true", "null", "[]", "{}", "9223372036854775808"]

    private func pick(_ list: [String], _ random: inout Generator) -> String { list[random.next(list.count)] }

    private func groupLine(_ random: inout Generator) -> String {
        let generators = (0..<random.next(4)).map { _ in pick(Self.groupValues, &random) }.joined(separator: ",")
        switch random.next(8) {
        case 0: return #"{"catalog":\#(pick(Self.groupValues, &random))}"#
        case 1: return #"{"generators":[\#(generators)],"degree":\#(pick(["3", "0", "-2", "16777217", "\"4\""], &random))}"#
        case 2: return "not json"
        case 3: return #"{"generators":[\#(generators)]"#  // unclosed
        case 4: return #"{"id":\#(pick(Self.groupValues, &random)),"generators":\#(pick(Self.groupValues, &random))}"#
        default: return #"{"id":"g","generators":[\#(generators)]}"#
        }
    }

    private func lieLine(_ random: inout Generator) -> String {
        let n = 1 + random.next(3)
        func matrix() -> String {
            "[" + (0..<n).map { _ in "[" + (0..<(random.next(6) == 0 ? random.next(4) : n)).map { _ in
                random.next(6) == 0 ? pick(Self.lieValues, &random) : pick(["0", "1", "-1"], &random)
            }.joined(separator: ",") + "]" }.joined(separator: ",") + "]"
        }
        switch random.next(6) {
        case 0: return #"{"generators":\#(pick(Self.lieValues, &random))}"#
        case 1: return "[1,2"
        default: return #"{"name":"m","generators":["# + (0..<random.next(3)).map { _ in matrix() }.joined(separator: ",") + "]}"
        }
    }

    private func run(_ command: String, lines: [String]) throws {
        let text = lines.enumerated().map { $0.offset % 7 == 0 ? $0.element + "\r\n" : $0.element + "\n" }.joined()
        let path = try TowerProcess.temporaryFile(named: "\(command).jsonl", contents: text)
        let r = try TowerProcess.run([command, "--batch", path])
        #expect(r.status == 2, "\(command): status \(r.status): \(r.stderr.suffix(500))")
        let outputs = r.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(outputs.count == lines.count, "\(command): \(outputs.count) output lines for \(lines.count) input lines")
        var (results, errors) = (0, 0)
        for (i, line) in outputs.enumerated() {
            guard let object = TowerProcess.jsonObject(line) else { Issue.record("\(command) line \(i + 1): not JSON: \(line)"); continue }
            if let error = object["error"] as? String {
                errors += 1
                #expect(error.hasPrefix("line \(i + 1): ") && !error.contains("\n"), "\(command): \(error)")
            } else {
                results += 1
            }
        }
        print("\(command) --batch: \(lines.count) lines, \(results) results, \(errors) one-line errors")
        #expect(results > 0 && errors > 0)
        #expect(r.stderr.contains("\(errors) of \(lines.count) lines had errors"), "\(r.stderr.suffix(300))")
    }

    @Test func randomGroupBatchLinesEachGetAResultOrAOneLineError() throws {
        var random = Generator(state: 18)
        try run("group", lines: (0..<600).map { _ in groupLine(&random) })
    }

    @Test func randomLieBatchLinesEachGetAResultOrAOneLineError() throws {
        var random = Generator(state: 19)
        try run("lie", lines: (0..<400).map { _ in lieLine(&random) })
    }
}
