extension Permutation {
    /// Parses GAP cycle notation with 1-based points: "(1,2,3)(4,5)", "()" for the identity.
    /// Whitespace is ignored. Cycles are composed left to right (GAP convention), so
    /// overlapping cycles such as "(1,2)(2,3)" are allowed; a point may not repeat inside one cycle.
    /// `degree`, when given, is the size of the point set (points above it are an error);
    /// otherwise the degree is the largest point mentioned.
    public init(cycles text: String, degree: Int? = nil) throws {
        if let degree, degree > Permutation.maximumDegree || degree < 0 {
            throw PermutationError.degreeTooLarge(degree: degree, generator: nil)
        }
        let parsed = try CycleParser(text: text, degree: degree).parse()
        var n = degree ?? 0
        for cycle in parsed { for (point, _) in cycle { n = max(n, point) } }
        var t = (0..<Int32(n)).map { $0 }
        var inv = t
        for cycle in parsed where cycle.count > 1 {
            // Applying the cycle after the product so far: whatever mapped to c[i] now maps to c[i+1].
            let preimages = cycle.map { inv[$0.0 - 1] }
            for i in 0..<cycle.count {
                let next = Int32(cycle[(i + 1) % cycle.count].0 - 1)
                t[Int(preimages[i])] = next
                inv[Int(next)] = preimages[i]
            }
        }
        self = Permutation(table: t)
    }

    /// Parses a comma-separated list of generators in cycle notation, "(1,2,3),(1,2)".
    /// Errors name the 1-based generator index and the position within that generator.
    public static func parseList(_ text: String, degree: Int? = nil) throws -> [Permutation] {
        var result: [Permutation] = []
        var depth = 0
        var current = ""
        for ch in text {
            if ch == "(" { depth += 1 }
            if ch == ")" { depth -= 1 }
            if ch == "," && depth == 0 {
                result.append(try parseOne(current, index: result.count + 1, degree: degree))
                current = ""
                continue
            }
            current.append(ch)
        }
        if !current.trimmingWhitespace.isEmpty || result.isEmpty {
            result.append(try parseOne(current, index: result.count + 1, degree: degree))
        }
        return result
    }

    private static func parseOne(_ text: String, index: Int, degree: Int?) throws -> Permutation {
        do { return try Permutation(cycles: text, degree: degree) } catch let e as PermutationError {
            throw e.inGenerator(index)
        }
    }
}

extension String {
    var trimmingWhitespace: Substring {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return s
    }
}

/// A one-pass scanner for cycle notation that reports 1-based character positions.
private struct CycleParser {
    let chars: [Character]
    let degree: Int?

    init(text: String, degree: Int?) {
        chars = Array(text)
        self.degree = degree
    }

    /// The cycles, each a list of (1-based point, position of its first digit).
    func parse() throws -> [[(Int, Int)]] {
        var cycles: [[(Int, Int)]] = []
        var i = 0
        var sawAny = false
        while i < chars.count {
            let c = chars[i]
            if c.isWhitespace { i += 1; continue }
            if c == ")" { throw PermutationError.unbalancedParenthesis(position: i + 1, generator: nil) }
            guard c == "(" else {
                throw PermutationError.unexpectedCharacter(character: c, position: i + 1, generator: nil)
            }
            let open = i
            i += 1
            var cycle: [(Int, Int)] = []
            var seen = Set<Int>()
            var expectPoint = true
            var closed = false
            while i < chars.count {
                let d = chars[i]
                if d.isWhitespace { i += 1; continue }
                if d == ")" {
                    if !cycle.isEmpty && expectPoint {
                        throw PermutationError.notAnInteger(text: "", position: i + 1, generator: nil)
                    }
                    closed = true
                    i += 1
                    break
                }
                if d == "(" { throw PermutationError.unbalancedParenthesis(position: open + 1, generator: nil) }
                if d == "," {
                    if expectPoint { throw PermutationError.notAnInteger(text: "", position: i + 1, generator: nil) }
                    expectPoint = true
                    i += 1
                    continue
                }
                guard expectPoint else {
                    throw PermutationError.unexpectedCharacter(character: d, position: i + 1, generator: nil)
                }
                let start = i
                var token = ""
                while i < chars.count, chars[i] != ",", chars[i] != ")", chars[i] != "(", !chars[i].isWhitespace {
                    token.append(chars[i])
                    i += 1
                }
                let point = try Self.point(token, position: start + 1, degree: degree)
                guard seen.insert(point).inserted else {
                    throw PermutationError.repeatedPoint(point: point, position: start + 1, generator: nil)
                }
                cycle.append((point, start + 1))
                expectPoint = false
            }
            if !closed { throw PermutationError.unbalancedParenthesis(position: open + 1, generator: nil) }
            if cycle.isEmpty && (sawAny || chars[i...].contains("(")) {
                throw PermutationError.emptyCycle(position: open + 1, generator: nil)
            }
            sawAny = true
            cycles.append(cycle)
        }
        if !sawAny && !chars.allSatisfy(\.isWhitespace) {
            throw PermutationError.unbalancedParenthesis(position: 1, generator: nil)
        }
        if !sawAny { throw PermutationError.empty(generator: nil) }
        return cycles
    }

    private static func point(_ token: String, position: Int, degree: Int?) throws -> Int {
        guard !token.isEmpty, token.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            throw PermutationError.notAnInteger(text: token, position: position, generator: nil)
        }
        // Leading zeros are harmless; the digits after them are the point, however many there are.
        let digits = token.drop { $0 == "0" }
        guard digits.count <= 9, let value = Int(digits.isEmpty ? "0" : String(digits)), value <= Permutation.maximumDegree else {
            throw PermutationError.pointTooLarge(text: String(digits), position: position, generator: nil)
        }
        if value == 0 { throw PermutationError.pointZero(position: position, generator: nil) }
        if let degree, value > degree {
            throw PermutationError.pointBeyondDegree(point: value, degree: degree, position: position, generator: nil)
        }
        return value
    }
}
