/// A strict pre-scan of a JSON text, run before decoding. It accepts only JSON on which every
/// common reader (Swift's JSONDecoder, Python's `json`, `jq`, JavaScript) agrees, so that a file
/// Tower accepts cannot be read as something else by another tool:
///
/// - no key twice in one object (readers keep the first or the last value);
/// - numbers as `numbers` says: `.safeIntegers` (certificates: integers in -(2^53-1)...2^53-1,
///   since readers that use doubles round beyond that, and a certificate has no fractional
///   numbers: rationals are strings) or `.finite` (checkpoint headers: any JSON number whose
///   value is a finite double);
/// - valid UTF-8, no byte-order mark, no unpaired UTF-16 surrogate escape (`"\ud800"`);
/// - nothing but whitespace after the top-level value, nesting at most `maximumDepth` deep.
///
/// Everything else is plain RFC 8259. Errors name the place (`evidence.series[0]`, the dotted
/// path used by the decoder's messages) and the line and column. Used by the certificate checker
/// (`Certificates`) and the checkpoint reader (`SequenceModels`); knows neither.
public enum StrictJSON {
    public static let maximumDepth = 512
    /// 2^53 - 1, the largest integer every JSON reader represents exactly (RFC 7493, I-JSON).
    public static let maximumInteger: UInt64 = (1 << 53) - 1

    /// Which numbers a document may hold.
    public enum Numbers: Sendable {
        /// Integers in -(2^53-1)...2^53-1, no fraction or exponent.
        case safeIntegers
        /// Any JSON number whose value is a finite double (not 1e400).
        case finite
    }

