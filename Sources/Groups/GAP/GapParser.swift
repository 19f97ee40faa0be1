/// A value in the part of GAP's language that describes permutation groups, as `PrintTo` writes them:
/// integers, permutations in cycle notation, lists, ranges `[1 .. n]`, names and calls `Name(args)`.
indirect enum GapValue {
    case integer(Int)
    case permutation(Permutation)
    case list([GapNode])
    /// `[first .. last]` (step 1) or `[first, second .. last]` (step second - first).
    case range(first: Int, step: Int, last: Int)
    case identifier(String)
    case call(String, [GapNode])
}

/// A value with the span of text it came from (indices into `GapText.characters`).
struct GapNode {
    let value: GapValue
    let start: Int
    let end: Int
}

/// The text being read, with GAP's line continuations (backslash, newline) removed and each remaining
/// character's place in the original remembered, so that errors point into what the user wrote.
struct GapText {
    let source: String
    let characters: [Character]
    private let originalIndex: [Int]
    private let original: [Character]

    init(_ text: String, source: String) {
        self.source = source
        original = Array(text)
        var characters: [Character] = []
        var originalIndex: [Int] = []
        var i = 0
        while i < original.count {
            // "\r\n" is one Character in Swift, so one look-ahead covers both line endings.
            if original[i] == "\\", i + 1 < original.count, original[i + 1].isNewline {
                i += 2
                continue
            }
            characters.append(original[i])
            originalIndex.append(i)
            i += 1
        }
        self.characters = characters
        self.originalIndex = originalIndex
    }

    /// The text of `characters[start..<end]` with runs of white space shown as one space.
    func excerpt(_ start: Int, _ end: Int) -> String {
        var result = ""
        for c in characters[start..<end] {
            if c.isWhitespace {
                if result.last != " " { result.append(" ") }
            } else {
                result.append(c)
            }
        }
        return String(result.trimmingWhitespace)
    }

    /// An error at `characters[index]` (or just past the end of the text).
    func error(at index: Int, _ problem: String) -> GapInputError {
        let target = index < originalIndex.count ? originalIndex[index] : original.count
        var line = 1, column = 1
        for c in original[..<target] {
            if c.isNewline { line += 1; column = 1 } else { column += 1 }
        }
        return GapInputError(source: source, line: line, column: column,
                             oneLine: !original.contains(where: \.isNewline), problem: problem)
    }
}

/// Reads `GapText` into values. White space and `#` comments separate tokens anywhere.
struct GapParser {
    private let text: GapText
    private var chars: [Character] { text.characters }
    private var i = 0
    /// How many lists and calls enclose the value being read (bounded, so that no input can exhaust the stack).
    private var depth = 0
    private static let maximumDepth = 200

    private init(_ text: GapText) { self.text = text }

    /// One value, then an optional `;` and nothing else (a file written by `PrintTo`).
    static func document(_ text: GapText) throws -> GapNode {
        var parser = GapParser(text)
        return try parser.document()
    }

    /// Comma-separated values up to the end of the text (a `--generators` list).
    static func sequence(_ text: GapText) throws -> [GapNode] {
        var parser = GapParser(text)
        return try parser.sequence()
    }

    private mutating func document() throws -> GapNode {
        let node = try value()
        try finish()
        return node
    }

    private mutating func sequence() throws -> [GapNode] {
        var nodes = [try value()]
        while true {
            skipSpace()
            guard i < chars.count, chars[i] == "," else { break }
            i += 1
            nodes.append(try value())
        }
        try finish()
        return nodes
    }

    private mutating func finish() throws {
        skipSpace()
        // GAP ends a statement with ";" (";;" also suppresses its output).
        for _ in 0..<2 where i < chars.count && chars[i] == ";" {
            i += 1
            skipSpace()
        }
        if i < chars.count { throw unexpected("after a complete value") }
    }

    // MARK: Values

    private mutating func value() throws -> GapNode {
        skipSpace()
        guard i < chars.count else { throw text.error(at: i, "expected a value at the end of the text") }
        let start = i
        let c = chars[i]
        guard depth < Self.maximumDepth else { throw text.error(at: i, "values nested more than \(Self.maximumDepth) deep") }
        depth += 1
        defer { depth -= 1 }
        let v: GapValue
        if c == "(" {
            v = .permutation(try permutation())
        } else if c == "[" {
            v = try listOrRange()
        } else if c.isASCII && (c.isNumber || c == "-") {
            v = .integer(try integer())
        } else if c.isASCII && (c.isLetter || c == "_") {
            let name = identifier()
            skipSpace()
            if i < chars.count, chars[i] == "(" {
                let paren = i
                i += 1
                v = .call(name, try arguments(closing: ")", opening: paren))
            } else {
                v = .identifier(name)
            }
        } else {
            throw unexpected("where a value should start")
        }
        return GapNode(value: v, start: start, end: i)
    }

