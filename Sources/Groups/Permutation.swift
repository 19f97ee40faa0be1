/// A permutation of the points 0..<degree (written 1-based in GAP cycle notation).
///
/// Storage is a single `[Int32]` image table sized to the degree: 4 bytes per point keeps the
/// composition loop tight and vectorizable while allowing degrees up to `maximumDegree`.
/// Equality and hashing are by action: two permutations that differ only by trailing fixed
/// points are equal, so `(1,2)` on 2 points equals `(1,2)` on 5 points.
public struct Permutation: Sendable {
    /// The largest degree accepted: 2^24 points (64 MiB per permutation). Larger inputs throw
    /// `PermutationError.degreeTooLarge` rather than exhausting memory.
    public static let maximumDegree = 1 << 24

    /// images[i] is the image of point i (0-based).
    @usableFromInline var table: [Int32]

    @inlinable init(table: [Int32]) { self.table = table }

    /// Creates a permutation from 0-based images; throws unless `images` is a bijection of 0..<n.
    public init(images: [Int]) throws {
        guard images.count <= Permutation.maximumDegree else {
            throw PermutationError.degreeTooLarge(degree: images.count, generator: nil)
        }
        var seen = [Bool](repeating: false, count: images.count)
        var table = [Int32](repeating: 0, count: images.count)
        for (i, image) in images.enumerated() {
            guard image >= 0, image < images.count else {
                throw PermutationError.imageOutOfRange(index: i, image: image, degree: images.count)
            }
            guard !seen[image] else { throw PermutationError.repeatedImage(index: i, image: image) }
            seen[image] = true
            table[i] = Int32(image)
        }
        self.table = table
    }

    /// The identity on `degree` points.
    public static func identity(degree: Int) -> Permutation {
        Permutation(table: (0..<Int32(max(0, degree))).map { $0 })
    }

    /// The size of the point set this permutation is stored on.
    @inlinable public var degree: Int { table.count }

    /// The 0-based image table.
    public var images: [Int] { table.map(Int.init) }

    /// The image of a 0-based point; points beyond the degree are fixed.
    @inlinable public func image(of point: Int) -> Int {
        point < table.count && point >= 0 ? Int(table[point]) : point
    }

    public var isIdentity: Bool {
        for i in 0..<table.count where table[i] != Int32(i) { return false }
        return true
    }

    /// One more than the largest moved point (0 for the identity): the smallest degree this
    /// permutation can be stored on.
    public var largestMovedPointPlusOne: Int {
        var i = table.count - 1
        while i >= 0, table[i] == Int32(i) { i -= 1 }
        return i + 1
    }

    /// The same permutation stored on `degree` points (`degree` must cover every moved point).
    public func extended(to degree: Int) -> Permutation {
        if degree == table.count { return self }
        if degree < table.count { return Permutation(table: Array(table[0..<degree])) }
        var t = table
        t.reserveCapacity(degree)
        for i in table.count..<degree { t.append(Int32(i)) }
        return Permutation(table: t)
    }

    /// GAP convention: `lhs * rhs` applies `lhs` first, then `rhs`.
    public static func * (lhs: Permutation, rhs: Permutation) -> Permutation {
        let n = max(lhs.table.count, rhs.table.count)
        if lhs.table.count == n && rhs.table.count == n {
            return Permutation(table: composeTables(lhs.table, rhs.table))
        }
        return Permutation(table: composeTables(lhs.extended(to: n).table, rhs.extended(to: n).table))
    }

    public var inverse: Permutation {
        var inv = [Int32](repeating: 0, count: table.count)
        table.withUnsafeBufferPointer { t in
            inv.withUnsafeMutableBufferPointer { r in
                for i in 0..<t.count { r[Int(t[i])] = Int32(i) }
            }
        }
        return Permutation(table: inv)
    }

    /// `self` raised to `k` (negative `k` powers the inverse), by repeated squaring.
    public func power(_ k: Int) -> Permutation {
        var base = k < 0 ? inverse : self
        var e = k.magnitude
        var result = Permutation.identity(degree: degree)
        while e > 0 {
            if e & 1 == 1 { result = result * base }
            e >>= 1
            if e > 0 { base = base * base }
        }
        return result
    }

    /// The commutator [g, h] = g^-1 h^-1 g h (GAP convention).
    public func commutator(with h: Permutation) -> Permutation {
        inverse * h.inverse * self * h
    }

    /// The conjugate h^-1 g h (GAP's g^h).
    public func conjugated(by h: Permutation) -> Permutation {
        h.inverse * self * h
    }
}
