/// Reads a catalog name such as `"S4 wr S4"`, `"PSL(2, 7)"` or `"(C2 x C2) wr S3"`.
///
/// Grammar (spaces are allowed between any two tokens; `wr` binds tighter than `x`, both associate left):
///
///     expression := wreathTerm ( "x" wreathTerm )*
///     wreathTerm := atom ( "wr" atom )*
///     atom       := "(" expression ")" | family
///     family     := ("C"|"D"|"Q"|"S"|"A"|"Heis"|"M") int | "Rubik"
///                 | ("AGL"|"GL"|"SL"|"PSL") "(" int "," int ")"
///                 | "Sylow" int "(" "S" int ")" | "Sylow" "(" int "," "S" int ")"
///
/// Names are case-insensitive (no two families differ only in case): `"s4 wr s4"`, `"psl(2,7)"`. A
/// lower-to-upper case change also ends a word, so `"S4xS3"` reads as `S4 x S3`; in lower case an
/// operator glued to the family after it is split off when the rest is a family (`"s4xs3"`).
struct CatalogParser {
    static func parse(_ name: String) throws -> CatalogExpression {
        var parser = CatalogParser(name: name, tokens: try tokenize(name))
        let expression = try parser.parseExpression()
        if let extra = parser.peek {
            throw parser.failure(at: extra, "unexpected \(extra.quoted) after a complete name")
        }
        return expression
    }

    private struct Token {
        enum Kind: Equatable { case word(String), number(Int), symbol(Character) }
        let kind: Kind
        /// 1-based character position in the name.
        let position: Int

        var quoted: String {
            switch kind {
            case .word(let w): return "\"\(w)\""
            case .number(let n): return "\"\(n)\""
            case .symbol(let c): return "\"\(c)\""
            }
        }
    }

    /// Deepest parenthesis nesting accepted; deeper names are refused with a syntax error
    /// instead of overflowing the stack of this recursive-descent parser.
    static let maximumNesting = 100

    private let name: String
    private let tokens: [Token]
    private var next = 0
    private var nesting = 0

    private init(name: String, tokens: [Token]) {
        self.name = name
        self.tokens = tokens
    }

    // MARK: Grammar

    private mutating func parseExpression() throws -> CatalogExpression {
        var result = try parseWreathTerm()
        while peekWord == "x" {
            next += 1
            result = .directProduct(result, try parseWreathTerm())
        }
        return result
    }

    private mutating func parseWreathTerm() throws -> CatalogExpression {
        var result = try parseAtom()
        while peekWord == "wr" {
            next += 1
            result = .wreath(result, try parseAtom())
        }
        return result
    }

    private mutating func parseAtom() throws -> CatalogExpression {
        guard let token = peek else { throw failureAtEnd("expected a group name") }
        next += 1
        switch token.kind {
        case .symbol("("):
            guard nesting < Self.maximumNesting else {
                throw failure(at: token, "parentheses nested more than \(Self.maximumNesting) deep")
            }
            nesting += 1
            defer { nesting -= 1 }
            let inner = try parseExpression()
            try expect(")")
            return inner
        case .word(let word):
            return try parseFamily(word, at: token)
        default:
            throw failure(at: token, "expected a group name, found \(token.quoted)")
        }
    }

    private mutating func parseFamily(_ word: String, at token: Token) throws -> CatalogExpression {
        switch word.lowercased() {
        case "c": return .cyclic(try number())
        case "d": return .dihedral(try number())
        case "q": return .quaternion(try number())
        case "s": return .symmetric(try number())
        case "a": return .alternating(try number())
        case "heis": return .heisenberg(try number())
        case "m": return .mathieu(try number())
        case "rubik": return .rubik
        case "agl", "gl", "sl", "psl":
            try expect("(")
            let d = try number()
            try expect(",")
            let q = try number()
            try expect(")")
            switch word.lowercased() {
            case "agl": return .affine(dimension: d, field: q)
            case "gl": return .generalLinear(dimension: d, field: q)
            case "sl": return .specialLinear(dimension: d, field: q)
            default: return .projectiveSpecialLinear(dimension: d, field: q)
            }
        case "sylow":
            let p: Int
            if case .number? = peek?.kind {
                p = try number()
                try expect("(")
            } else {
                try expect("(")
                p = try number()
                try expect(",")
            }
            try expectWord("S")
            let n = try number()
            try expect(")")
            return .sylow(prime: p, symmetricDegree: n)
        default:
            throw failure(at: token, "unknown group family \(token.quoted)"
                + (GroupCatalog.suggestion(for: word).map { " (did you mean \($0)?)" } ?? ""))
        }
    }

