/// The finite field F_q, q = p^k, small enough to tabulate (q is at most the catalog's degree limit).
///
/// Elements are the integers `0..<q`: the polynomial c_0 + c_1 x + ... + c_(k-1) x^(k-1) over F_p is
/// the integer sum c_i p^i, so for prime q the elements are the residues themselves. The field is
/// F_p[x]/(f) for the first monic f (in the order of its integer code) whose root x is primitive;
/// any such f gives the same field up to isomorphism, which is all the catalog needs.
struct CatalogFiniteField {
    let characteristic: Int
    let exponent: Int
    let order: Int
    /// powers[i] = primitive^i for i in 0..<q-1.
    private let powers: [Int]
    /// logarithm[a] = i with primitive^i = a, for a != 0.
    private let logarithm: [Int]

    /// The field of order `q`, or nil when `q` is not a prime power >= 2.
    init?(order q: Int) {
        guard let (p, k) = CatalogFiniteField.primePower(q) else { return nil }
        characteristic = p
        exponent = k
        order = q
        var found: [Int]? = nil
        // A monic f of degree k is the code p^k + tail; its root x is primitive iff x has order exactly q - 1,
        // which also proves f irreducible (a ring with zero divisors has fewer than q - 1 units).
        for tail in 0..<q where found == nil {
            found = CatalogFiniteField.powersOfX(moduloTail: tail, p: p, k: k)
        }
        guard let powers = found else { return nil }
        self.powers = powers
        var logarithm = [Int](repeating: 0, count: q)
        for (i, a) in powers.enumerated() { logarithm[a] = i }
        self.logarithm = logarithm
    }

    /// A generator of the multiplicative group.
    var primitiveElement: Int { order == 2 ? 1 : powers[1] }

    func add(_ a: Int, _ b: Int) -> Int {
        if exponent == 1 { return (a + b) % order }
        var result = 0, place = 1, a = a, b = b
        for _ in 0..<exponent {
            result += ((a % characteristic + b % characteristic) % characteristic) * place
            a /= characteristic
            b /= characteristic
            place *= characteristic
        }
        return result
    }

    func negate(_ a: Int) -> Int {
        if exponent == 1 { return (order - a) % order }
        var result = 0, place = 1, a = a
        for _ in 0..<exponent {
            result += ((characteristic - a % characteristic) % characteristic) * place
            a /= characteristic
            place *= characteristic
        }
        return result
    }

    func multiply(_ a: Int, _ b: Int) -> Int {
        if a == 0 || b == 0 { return 0 }
        return powers[(logarithm[a] + logarithm[b]) % (order - 1)]
    }

    /// The multiplicative inverse of a non-zero element.
    func inverse(_ a: Int) -> Int {
        powers[(order - 1 - logarithm[a]) % (order - 1)]
    }

    /// The powers 1, x, x^2, ..., x^(q-2) in F_p[x]/(x^k + tail), or nil when x is not of order q - 1 there.
    private static func powersOfX(moduloTail tail: Int, p: Int, k: Int) -> [Int]? {
        let q = power(p, k)
        // Reduction rule: x^k = -(tail), as a digit vector.
        let tailDigits = digits(tail, p: p, count: k)
        var powers = [1]
        var current = [1] + [Int](repeating: 0, count: k - 1)
        for step in 1..<q {
            // Multiply by x: shift up; the coefficient that overflows into x^k is replaced by -tail times it.
            let top = current[k - 1]
            var shifted = [0] + current.dropLast()
            for i in 0..<k { shifted[i] = ((shifted[i] - top * tailDigits[i]) % p + p) % p }
            current = shifted
            let code = current.reversed().reduce(0) { $0 * p + $1 }
            if code == 1 { return step == q - 1 ? powers : nil }
            powers.append(code)
        }
        return nil
    }

    private static func digits(_ n: Int, p: Int, count: Int) -> [Int] {
        var n = n
        return (0..<count).map { _ in defer { n /= p }; return n % p }
    }

    private static func power(_ base: Int, _ exponent: Int) -> Int {
        (0..<exponent).reduce(1) { acc, _ in acc * base }
    }

    /// (p, k) with q = p^k for a prime p, or nil.
    static func primePower(_ q: Int) -> (Int, Int)? {
        guard q >= 2 else { return nil }
        var p = 2
        while p * p <= q && q % p != 0 { p += 1 }
        if q % p != 0 { p = q }
        var rest = q, k = 0
        while rest % p == 0 { rest /= p; k += 1 }
        return rest == 1 ? (p, k) : nil
    }
}
