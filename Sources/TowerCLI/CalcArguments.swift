/// `tower calc`'s expression words that start with minus signs (`-----1`, `--(2)`): ArgumentParser
/// reads a word starting with `--` as an option and refuses it, so before parsing, `calc`'s
/// arguments are rearranged to `calc OPTIONS -- WORDS` when a word starts with `--`. Calc's own
/// options (`--json`, `--max-bits N`, `--max-bits=N`, `-h`, `--help`) stay options wherever they
/// are; every other word is part of the expression, in order (a mistyped option such as `--jsn`
/// is then an expression error pointing at it, as it always was under `.allUnrecognized`).
enum CalcArguments {
    static func normalized(_ arguments: [String]) -> [String] {
        guard arguments.first == "calc", !arguments.contains("--"),
              arguments.dropFirst().contains(where: { $0.hasPrefix("--") && !isOption($0) && $0 != "--max-bits" }) else { return arguments }
        var options: [String] = [], words: [String] = []
        var i = 1
        while i < arguments.count {
            let a = arguments[i]
            if a == "--max-bits", i + 1 < arguments.count {
                options += [a, arguments[i + 1]]
                i += 1
            } else if isOption(a) {
                options.append(a)
            } else {
                words.append(a)
            }
            i += 1
        }
        return ["calc"] + options + ["--"] + words
    }

    private static func isOption(_ word: String) -> Bool {
        ["--json", "-h", "--help"].contains(word) || word.hasPrefix("--max-bits=")
    }
}
