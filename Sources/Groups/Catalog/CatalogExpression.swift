/// A parsed catalog name: one family member, or a product built from smaller names.
///
/// Parameters are stored as written; whether they are allowed (e.g. `D` needs an even order)
/// is checked when the group is built, so that the parser reports only syntax.
public indirect enum CatalogExpression: Hashable, Sendable {
    /// `C<n>`: cyclic group of order n.
    case cyclic(Int)
    /// `D<n>`: dihedral group of order n (GAP convention: `D8` has order 8).
    case dihedral(Int)
    /// `Q<n>`: generalized quaternion group of order n = 2^k >= 8.
    case quaternion(Int)
    /// `S<n>`: symmetric group on n points.
    case symmetric(Int)
    /// `A<n>`: alternating group on n points.
    case alternating(Int)
    /// `Heis<n>`: 3x3 upper unitriangular matrices over Z/n (order n^3).
    case heisenberg(Int)
    /// `AGL(d,q)`: affine group of F_q^d.
    case affine(dimension: Int, field: Int)
    /// `GL(d,q)`: general linear group on the nonzero vectors of F_q^d.
    case generalLinear(dimension: Int, field: Int)
    /// `SL(d,q)`: special linear group on the nonzero vectors of F_q^d.
    case specialLinear(dimension: Int, field: Int)
    /// `PSL(d,q)`: projective special linear group on the points of projective (d-1)-space over F_q.
    case projectiveSpecialLinear(dimension: Int, field: Int)
    /// `M11`, `M12`, `M22`, `M23`, `M24`: the Mathieu groups.
    case mathieu(Int)
    /// `Rubik`: the Rubik's cube group on the 48 movable facets.
    case rubik
    /// `Sylow(p, S<n>)` (or `Sylow2(S<n>)`): a Sylow p-subgroup of S_n.
    case sylow(prime: Int, symmetricDegree: Int)
    /// `A x B`: direct product, acting on the disjoint union of the two point sets.
    case directProduct(CatalogExpression, CatalogExpression)
    /// `A wr B`: wreath product in its imprimitive action (one block of A's points per point of B).
    case wreath(CatalogExpression, CatalogExpression)
}

extension CatalogExpression: CustomStringConvertible {
    /// The canonical spelling, which parses back to the same expression (`"S4 wr S4"`, `"PSL(2,7)"`).
    public var description: String {
        switch self {
        case .cyclic(let n): return "C\(n)"
        case .dihedral(let n): return "D\(n)"
        case .quaternion(let n): return "Q\(n)"
        case .symmetric(let n): return "S\(n)"
        case .alternating(let n): return "A\(n)"
        case .heisenberg(let n): return "Heis\(n)"
        case let .affine(d, q): return "AGL(\(d),\(q))"
        case let .generalLinear(d, q): return "GL(\(d),\(q))"
        case let .specialLinear(d, q): return "SL(\(d),\(q))"
        case let .projectiveSpecialLinear(d, q): return "PSL(\(d),\(q))"
        case .mathieu(let n): return "M\(n)"
        case .rubik: return "Rubik"
        case let .sylow(p, n): return p == 2 ? "Sylow2(S\(n))" : "Sylow(\(p), S\(n))"
        case let .directProduct(a, b):
            // `x` is left-associative and binds loosest, so only a right operand that is itself a product needs parentheses.
            let right = b.isDirectProduct ? "(\(b))" : b.description
            return "\(a) x \(right)"
        case let .wreath(a, b):
            let left = a.isDirectProduct ? "(\(a))" : a.description
            let right = b.isProduct ? "(\(b))" : b.description
            return "\(left) wr \(right)"
        }
    }

    private var isDirectProduct: Bool {
        if case .directProduct = self { return true }
        return false
    }

    private var isProduct: Bool {
        switch self {
        case .directProduct, .wreath: return true
        default: return false
        }
    }
}
