/// "Did you mean ...?" for an unknown name: the candidates closest to it in edit distance.
enum NameSuggestion {
    /// The candidates at the smallest case-insensitive edit distance from `word`, in the order given,
    /// when that distance is small for the word's length (at most 1, or a third of the longer name) and
    /// at most three candidates share it (more would be a guess, not a suggestion). Empty otherwise.
    static func nearest(to word: String, among candidates: [String]) -> [String] {
        let w = Array(word.lowercased())
        guard !w.isEmpty else { return [] }
        var best = Int.max
        var found: [String] = []
        for candidate in candidates {
            let c = Array(candidate.lowercased())
            let d = distance(w, c)
            guard d > 0, d <= max(1, max(w.count, c.count) / 3) else { continue }
            if d < best {
                best = d
                found = [candidate]
            } else if d == best, !found.contains(candidate) {
                found.append(candidate)
            }
        }
        return found.count <= 3 ? found : []
    }

    /// Levenshtein distance (insertions, deletions, substitutions each cost 1), one row at a time.
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        var previous = Array(0...b.count)
        for i in stride(from: 1, through: a.count, by: 1) {
            var current = [i] + [Int](repeating: 0, count: b.count)
            for j in stride(from: 1, through: b.count, by: 1) {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
            }
            previous = current
        }
        return previous[b.count]
    }

    /// "A", "A or B", "A, B or C".
    static func alternatives(_ names: [String]) -> String {
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " or " + names.last!
    }
}