    /// Why a text was refused, in one line.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public let message: String
        public var description: String { message }
    }

    /// One key of one object: where the object is (`place`, e.g. `evidence.series[1]`), the
    /// same with indices left out (`pattern`, `evidence.series[]`), and the key.
    public struct ObjectKey: Sendable {
        public let pattern: String
        public let place: String
        public let key: String
    }

    /// Scans the whole text; returns every object key, so the caller can refuse keys its format
    /// does not define (the decoder would silently ignore them). `document` names the text in
    /// messages about its top level ("certificate: duplicate key ...").
    @discardableResult
    public static func validate(_ bytes: [UInt8], document: String, numbers: Numbers) throws -> [ObjectKey] {
        var scanner = Scanner(bytes: bytes, document: document, numbers: numbers)
        try scanner.document()
        return scanner.keys
    }

    private enum PathStep {
        case key(String)
        case index(Int)
    }

    private struct Scanner {
        let bytes: [UInt8]
        let name: String
        let numbers: Numbers
        var position = 0
        var path: [PathStep] = []
        var keys: [ObjectKey] = []

        init(bytes: [UInt8], document: String, numbers: Numbers) { self.bytes = bytes; self.name = document; self.numbers = numbers }

        mutating func document() throws {
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
                throw failure("the file starts with a byte-order mark, which JSON readers treat differently", at: 0)
            }
            guard String(validating: bytes, as: UTF8.self) != nil else {
                throw failure("the file is not valid UTF-8", at: 0)
            }
            skipWhitespace()
            try value(depth: 1)
            skipWhitespace()
            if position < bytes.count {
                throw syntaxFailure("unexpected text after the end of the JSON value", at: position)
            }
        }

        // MARK: Values

        private mutating func value(depth: Int) throws {
            guard depth <= StrictJSON.maximumDepth else {
                throw failure("nested deeper than \(StrictJSON.maximumDepth) levels", at: position)
            }
            guard let byte = peek() else { throw syntaxFailure("the JSON text ends early", at: position) }
            switch byte {
            case UInt8(ascii: "{"): try object(depth: depth)
            case UInt8(ascii: "["): try array(depth: depth)
            case UInt8(ascii: "\""): _ = try string()
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number()
            case UInt8(ascii: "t"): try literal("true")
            case UInt8(ascii: "f"): try literal("false")
            case UInt8(ascii: "n"): try literal("null")
            default: throw syntaxFailure("unexpected character \(describe(byte))", at: position)
            }
        }

        private mutating func object(depth: Int) throws {
            position += 1
            var keys: Set<String> = []
            skipWhitespace()
            if peek() == UInt8(ascii: "}") { position += 1; return }
            while true {
                skipWhitespace()
                guard peek() == UInt8(ascii: "\"") else { throw syntaxFailure("expected a key in quotes", at: position) }
                let keyStart = position
                let key = try string()
                self.keys.append(ObjectKey(pattern: render(indices: false), place: render(indices: true), key: key))
                guard keys.insert(key).inserted else {
                    throw failure("duplicate key \"\(key)\" (JSON readers disagree on which value counts)", at: keyStart)
                }
                skipWhitespace()
                guard peek() == UInt8(ascii: ":") else { throw syntaxFailure("expected ':' after the key \"\(key)\"", at: position) }
                position += 1
                skipWhitespace()
                path.append(.key(key))
                try value(depth: depth + 1)
                path.removeLast()
                skipWhitespace()
                switch peek() {
                case UInt8(ascii: ","): position += 1
                case UInt8(ascii: "}"): position += 1; return
                default: throw syntaxFailure("expected ',' or '}' in an object", at: position)
                }
            }
        }

        private mutating func array(depth: Int) throws {
            position += 1
            skipWhitespace()
            if peek() == UInt8(ascii: "]") { position += 1; return }
            var index = 0
            while true {
                skipWhitespace()
                path.append(.index(index))
                try value(depth: depth + 1)
                path.removeLast()
                index += 1
                skipWhitespace()
                switch peek() {
                case UInt8(ascii: ","): position += 1
                case UInt8(ascii: "]"): position += 1; return
                default: throw syntaxFailure("expected ',' or ']' in an array", at: position)
                }
            }
        }

        private mutating func literal(_ word: String) throws {
            let start = position
            for expected in word.utf8 {
                guard peek() == expected else { throw syntaxFailure("unexpected character \(describe(bytes[start]))", at: start) }
                position += 1
            }
        }

        /// A number. `.safeIntegers`: -?(0|[1-9][0-9]*), at most 2^53-1 in magnitude, no fraction
        /// or exponent (readers disagree on whether 1.0 or 1e0 is an integer). `.finite`: the full
        /// RFC 8259 grammar, with a value that is a finite double.
        private mutating func number() throws {
            let start = position
            if peek() == UInt8(ascii: "-") { position += 1 }
            guard let first = peek(), isDigit(first) else { throw syntaxFailure("'-' must be followed by a digit", at: start) }
            var magnitude: UInt64 = 0
            var tooLarge = false
            while let d = peek(), isDigit(d) {
                let (times10, o1) = magnitude.multipliedReportingOverflow(by: 10)
                let (sum, o2) = times10.addingReportingOverflow(UInt64(d - UInt8(ascii: "0")))
                if o1 || o2 || sum > StrictJSON.maximumInteger { tooLarge = true } else { magnitude = sum }
                position += 1
            }
            let text = String(decoding: bytes[start..<position], as: UTF8.self)
            if first == UInt8(ascii: "0"), position - start > (bytes[start] == UInt8(ascii: "-") ? 2 : 1) {
                throw syntaxFailure("the number \(text) has a leading zero", at: start)
            }
            let hasFraction = peek() == UInt8(ascii: ".") || peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E")
            switch numbers {
            case .safeIntegers:
                if hasFraction {
                    throw failure("numbers in a \(name) are integers, found a fraction or exponent after \(text)", at: start)
                }
                if tooLarge {
                    throw failure("the integer \(text) is outside -(2^53-1)...2^53-1, where JSON readers agree", at: start)
                }
            case .finite:
                if peek() == UInt8(ascii: ".") {
                    position += 1
                    guard let d = peek(), isDigit(d) else { throw syntaxFailure("a digit must follow the '.' of a number", at: position) }
                    while let d = peek(), isDigit(d) { position += 1 }
                }
                if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
                    position += 1
                    if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { position += 1 }
                    guard let d = peek(), isDigit(d) else { throw syntaxFailure("a digit must follow the exponent of a number", at: position) }
                    while let d = peek(), isDigit(d) { position += 1 }
                }
                let whole = String(decoding: bytes[start..<position], as: UTF8.self)
                guard let value = Double(whole), value.isFinite else {
                    throw failure("the number \(whole) is beyond the range of a double", at: start)
                }
            }
        }

        /// A string, returned decoded so that "a" and "\u0061" are the same key.
        private mutating func string() throws -> String {
            let start = position
            position += 1
            var units: [UInt16] = []
            var run = position
            func flush(_ end: Int) {
                units.append(contentsOf: String(decoding: bytes[run..<end], as: UTF8.self).utf16)
            }
            while true {
                guard let byte = peek() else { throw syntaxFailure("a string is not closed", at: start) }
                if byte == UInt8(ascii: "\"") {
                    flush(position)
                    position += 1
                    break
                }
                if byte < 0x20 { throw syntaxFailure("a control character inside a string must be escaped", at: position) }
                if byte != UInt8(ascii: "\\") { position += 1; continue }
                flush(position)
                let escape = position
                position += 1
                guard let kind = peek() else { throw syntaxFailure("a string is not closed", at: start) }
                position += 1
                switch kind {
                case UInt8(ascii: "\""): units.append(0x22)
                case UInt8(ascii: "\\"): units.append(0x5C)
                case UInt8(ascii: "/"): units.append(0x2F)
                case UInt8(ascii: "b"): units.append(0x08)
                case UInt8(ascii: "f"): units.append(0x0C)
                case UInt8(ascii: "n"): units.append(0x0A)
                case UInt8(ascii: "r"): units.append(0x0D)
                case UInt8(ascii: "t"): units.append(0x09)
                case UInt8(ascii: "u"):
                    let unit = try hex4(escape)
                    if UTF16.isLeadSurrogate(unit) {
                        guard peek() == UInt8(ascii: "\\"), position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "u") else {
                            throw failure("an unpaired surrogate escape in a string", at: escape)
                        }
                        position += 2
                        let low = try hex4(escape)
                        guard UTF16.isTrailSurrogate(low) else { throw failure("an unpaired surrogate escape in a string", at: escape) }
                        units.append(unit)
                        units.append(low)
                    } else if UTF16.isTrailSurrogate(unit) {
                        throw failure("an unpaired surrogate escape in a string", at: escape)
                    } else {
                        units.append(unit)
                    }
                default:
                    throw syntaxFailure("unknown escape \\\(describe(kind)) in a string", at: escape)
                }
                run = position
            }
            return String(decoding: units, as: UTF16.self)
        }

        private mutating func hex4(_ escape: Int) throws -> UInt16 {
            guard position + 4 <= bytes.count else { throw syntaxFailure("a \\u escape needs four hex digits", at: escape) }
            var unit: UInt16 = 0
            for _ in 0..<4 {
                let b = bytes[position]
                let digit: UInt8
                switch b {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = b - UInt8(ascii: "0")
                case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = b - UInt8(ascii: "a") + 10
                case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = b - UInt8(ascii: "A") + 10
                default: throw syntaxFailure("a \\u escape needs four hex digits", at: escape)
                }
                unit = unit << 4 | UInt16(digit)
                position += 1
            }
            return unit
        }

        // MARK: Helpers

        private func peek() -> UInt8? { position < bytes.count ? bytes[position] : nil }

        private func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }

        private mutating func skipWhitespace() {
            while let b = peek(), b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D { position += 1 }
        }

        private func describe(_ byte: UInt8) -> String {
            byte >= 0x21 && byte < 0x7F ? "'\(Character(Unicode.Scalar(byte)))'" : "byte 0x\(String(byte, radix: 16))"
        }

        /// "not valid JSON: <problem> (line 12, column 5)": the text is not JSON at all.
        private func syntaxFailure(_ problem: String, at offset: Int) -> Failure {
            Failure(message: "not valid JSON: \(problem) \(location(offset))")
        }

        /// "evidence.series[0]: <problem> (line 12, column 5)": JSON that readers read differently.
        private func failure(_ problem: String, at offset: Int) -> Failure {
            let place = render(indices: true)
            return Failure(message: "\(place.isEmpty ? name : place): \(problem) \(location(offset))")
        }

        /// The current path, "evidence.series[0]" (or "evidence.series[]" without indices).
        private func render(indices: Bool) -> String {
            var place = ""
            for step in path {
                switch step {
                case .key(let k): place += place.isEmpty ? k : ".\(k)"
                case .index(let i): place += indices ? "[\(i)]" : "[]"
                }
            }
            return place
        }

        private func location(_ offset: Int) -> String {
            var line = 1
            var column = 1
            for b in bytes[..<min(offset, bytes.count)] {
                if b == 0x0A { line += 1; column = 1 } else if b & 0xC0 != 0x80 { column += 1 }
            }
            return "(line \(line), column \(column))"
        }
    }
}
