import ArgumentParser
import Foundation

/// Option parsing and output helpers shared by `tower construct` and `tower crosscheck`.
enum CrossCheckOptions {
    /// "10,100,1000" -> [10, 100, 1000]; throws a ValidationError naming the bad item.
    static func positiveList(_ text: String, option: String) throws -> [Int] {
        let parts = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        var values: [Int] = []
        for (i, p) in parts.enumerated() {
            guard let n = Int(p), n >= 1 else { throw ValidationError("\(option): item \(i + 1) '\(p)' is not a positive integer") }
            values.append(n)
        }
        guard !values.isEmpty else { throw ValidationError("\(option) is empty") }
        return values
    }

    /// The deepest stack a depth range may name (as `tower construct --layers`).
    static let maximumDepth = 64

    /// "1-4" or "1,2,4" -> [1, 2, 3, 4] / [1, 2, 4]; every depth at most `maximumDepth`.
    static func range(_ text: String, option: String) throws -> [Int] {
        let bounds = text.split(separator: "-").map { $0.trimmingCharacters(in: .whitespaces) }
        let values: [Int]
        if bounds.count == 2 {
            guard let a = Int(bounds[0]), let b = Int(bounds[1]), a >= 1, b >= a else {
                throw ValidationError("\(option): '\(text)' is not a range like 1-4")
            }
            guard b <= maximumDepth else { throw ValidationError("\(option): \(b) is deeper than the limit of \(maximumDepth) layers") }
            values = Array(a...b)
        } else {
            values = try positiveList(text, option: option)
        }
        if let deep = values.first(where: { $0 > maximumDepth }) {
            throw ValidationError("\(option): \(deep) is deeper than the limit of \(maximumDepth) layers")
        }
        return values
    }

    /// "0.1,0.3" -> [0.1, 0.3].
    static func scales(_ text: String, option: String) throws -> [Double] {
        let parts = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        var values: [Double] = []
        for (i, p) in parts.enumerated() {
            guard let x = Double(p), x >= 0, x.isFinite else { throw ValidationError("\(option): item \(i + 1) '\(p)' is not a non-negative number") }
            values.append(x)
        }
        return values
    }

    /// Group names: separated by ';', or by ',' outside parentheses and brackets, so "PSL(2,7),S4"
    /// and "PSL(2,7);S4" are both [PSL(2,7), S4]; trimmed, empty items dropped.
    static func groupNames(_ text: String) -> [String] {
        var names: [String] = [], current = "", depth = 0
        for ch in text {
            switch ch {
            case "(", "[": depth += 1; current.append(ch)
            case ")", "]": depth = max(depth - 1, 0); current.append(ch)
            case ";": names.append(current); current = ""; depth = 0
            case "," where depth == 0: names.append(current); current = ""
            default: current.append(ch)
            }
        }
        names.append(current)
        return names.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// Comma-separated names, trimmed, empty items dropped.
    static func names(_ text: String) -> [String] {
        text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