    /// Values separated by commas up to `closing` (the opening bracket is already read).
    private mutating func arguments(closing: Character, opening: Int) throws -> [GapNode] {
        var nodes: [GapNode] = []
        skipSpace()
        if i < chars.count, chars[i] == closing { i += 1; return nodes }
        while true {
            nodes.append(try value())
            skipSpace()
            guard i < chars.count else {
                throw text.error(at: opening, "\"\(chars[opening])\" is never closed")
            }
            if chars[i] == closing { i += 1; return nodes }
            guard chars[i] == "," else { throw unexpected("(expected \",\" or \"\(closing)\")") }
            i += 1
        }
    }

    /// `[a, b, ...]`, `[first .. last]` or `[first, second .. last]` (the opening bracket is next).
    private mutating func listOrRange() throws -> GapValue {
        let open = i
        i += 1
        skipSpace()
        var items: [GapNode] = []
        if i < chars.count, chars[i] == "]" { i += 1; return .list(items) }
        while true {
            items.append(try value())
            skipSpace()
            guard i < chars.count else { throw text.error(at: open, "\"[\" is never closed") }
            if chars[i] == "]" { i += 1; return .list(items) }
            if chars[i] == ".", i + 1 < chars.count, chars[i + 1] == ".", items.count <= 2 {
                i += 2
                items.append(try value())
                skipSpace()
                guard i < chars.count, chars[i] == "]" else { throw unexpected("(expected \"]\" to end the range)") }
                i += 1
                return try range(items)
            }
            guard chars[i] == "," else { throw unexpected("(expected \",\" or \"]\")") }
            i += 1
        }
    }

    /// The range from `[first .. last]` or `[first, second .. last]`.
    private func range(_ items: [GapNode]) throws -> GapValue {
        let ends = try items.map { node -> Int in
            guard case .integer(let n) = node.value else { throw text.error(at: node.start, "a range needs integers") }
            return n
        }
        let step = ends.count == 3 ? ends[1] - ends[0] : 1
        guard step != 0 else { throw text.error(at: items[0].start, "a range's step must not be 0") }
        return .range(first: ends[0], step: step, last: ends[ends.count - 1])
    }

    /// A product of cycles, `(1,2,3)(4,5)` or `()`, read by `Permutation(cycles:)`.
    private mutating func permutation() throws -> Permutation {
        let start = i
        while i < chars.count, chars[i] == "(" {
            while i < chars.count, chars[i] != ")" {
                i += 1
                if i < chars.count, chars[i] == "(" { throw text.error(at: i, "unexpected \"(\" inside a cycle") }
            }
            guard i < chars.count else { throw text.error(at: start, "unbalanced parenthesis: a cycle is never closed") }
            i += 1
            var j = i
            while j < chars.count, chars[j].isWhitespace { j += 1 }
            if j < chars.count, chars[j] == "(" { i = j }
        }
        do {
            return try Permutation(cycles: String(chars[start..<i]))
        } catch let error as PermutationError {
            throw text.error(at: start + (error.position ?? 1) - 1, error.problem)
        }
    }

    private mutating func integer() throws -> Int {
        let start = i
        if chars[i] == "-" { i += 1 }
        guard i < chars.count, chars[i].isASCII, chars[i].isNumber else {
            i = start
            throw unexpected("where a value should start")
        }
        while i < chars.count, chars[i].isASCII, chars[i].isNumber { i += 1 }
        guard let n = Int(String(chars[start..<i])) else { throw text.error(at: start, "number too large") }
        return n
    }

    private mutating func identifier() -> String {
        let start = i
        while i < chars.count, chars[i].isASCII, chars[i].isLetter || chars[i].isNumber || chars[i] == "_" { i += 1 }
        return String(chars[start..<i])
    }

    // MARK: Space and errors

    private mutating func skipSpace() {
        while i < chars.count {
            if chars[i].isWhitespace {
                i += 1
            } else if chars[i] == "#" {
                while i < chars.count, !chars[i].isNewline { i += 1 }
            } else {
                break
            }
        }
    }

    private func unexpected(_ context: String) -> GapInputError {
        guard i < chars.count else { return text.error(at: i, "unexpected end of the text \(context)") }
        var problem = "unexpected \"\(chars[i])\" \(context)"
        if chars[i] == "=" || chars[i] == "<" {
            // GAP prints library groups by name ("E(8)=2[x]2[x]2", "<pc group of size 8 ...>").
            problem += "; GAP printed a group by its name or as <...>: export its generators instead, "
                + "PrintTo(\"g.g\", [Group(GeneratorsOfGroup(G))]);"
        }
        return text.error(at: i, problem)
    }
}

extension PermutationError {
    /// The 1-based character position the error names, if any.
    var position: Int? {
        switch self {
        case .unbalancedParenthesis(let p, _), .unexpectedCharacter(_, let p, _), .notAnInteger(_, let p, _),
             .pointZero(let p, _), .repeatedPoint(_, let p, _), .pointBeyondDegree(_, _, let p, _),
             .emptyCycle(let p, _), .pointTooLarge(_, let p, _):
            return p
        case .degreeTooLarge, .imageOutOfRange, .repeatedImage, .empty:
            return nil
        }
    }
}
