import Exact
import Foundation

/// Reads generator matrices from decoded JSON (`JSONSerialization` values): a list of matrices,
/// each a list of rows, each entry an integer or a string such as "-3/4" or "0.25".
///
/// Non-integer JSON numbers are refused rather than converted: a binary float is not the exact
/// rational the user meant, so they must write it as a string.
public enum GeneratorParser {
    /// Parses the value of a `generators` field; checks squareness and a common size.
    public static func matrices(from value: Any) throws(LieInputError) -> [RationalMatrix] {
        guard let list = value as? [Any] else { throw LieInputError(location: "generators", problem: "must be a list of matrices") }
        if list.isEmpty { throw LieInputError(location: "generators", problem: "the list of matrices is empty") }
        var out: [RationalMatrix] = []
        for (k, m) in list.enumerated() {
            let matrix = try parseMatrix(m, index: k + 1)
            if let first = out.first, matrix.rows != first.rows {
                throw LieInputError(location: "matrix \(k + 1)", problem: "is \(matrix.rows)x\(matrix.columns) but matrix 1 is \(first.rows)x\(first.columns); all generators must have the same size")
            }
            out.append(matrix)
        }
        return out
    }

    /// Parses the `generators` field of a JSON object.
    public static func matrices(fromObject object: Any) throws(LieInputError) -> [RationalMatrix] {
        guard let dict = object as? [String: Any] else { throw LieInputError(location: "input", problem: "must be a JSON object with a \"generators\" field") }
        guard let value = dict["generators"] else { throw LieInputError(location: "input", problem: "has no \"generators\" field") }
        return try matrices(from: value)
    }

    private static func parseMatrix(_ value: Any, index: Int) throws(LieInputError) -> RationalMatrix {
        let here = "matrix \(index)"
        guard let rows = value as? [Any], !rows.isEmpty else { throw LieInputError(location: here, problem: "must be a non-empty list of rows") }
        var entries: [Rational] = []
        var width: Int? = nil
        for (i, r) in rows.enumerated() {
            guard let row = r as? [Any] else { throw LieInputError(location: "\(here), row \(i + 1)", problem: "must be a list of entries") }
            if let w = width, row.count != w {
                throw LieInputError(location: "\(here), row \(i + 1)", problem: "has \(row.count) entries but row 1 has \(w) (ragged matrix)")
            }
            width = row.count
            for (j, e) in row.enumerated() {
                entries.append(try parseEntry(e, location: "\(here), row \(i + 1), column \(j + 1)"))
            }
        }
        let columns = width ?? 0
        guard columns == rows.count else {
            throw LieInputError(location: here, problem: "is \(rows.count)x\(columns), not square")
        }
        return RationalMatrix(rows: rows.count, columns: columns, entries: entries)
    }

    /// The largest numerator or denominator an entry may have, in bits (about 20,000 decimal
    /// digits): the algebra's closure multiplies entries, so their size compounds, and the
    /// certificate's re-check grows with the square of it (entries of 10^1000000 ran past a
    /// minute). Far above any structure constant met in practice.
    public static let maximumEntryBits = 65_536

    /// One entry: a JSON integer or a string parsed by `Rational(String)`.
    static func parseEntry(_ value: Any, location: String) throws(LieInputError) -> Rational {
        if let s = value as? String {
            if let q = Rational(s) {
                let bits = max(q.numerator.bitWidth, q.denominator.bitWidth)
                guard bits <= maximumEntryBits else {
                    throw LieInputError(location: location, problem: "an entry of \(bits) bits is above the limit of \(maximumEntryBits) bits (about 20,000 decimal digits)")
                }
                return q
            }
            if let e = s.lastIndex(where: { $0 == "e" || $0 == "E" }), let x = Int(s[s.index(after: e)...]), abs(x) > 1_000_000 {
                throw LieInputError(location: location, problem: "\"\(s)\" has a decimal exponent beyond 10^1000000; entries are limited to \(maximumEntryBits) bits")
            }
            if let slash = s.firstIndex(of: "/"), let d = BigInt(String(s[s.index(after: slash)...]).trimmingCharacters(in: .whitespaces)), d.isZero {
                throw LieInputError(location: location, problem: "zero denominator in \"\(s)\"")
            }
            throw LieInputError(location: location, problem: "\"\(s)\" is not a rational number (write e.g. 3, \"-3/4\" or \"0.25\")")
        }
        if let n = value as? NSNumber {
            // JSONSerialization gives true/false as an NSNumber of type "c" (char): say so, not "1".
            let kind = String(cString: n.objCType)
            if kind == "c" {
                throw LieInputError(location: location, problem: "\(n.boolValue) is a JSON boolean, not a number; write 1 or 0")
            }
            if kind != "d", kind != "f", let i = value as? Int { return Rational(i) }
            throw LieInputError(location: location, problem: "\(n) is not an exact integer; write non-integers and very large numbers as strings, e.g. \"-3/4\"")
        }
        throw LieInputError(location: location, problem: "entry must be an integer or a string like \"-3/4\"")
    }
}
