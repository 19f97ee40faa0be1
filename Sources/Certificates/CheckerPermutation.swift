/// The checker's own permutation of `0..<degree`, deliberately independent of the `Groups`
/// module so that a bug there cannot hide a bug in a certificate. Products follow GAP: `p * q`
/// applies p first, then q.
struct CheckerPermutation: Equatable {
    let images: [Int]

    static func identity(degree: Int) -> CheckerPermutation {
        CheckerPermutation(images: Array(0..<degree))
    }

    /// Parses GAP cycle notation ("(1,2,3)(4,5)", "()") on the points 1...degree.
    init(cycles text: String, degree: Int) throws {
        var images = Array(0..<degree)
        var seen = [Bool](repeating: false, count: degree)
        var rest = Substring(text.filter { !$0.isWhitespace })
        while !rest.isEmpty {
            guard rest.first == "(", let close = rest.firstIndex(of: ")") else {
                throw CertificateFormatError("\"\(text)\" is not in cycle notation")
            }
            let body = rest[rest.index(after: rest.startIndex)..<close]
            rest = rest[rest.index(after: close)...]
            if body.isEmpty { continue }
            var cycle: [Int] = []
            for field in body.split(separator: ",", omittingEmptySubsequences: false) {
                guard let point = Int(field), point >= 1, point <= degree else {
                    throw CertificateFormatError("\"\(text)\": \"\(field)\" is not a point of 1...\(degree)")
                }
                guard !seen[point - 1] else {
                    throw CertificateFormatError("\"\(text)\": point \(point) appears twice")
                }
                seen[point - 1] = true
                cycle.append(point - 1)
            }
            for (i, p) in cycle.enumerated() { images[p] = cycle[(i + 1) % cycle.count] }
        }
        self.images = images
    }

    init(images: [Int]) { self.images = images }

    var isIdentity: Bool { images.indices.allSatisfy { images[$0] == $0 } }

    static func * (p: CheckerPermutation, q: CheckerPermutation) -> CheckerPermutation {
        CheckerPermutation(images: p.images.map { q.images[$0] })
    }

    var inverse: CheckerPermutation {
        var inv = images
        for (i, j) in images.enumerated() { inv[j] = i }
        return CheckerPermutation(images: inv)
    }

    /// `self^e` by repeated squaring; `e` may be negative.
    func power(_ e: Int) -> CheckerPermutation {
        // Almost every exponent in a certificate is 1 or -1: no squaring for those.
        if e == 1 { return self }
        if e == -1 { return inverse }
        var base = e < 0 ? inverse : self
        var n = e.magnitude
        var result = CheckerPermutation.identity(degree: images.count)
        while n > 0 {
            if n & 1 == 1 { result = result * base }
            base = base * base
            n >>= 1
        }
        return result
    }

    /// `x^-1 self x`.
    func conjugated(by x: CheckerPermutation) -> CheckerPermutation { x.inverse * self * x }

    /// `[a, b] = a^-1 b^-1 a b`.
    static func commutator(_ a: CheckerPermutation, _ b: CheckerPermutation) -> CheckerPermutation {
        a.inverse * b.inverse * a * b
    }
}
