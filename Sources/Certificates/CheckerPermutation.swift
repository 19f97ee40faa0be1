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

    /// `self^e` for any `e` (negative too), in time linear in the degree whatever the size of
    /// `e`: along each cycle (c_0 c_1 ... c_(L-1)), self^e maps c_i to c_((i + e) mod L).
    func power(_ e: Int) -> CheckerPermutation {
        // Almost every exponent in a certificate is 1 or -1: no cycle walk for those.
        if e == 1 { return self }
        if e == -1 { return inverse }
        var result = [Int](repeating: -1, count: images.count)
        var cycle: [Int] = []
        for start in images.indices where result[start] < 0 {
            cycle.removeAll(keepingCapacity: true)
            var p = start
            repeat { cycle.append(p); p = images[p] } while p != start
            let length = cycle.count
            let shift = (e % length + length) % length
            for (i, q) in cycle.enumerated() { result[q] = cycle[(i + shift) % length] }
        }
        return CheckerPermutation(images: result)
    }

    /// `x^-1 self x`.
    func conjugated(by x: CheckerPermutation) -> CheckerPermutation { x.inverse * self * x }

    /// `[a, b] = a^-1 b^-1 a b`.
    static func commutator(_ a: CheckerPermutation, _ b: CheckerPermutation) -> CheckerPermutation {
        a.inverse * b.inverse * a * b
    }
}