    // MARK: Tokens

    private var peek: Token? { next < tokens.count ? tokens[next] : nil }

    /// The next token in lower case when it is a word (operators are matched case-insensitively).
    private var peekWord: String? {
        if case .word(let w)? = peek?.kind { return w.lowercased() }
        return nil
    }

    private mutating func number() throws -> Int {
        guard let token = peek else { throw failureAtEnd("expected a number") }
        guard case .number(let n) = token.kind else { throw failure(at: token, "expected a number, found \(token.quoted)") }
        next += 1
        return n
    }

    private mutating func expect(_ symbol: Character) throws {
        guard let token = peek else { throw failureAtEnd("expected \"\(symbol)\"") }
        guard token.kind == .symbol(symbol) else { throw failure(at: token, "expected \"\(symbol)\", found \(token.quoted)") }
        next += 1
    }

    private mutating func expectWord(_ word: String) throws {
        guard let token = peek else { throw failureAtEnd("expected \"\(word)\"") }
        guard case .word(let found) = token.kind, found.lowercased() == word.lowercased() else {
            throw failure(at: token, "expected \"\(word)\", found \(token.quoted)")
        }
        next += 1
    }

    private func failure(at token: Token, _ problem: String) -> GroupCatalogError {
        .syntax(name: name, position: token.position, problem: problem)
    }

    private func failureAtEnd(_ problem: String) -> GroupCatalogError {
        .syntax(name: name, position: name.count + 1, problem: problem + " at the end of the name")
    }

    private static func tokenize(_ name: String) throws -> [Token] {
        let characters = Array(name)
        var tokens: [Token] = []
        var i = 0
        while i < characters.count {
            let c = characters[i]
            let start = i
            if c.isWhitespace {
                i += 1
            } else if c.isASCII && c.isNumber {
                var value = 0
                while i < characters.count, characters[i].isASCII, let digit = characters[i].wholeNumberValue {
                    let (times10, o1) = value.multipliedReportingOverflow(by: 10)
                    let (sum, o2) = times10.addingReportingOverflow(digit)
                    guard !o1, !o2 else {
                        throw GroupCatalogError.syntax(name: name, position: start + 1, problem: "number too large")
                    }
                    value = sum
                    i += 1
                }
                tokens.append(Token(kind: .number(value), position: start + 1))
            } else if c.isASCII && c.isLetter {
                i += 1
                while i < characters.count, characters[i].isASCII, characters[i].isLetter,
                      !(characters[i - 1].isLowercase && characters[i].isUppercase) {
                    i += 1
                }
                tokens += splitOperator(String(characters[start..<i]), position: start + 1)
            } else if "(),".contains(c) {
                tokens.append(Token(kind: .symbol(c), position: start + 1))
                i += 1
            } else if c == "×" {
                tokens.append(Token(kind: .word("x"), position: start + 1))
                i += 1
            } else {
                throw GroupCatalogError.syntax(name: name, position: start + 1, problem: "unexpected character \"\(c)\"")
            }
        }
        if tokens.isEmpty {
            throw GroupCatalogError.syntax(name: name, position: 1, problem: "the name is empty")
        }
        return tokens
    }

    /// The family keywords, lower case (what `parseFamily` accepts).
    static let familyKeywords = Set(GroupCatalog.familyWords.map { $0.word.lowercased() })

    /// `word` as one token, or as an operator and a family when it is an unknown word made of both
    /// (`"xs"` in `"s4xs3"`, `"wrs"` in `"s4wrs4"`): unambiguous, as no family name starts with x or wr.
    private static func splitOperator(_ word: String, position: Int) -> [Token] {
        let lower = word.lowercased()
        if !familyKeywords.contains(lower) && lower != "x" && lower != "wr" {
            for op in ["x", "wr"] where lower.hasPrefix(op) && familyKeywords.contains(String(lower.dropFirst(op.count))) {
                return [Token(kind: .word(op), position: position),
                        Token(kind: .word(String(word.dropFirst(op.count))), position: position + op.count)]
            }
        }
        return [Token(kind: .word(word), position: position)]
    }
}
