import ArgumentParser
import Foundation

@main
struct Tower: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tower",
        abstract: "Certify how deep a parallelizable sequence model must be to track a symmetry.",
        discussion: """
        Tower computes exact group and Lie-algebra invariants (derived length, nilpotency class, \
        solvability), emits certificates that an independent checker re-verifies, and trains small \
        sequence models to compare the predicted minimal layer count with what training reaches.
        """,
        version: TowerVersion.string,
        subcommands: [
            Version.self,
            Calc.self,
            Bench.self,
            GroupCommand.self,
            Verify.self,
            Lie.self,
            Train.self,
            Probe.self,
            Construct.self,
            CrossCheckCommand.self,
            TableCommand.self,
        ]
    )

    /// Runs the command like ArgumentParser's own `main`, with one exit-status scheme for every
    /// command: 0 success, 1 a negative answer (`verify`: INVALID), 2 bad input or usage. Argument
    /// parser usage errors (status 64, EX_USAGE) are mapped to 2, and a mistyped subcommand
    /// (`tower grup`) gets a "did you mean" suggestion.
    static func main() {
        let arguments = CalcArguments.normalized(Array(CommandLine.arguments.dropFirst()))
        // `tower help grup` names the mistyped word too (the parser would print the overview).
        let asked = arguments.first == "help" && arguments.count > 1 ? arguments[1] : arguments.first
        if let asked, asked != "help", let suggestion = CommandSuggestion.unknownSubcommand(asked) {
            printError("error: \(suggestion)")
            printError("usage: tower <subcommand> ... (see tower --help)")
            Foundation.exit(2)
        }
        if let repeated = CommandSuggestion.repeatedOption(in: arguments) {
            printError("error: \(repeated) is given twice; give it once (only one of the values would be used)")
            Foundation.exit(2)
        }
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                let text = fullMessage(for: error)
                if !text.isEmpty { print(text) }
            } else if let line = CommandSuggestion.oneLineError(message(for: error), arguments: arguments) {
                printError(line)
            }
            Foundation.exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }
}

/// "did you mean ...?" for a first argument that is not a subcommand.
enum CommandSuggestion {
    /// A message when `word` looks like a mistyped subcommand name, nil when it is a subcommand,
    /// an option, or nothing like any subcommand.
    static func unknownSubcommand(_ word: String) -> String? {
        guard !word.hasPrefix("-") else { return nil }
        let names = Tower.configuration.subcommands.map { $0._commandName } + ["help"]
        guard !names.contains(word) else { return nil }
        let ranked = names.map { ($0, distance($0, word)) }.min { $0.1 < $1.1 }
        let known = "known subcommands: \(names.dropLast().joined(separator: ", "))"
        guard let (best, d) = ranked, d <= max(2, best.count / 3) else {
            return "unknown subcommand \"\(word)\"; \(known)"
        }
        return "unknown subcommand \"\(word)\"; did you mean \(best)? (\(known))"
    }

    /// The argument parser's error `message` as one line, `error: ...` followed by where the
    /// options are explained (`see 'tower group --help'`); nil for an empty message (an exit that
    /// printed its own error). Only the first line of the parser's message is kept: its further
    /// lines repeat the usage.
    static func oneLineError(_ message: String, arguments: [String]) -> String? {
        let first = message.split(separator: "\n").first.map(String.init)?
            .trimmingCharacters(in: .whitespaces) ?? ""
        guard !first.isEmpty else { return nil }
        let text = first.hasPrefix("Error: ") ? String(first.dropFirst(7)) : first
        let command = (["tower"] + commandPath(arguments)).joined(separator: " ")
        return "error: \(text) (see '\(command) --help')"
    }

    /// The subcommand names at the start of `arguments` (`["lie", "bch"]` for `lie bch --order 0`).
    static func commandPath(_ arguments: [String]) -> [String] {
        var path: [String] = []
        var commands = Tower.configuration.subcommands
        for word in arguments {
            guard let next = commands.first(where: { $0._commandName == word }) else { break }
            path.append(word)
            commands = next.configuration.subcommands
        }
        return path
    }

    /// Options that may be given several times (array options).
    static let repeatable: Set<String> = ["--only"]

    /// The first `--name` option given more than once (before a bare `--`), nil when none is.
    static func repeatedOption(in arguments: [String]) -> String? {
        var seen: Set<String> = []
        for argument in arguments {
            if argument == "--" { break }
            guard argument.hasPrefix("--"), let first = argument.dropFirst(2).first, first.isLetter else { continue }
            let name = String(argument.prefix { $0 != "=" })
            if !repeatable.contains(name), !seen.insert(name).inserted { return name }
        }
        return nil
    }

    /// Levenshtein distance between two short words.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a.lowercased()), b = Array(b.lowercased())
        var row = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var previous = row[0]
            row[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let current = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                previous = current
            }
        }
        return row[b.count]
    }
}

enum TowerVersion {
    static let string = "0.1.0"
}
