extension Permutation: Hashable {
    /// Equal by action: trailing fixed points do not matter.
    public static func == (a: Permutation, b: Permutation) -> Bool {
        if a.table.count == b.table.count { return a.table == b.table }
        let (short, long) = a.table.count < b.table.count ? (a, b) : (b, a)
        for i in 0..<short.table.count where short.table[i] != long.table[i] { return false }
        for i in short.table.count..<long.table.count where long.table[i] != Int32(i) { return false }
        return true
    }

    /// Hashes only up to the largest moved point, consistently with `==`.
    public func hash(into hasher: inout Hasher) {
        let n = largestMovedPointPlusOne
        hasher.combine(n)
        table.withUnsafeBufferPointer { t in
            for i in 0..<n { hasher.combine(t[i]) }
        }
    }
}
