import CommandOutput
import CrossCheck
import Foundation
import GroupReport
import Groups

/// `tower table --groups SPEC`: the rows of a table, every group resolved before any work.
///
/// SPEC is a list of items separated by ';' or by ',' outside parentheses (as `tower crosscheck
/// --groups`), each one of:
/// - a name: a catalog name or GAP constructor, as `tower group NAME` takes it (`S4`, `PSL(2,7)`,
///   `SymmetricGroup(5)`);
/// - a range `<name><a>..<name><b>` over the last integer of a name: `C2..C100`, `S3..S12`,
///   `Heis3..Heis7`;
/// - a template `<name with v> for v in a..b` (v any identifier, replaced where it stands alone):
///   `AGL(1,p) for p in 2..101`, `PSL(2,q) for q in 4..9`;
/// - a JSONL file (an item ending in `.jsonl`): one group per line, the lines of `tower group
///   --batch` ("generators" or "catalog", optional "degree"); the row is labelled by the line's
///   "id", or "<file>:<line>".
/// A range or template keeps the values the catalog accepts and leaves out those it refuses as
/// parameters (odd n in `D4..D200`: dihedral groups have even order; q = 6, 10, ... in
/// `AGL(1,q)`: no field of that size), saying on stderr what it left out; any other error
/// (syntax, a degree too large, a range that leaves nothing) is a one-line error.
enum TableSpec {
    /// The most values one range may span.
    static let maximumRange = 100_000

    static func cells(_ text: String) throws -> [TablePlan.Spec] {
        var rows: [(label: String, name: String?, group: PermutationGroup)] = []
        let items = CrossCheckOptions.groupNames(text)
        guard !items.isEmpty else { throw InputFailure("--groups is empty") }
        for item in items {
            if item.hasSuffix(".jsonl") {
                rows += try jsonl(item)
            } else if let (template, variable, values) = try range(item) {
                var leftOut: [(String, String)] = []
                for value in values {
                    let name = substitute(variable, in: template, with: value)
                    do { rows.append((name, name, try GroupReader.named(name).group)) } catch GroupCatalogError.invalidParameter(let family, let problem) {
                        leftOut.append((family, problem))
                    } catch { throw InputFailure("--groups: '\(item)': \(name): \(error)") }
                }
                guard leftOut.count < values.count else {
                    throw InputFailure("--groups: '\(item)' holds no group the catalog accepts (\(leftOut[0].0): \(leftOut[0].1))")
                }
                if !leftOut.isEmpty {
                    printError("--groups: '\(item)': left out \(leftOut.count) of \(values.count) values the catalog refuses "
                               + "(\(leftOut.prefix(3).map(\.0).joined(separator: ", "))\(leftOut.count > 3 ? ", ..." : ""): \(leftOut[0].1))")
                }
            } else {
                do { rows.append((item, item, try GroupReader.named(item).group)) } catch {
                    throw InputFailure("--groups: '\(item)' is not a group name (\(error))")
                }
            }
        }
        return rows.enumerated().map { i, row in
            let cost = Double(max(1, row.group.degree * row.group.degree * max(1, row.group.generators.count)))
            return TablePlan.Spec(index: i, label: row.label, name: row.name,
                                  generators: row.name == nil ? row.group.generators.map(\.description) : nil,
                                  degree: row.name == nil ? row.group.degree : nil, cost: cost)
        }
    }

    /// The group a planned row stands for.
    static func group(_ spec: TablePlan.Spec) throws -> GroupSource {
        if let name = spec.name { return try GroupReader.named(name) }
        return try GroupInput.group(generatorList: spec.generators ?? [], degree: spec.degree)
    }

