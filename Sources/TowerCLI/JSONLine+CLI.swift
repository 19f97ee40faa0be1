import CommandOutput

/// `CommandOutput.JSONLine`, the one JSON configuration of every `--json`, under its plain name in
/// every file of the CLI (the commands print what it encodes).
typealias JSONLine = CommandOutput.JSONLine
