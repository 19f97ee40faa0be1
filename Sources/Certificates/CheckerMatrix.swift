import Exact

/// The checker's own square rational matrix: only sums, scalar multiples, products and
/// equality, which is all a Lie certificate needs. Independent of the `LieAlgebras` module.
struct CheckerMatrix: Equatable {
    let size: Int
    /// Row-major.
    let entries: [Rational]

    static func zero(size: Int) -> CheckerMatrix {
        CheckerMatrix(size: size, entries: [Rational](repeating: .zero, count: size * size))
    }

    init(size: Int, entries: [Rational]) {
        self.size = size
        self.entries = entries
    }

    /// Parses rows of rational strings; `place` names the matrix in error messages.
    init(rows: [[String]], size: Int, place: String) throws {
        guard rows.count == size else { throw CertificateFormatError("\(place): expected \(size) rows, found \(rows.count)") }
        var entries: [Rational] = []
        entries.reserveCapacity(size * size)
        for (r, row) in rows.enumerated() {
            guard row.count == size else {
                throw CertificateFormatError("\(place), row \(r): expected \(size) entries, found \(row.count)")
            }
            for (c, text) in row.enumerated() {
                entries.append(try CheckerMatrix.rational(text, place: "\(place), row \(r), column \(c)"))
            }
        }
        self.init(size: size, entries: entries)
    }

    /// Parses the one form a certificate writes, `-?digits` or `-?digits/digits` in decimal, so an
    /// entry is never larger than its text: `"1e1000000"` (a million digits from nine characters)
    /// or hex are refused rather than expanded.
    static func rational(_ text: String, place: String) throws -> Rational {
        let unsigned = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
        let parts = unsigned.split(separator: "/", omittingEmptySubsequences: false)
        let plain = parts.count <= 2 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0 >= "0" && $0 <= "9" } }
        guard plain, let q = Rational(text) else {
            throw CertificateFormatError("\(place): \"\(text)\" is not a rational number (write -?digits or -?digits/digits)")
        }
        return q
    }

    var isZero: Bool { entries.allSatisfy(\.isZero) }

    static func + (a: CheckerMatrix, b: CheckerMatrix) -> CheckerMatrix {
        CheckerMatrix(size: a.size, entries: zip(a.entries, b.entries).map { $0 + $1 })
    }

    static func - (a: CheckerMatrix, b: CheckerMatrix) -> CheckerMatrix {
        CheckerMatrix(size: a.size, entries: zip(a.entries, b.entries).map { $0 - $1 })
    }

    static func * (c: Rational, a: CheckerMatrix) -> CheckerMatrix {
        CheckerMatrix(size: a.size, entries: a.entries.map { c * $0 })
    }

    static func * (a: CheckerMatrix, b: CheckerMatrix) -> CheckerMatrix {
        let n = a.size
        var out = [Rational](repeating: .zero, count: n * n)
        for i in 0..<n {
            for k in 0..<n {
                let x = a.entries[i * n + k]
                // Matrices in Lie certificates are mostly zeros; skipping them is the whole speed-up.
                if x.isZero { continue }
                for j in 0..<n where !b.entries[k * n + j].isZero {
                    out[i * n + j] += x * b.entries[k * n + j]
                }
            }
        }
        return CheckerMatrix(size: n, entries: out)
    }

    /// `[a, b] = ab - ba`.
    static func bracket(_ a: CheckerMatrix, _ b: CheckerMatrix) -> CheckerMatrix { a * b - b * a }
}