    /// ("AGL(1,p)", "p", 2...101) for "AGL(1,p) for p in 2..101"; ("C{}", "{}", 2...100) for
    /// "C2..C100"; nil when the item is neither form.
    static func range(_ item: String) throws -> (String, String, [Int])? {
        let words = item.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        if let f = words.firstIndex(of: "for"), f > 0 {
            guard words.count == f + 4, words[f + 2] == "in", isIdentifier(words[f + 1]) else {
                throw InputFailure("--groups: '\(item)' is not a template like 'AGL(1,p) for p in 2..101'")
            }
            let template = words[..<f].joined(separator: " ")
            guard substitute(words[f + 1], in: template, with: 0) != template else {
                throw InputFailure("--groups: '\(item)': the template '\(template)' does not use \(words[f + 1])")
            }
            return (template, words[f + 1], try bounds(words[f + 3], item: item))
        }
        guard let dots = item.range(of: "..") else { return nil }
        let left = String(item[..<dots.lowerBound]).trimmingCharacters(in: .whitespaces)
        let right = String(item[dots.upperBound...]).trimmingCharacters(in: .whitespaces)
        let (prefix, a) = splitNumber(left), (prefix2, b) = splitNumber(right)
        guard let a, let b, !prefix.isEmpty, prefix == prefix2 else {
            throw InputFailure("--groups: '\(item)' is not a range like C2..C100 (the same name, ending in the first and last value)")
        }
        return (prefix + "{}", "{}", try bounds("\(a)..\(b)", item: item))
    }

    /// "2..101" -> [2, ..., 101].
    private static func bounds(_ text: String, item: String) throws -> [Int] {
        let parts = text.components(separatedBy: "..")
        guard parts.count == 2, let a = Int(parts[0]), let b = Int(parts[1]) else {
            throw InputFailure("--groups: '\(item)': '\(text)' is not a range of integers like 2..101")
        }
        guard a <= b else { throw InputFailure("--groups: '\(item)': the range \(a)..\(b) is empty (the first value is larger than the last)") }
        guard b - a < maximumRange else { throw InputFailure("--groups: '\(item)': the range \(a)..\(b) spans more than \(maximumRange) values") }
        return Array(a...b)
    }

    /// ("C", 100) for "C100"; (text, nil) when it does not end in digits.
    private static func splitNumber(_ text: String) -> (String, Int?) {
        let digits = String(text.reversed().prefix { $0.isASCII && $0.isNumber }.reversed())
        return (String(text.dropLast(digits.count)), digits.isEmpty ? nil : Int(digits))
    }

    private static func isIdentifier(_ s: String) -> Bool {
        guard let first = s.first, first.isLetter || first == "_" else { return false }
        return s.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
    }

    /// Replaces `variable` where it stands alone (not inside a longer word): p in "AGL(1,p)" but not in "PSL".
    static func substitute(_ variable: String, in template: String, with value: Int) -> String {
        if variable == "{}" { return template.replacingOccurrences(of: "{}", with: String(value)) }
        let chars = Array(template), v = Array(variable)
        var out = "", i = 0
        func isWord(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "_" }
        while i < chars.count {
            if i + v.count <= chars.count, Array(chars[i..<i + v.count]) == v,
               i == 0 || !isWord(chars[i - 1]), i + v.count == chars.count || !isWord(chars[i + v.count]) {
                out += String(value); i += v.count
            } else {
                out.append(chars[i]); i += 1
            }
        }
        return out
    }

    /// The groups of a JSONL file, each labelled by its "id" or "<file>:<line>".
    private static func jsonl(_ path: String) throws -> [(label: String, name: String?, group: PermutationGroup)] {
        let lines = try BatchRun.lines(path: path, what: "--groups")
        guard !lines.isEmpty else { throw InputFailure("--groups: \(path) holds no group (no non-blank line)") }
        return try lines.map { number, text in
            let object: [String: Any]
            switch JSONLine.object(text) {
            case .success(let o): object = o
            case .failure(let why): throw InputFailure("--groups: \(path) line \(number): \(why)")
            }
            let source: GroupSource
            do { source = try GroupBatchLine.group(from: object, line: number) } catch { throw InputFailure("--groups: \(path): \(error)") }
            let label = (object["id"] as? String) ?? (object["id"].map { "\($0)" }) ?? "\(path):\(number)"
            return (label, nil, source.group)
        }
    }
}
