import Exact

/// A linear combination of right-normed brackets [a_1, [a_2, ..., [a_(k-1), a_k]...]] of letters,
/// an element of the free Lie algebra written out; evaluable on concrete matrices.
public struct LieExpression: Sendable, Equatable {
    public struct Term: Sendable, Equatable {
        public let coefficient: Rational
        /// The letters a_1 ... a_k of the right-normed bracket (one letter: the letter itself).
        public let word: [Int]

        public init(_ coefficient: Rational, _ word: [Int]) {
            self.coefficient = coefficient
            self.word = word
        }
    }

    public let letterCount: Int
    public let terms: [Term]

    public init(letterCount: Int, terms: [Term]) {
        self.letterCount = letterCount
        self.terms = terms.filter { !$0.coefficient.isZero }
    }

    /// The bracket word as an element of the free associative algebra ([a, P] = aP - Pa).
    public static func expand(_ word: [Int], maxDegree: Int) -> FreeAssociativeElement {
        var e = FreeAssociativeElement.letter(word[word.count - 1], maxDegree: maxDegree)
        for a in word.dropLast().reversed() {
            let x = FreeAssociativeElement.letter(a, maxDegree: maxDegree)
            e = x * e - e * x
        }
        return e
    }

    /// The whole expression in the free associative algebra (to compare expressions written in
    /// different bracket bases).
    public func expanded() -> FreeAssociativeElement {
        let top = terms.map(\.word.count).max() ?? 0
        return terms.reduce(FreeAssociativeElement(maxDegree: top)) { $0 + LieExpression.expand($1.word, maxDegree: top).scaled(by: $1.coefficient) }
    }

    /// The value with letter i replaced by matrices[i].
    public func evaluate(_ matrices: [RationalMatrix]) -> RationalMatrix {
        precondition(matrices.count >= letterCount, "one matrix per letter")
        let n = matrices[0].rows
        var sum = RationalMatrix.zero(rows: n, columns: n)
        var cache: [[Int]: RationalMatrix] = [:]
        func value(_ w: ArraySlice<Int>) -> RationalMatrix {
            if w.count == 1 { return matrices[w.first!] }
            let key = Array(w)
            if let v = cache[key] { return v }
            let v = matrices[w.first!].bracket(value(w.dropFirst()))
            cache[key] = v
            return v
        }
        for t in terms { sum = sum + value(t.word[...]).scaled(by: t.coefficient) }
        return sum
    }

    /// Letter names: X, Y for two letters, X1, X2, ... otherwise.
    public func letterName(_ i: Int) -> String {
        letterCount == 2 ? (i == 0 ? "X" : "Y") : "X\(i + 1)"
    }

    public func bracketText(_ word: [Int]) -> String {
        if word.count == 1 { return letterName(word[0]) }
        return "[\(letterName(word[0])),\(bracketText(Array(word.dropFirst())))]"
    }
}
