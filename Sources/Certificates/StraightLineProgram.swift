/// A straight-line program over `k` inputs, as stored in a certificate.
///
/// Entries `0..<k` are the inputs; line `i` defines entry `k + i` as the product
/// `e[a1]^x1 * e[a2]^x2 * ...` of earlier entries, written flat as `[a1, x1, a2, x2, ...]`.
/// An empty line is the identity. Products, inverses, powers and plain words are all lines of
/// this one form, and later lines reuse earlier ones, so shared prefixes are stored once.
public typealias ProgramLines = [[Int]]
