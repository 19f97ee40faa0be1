import Certificates
import Groups

/// A straight-line program under construction, with the value of every entry kept alongside.
///
/// Entries `0..<inputCount` are the inputs; each appended line is a word over earlier entries
/// (flat `[entry, exponent, ...]`, the certificate's `ProgramLines` form). Builders append
/// freely (random words, transversal elements, sift results) and `extract` keeps only the lines
/// the certificate needs, so the stored program is as small as its outputs allow.
final class TrackedProgram {
    let inputCount: Int
    let degree: Int
    private(set) var lines: ProgramLines = []
    private(set) var values: [Permutation]
    private var inverses: [Int: Permutation] = [:]

    init(inputs: [Permutation], degree: Int) {
        inputCount = inputs.count
        self.degree = degree
        values = inputs
    }

    var entryCount: Int { values.count }

    func value(_ entry: Int) -> Permutation { values[entry] }

    /// The inverse of an entry's value, cached: sifting divides by the same transversal
    /// elements over and over.
    func inverseValue(_ entry: Int) -> Permutation {
        if let v = inverses[entry] { return v }
        let v = values[entry].inverse
        inverses[entry] = v
        return v
    }

    /// Appends a line whose value the caller already knows.
    @discardableResult
    func append(_ word: [Int], value: Permutation) -> Int {
        lines.append(word)
        values.append(value)
        return values.count - 1
    }

    /// Appends a line and computes its value.
    @discardableResult
    func append(_ word: [Int]) -> Int {
        var v = Permutation.identity(degree: degree)
        for k in stride(from: 0, to: word.count, by: 2) {
            let e = word[k + 1]
            v = v * (e == 1 ? values[word[k]] : e == -1 ? inverseValue(word[k]) : values[word[k]].power(e))
        }
        return append(word, value: v)
    }

    /// u^-1 e u.
    func conjugate(_ e: Int, by u: Int) -> Int {
        append([u, -1, e, 1, u, 1], value: values[e].conjugated(by: values[u]))
    }

    /// The lines that the given output entries depend on, renumbered, and the outputs'
    /// new entry numbers.
    func extract(_ outputs: [Int]) -> (lines: ProgramLines, outputs: [Int]) {
        var needed = [Bool](repeating: false, count: values.count)
        var stack = outputs.filter { $0 >= inputCount }
        while let e = stack.popLast() {
            if needed[e] { continue }
            needed[e] = true
            let line = lines[e - inputCount]
            for k in stride(from: 0, to: line.count, by: 2) where line[k] >= inputCount && !needed[line[k]] {
                stack.append(line[k])
            }
        }
        var renumber = Array(0..<inputCount) + [Int](repeating: -1, count: lines.count)
        var kept: ProgramLines = []
        for (i, line) in lines.enumerated() where needed[inputCount + i] {
            var mapped = line
            for k in stride(from: 0, to: line.count, by: 2) { mapped[k] = renumber[line[k]] }
            renumber[inputCount + i] = inputCount + kept.count
            kept.append(mapped)
        }
        return (kept, outputs.map { renumber[$0] })
    }
}
