/// The finite abelian quotient Q = N/M of two subgroups of an `IndexedGroup` (M normal in N,
/// N/M abelian), written as Z_{n_1} x ... x Z_{n_r} with n_1 | n_2 | ... | n_r (invariant factors).
///
/// Everything is found by brute force on cosets, so every claim is checked on all elements:
/// the coordinate map is a bijection from Q onto the product of cyclic groups and a homomorphism.
/// Elements of Q are stored as mixed-radix codes 0..<|Q| of their coordinate vectors.
public struct AbelianQuotient: Sendable {
    /// Invariant factors n_1 | ... | n_r (each > 1); empty when N = M.
    public let moduli: [Int]
    /// `codeOf[g]` is the code of pi(g) for g in N, -1 for elements outside N.
    private let codeOf: [Int32]
    /// `lifts[i]` is an element of N whose image in Q has coordinates e_i.
    public let lifts: [Int]

    /// |Q|, the number of codes.
    public var order: Int { moduli.reduce(1, *) }

    /// Decomposes N/M. Throws `invalidSeries` when M is not a normal subgroup of N or N/M is not abelian.
    public init(group: IndexedGroup, top: ElementSet, bottom: ElementSet) throws {
        let cosets = try Cosets(group: group, top: top, bottom: bottom)
        let basis = try cosets.invariantFactorBasis()
        var codeOfCoset = [Int](repeating: -1, count: cosets.count)
        let moduli = basis.map(\.order)
        var digits = [Int](repeating: 0, count: moduli.count)
        for code in 0..<cosets.count {
            AbelianQuotient.decode(code, moduli, into: &digits)
            var c = cosets.identity
            for (i, d) in digits.enumerated() {
                for _ in 0..<d { c = cosets.sum(c, basis[i].coset) }
            }
            guard codeOfCoset[c] == -1 else {
                throw WitnessError.invalidSeries("internal: the cyclic basis of the factor of order \(cosets.count) is not independent")
            }
            codeOfCoset[c] = code
        }
        var codeOf = [Int32](repeating: -1, count: group.order)
        for g in top.members { codeOf[g] = Int32(codeOfCoset[cosets.cosetOf[g]]) }
        self.moduli = moduli
        self.codeOf = codeOf
        self.lifts = basis.map { cosets.representative[$0.coset] }
    }

    /// Code of pi(g) for g in N; nil when g is not in N.
    public func code(of g: Int) -> Int? {
        let c = codeOf[g]
        return c < 0 ? nil : Int(c)
    }

    /// Coordinates of a code.
    public func coordinates(ofCode code: Int) -> [Int] {
        var digits = [Int](repeating: 0, count: moduli.count)
        AbelianQuotient.decode(code, moduli, into: &digits)
        return digits
    }

    /// Code of a coordinate vector (entries reduced mod their moduli).
    public func code(ofCoordinates digits: [Int]) -> Int {
        var code = 0
        for (d, n) in zip(digits, moduli).reversed() { code = code * n + ((d % n) + n) % n }
        return code
    }

    /// Code of a + b in Q.
    public func add(_ a: Int, _ b: Int) -> Int {
        var code = 0, radix = 1, x = a, y = b
        for n in moduli {
            code += ((x % n + y % n) % n) * radix
            radix *= n; x /= n; y /= n
        }
        return code
    }

    /// Code of a - b in Q.
    public func subtract(_ a: Int, _ b: Int) -> Int {
        var code = 0, radix = 1, x = a, y = b
        for n in moduli {
            code += ((x % n - y % n + n) % n) * radix
            radix *= n; x /= n; y /= n
        }
        return code
    }

    // Digit 0 is the least significant: code = d_0 + n_0 (d_1 + n_1 (d_2 + ...)).
    static func decode(_ code: Int, _ moduli: [Int], into digits: inout [Int]) {
        var x = code
        for (i, n) in moduli.enumerated() { digits[i] = x % n; x /= n }
    }
}
