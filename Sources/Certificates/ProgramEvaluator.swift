/// Evaluates straight-line programs (see `ProgramLines`) on the checker's permutations.
enum ProgramEvaluator {
    /// All entries of the program: the inputs followed by one value per line.
    /// `place` names the program in rejection messages ("series member 2, program").
    static func evaluate(_ lines: ProgramLines, inputs: [CheckerPermutation], degree: Int,
                         place: String) throws -> [CheckerPermutation] {
        var entries = inputs
        entries.reserveCapacity(inputs.count + lines.count)
        for (n, line) in lines.enumerated() {
            guard line.count % 2 == 0 else {
                throw CertificateRejection("\(place), line \(n + 1): a line is a list of (entry, exponent) pairs, but it has \(line.count) numbers")
            }
            // The product from the left; nil until the first factor (an empty line is the identity).
            var value: CheckerPermutation?
            for k in stride(from: 0, to: line.count, by: 2) {
                let factor = try entry(line[k], of: entries, place: "\(place), line \(n + 1)").power(line[k + 1])
                value = value.map { $0 * factor } ?? factor
            }
            entries.append(value ?? .identity(degree: degree))
        }
        return entries
    }

    /// `entries[index]`, or a rejection naming the dangling reference.
    static func entry<T>(_ index: Int, of entries: [T], place: String) throws -> T {
        guard index >= 0, index < entries.count else {
            throw CertificateRejection("\(place): entry \(index) is not defined (there are \(entries.count) entries at that point)")
        }
        return entries[index]
    }
}
