/// The radical filtration V > JV > J^2 V > ... of a module V = F_2^s of a 2-group, J the
/// augmentation ideal: J^(r+1) V is spanned by w (A_g - I) for w in J^r V and g in generators
/// (the span is a submodule: x (g - 1) = (xg - 1) - (x - 1), and by induction on word length
/// every (y - 1) w lies in it). Vectors are rows of bits; A_g acts on the right.
///
/// `depths` gives, per coordinate i, the largest r for which some vector of J^r V has its first
/// non-zero coordinate at i (its echelon pivot), or -1 when none does (only r = 0 counts V's
/// basis itself: every coordinate is a pivot of V). This is what the lower central series
/// computes in a derived layer when the layer's members are the radical filtration (the
/// iterated wreath products: `Pcgs.lowerCentralSeries` uses it only to order its work, never
/// as an answer).
struct RadicalFiltration {
    /// (A_g - I) per generator, row i = the image of the i-th basis vector minus itself.
    private let maps: [[[UInt64]]]
    let dimension: Int
    private let words: Int

    /// `images[g][i]`: the coordinates (bits, 0 or 1) of the image of basis vector i under
    /// generator g.
    init(images: [[[Int]]], dimension s: Int) {
        dimension = s
        words = (s + 63) / 64
        let w = words
        maps = images.map { rows in
            rows.enumerated().map { i, row in
                var bits = [UInt64](repeating: 0, count: w)
                for (c, e) in row.enumerated() where e & 1 == 1 { bits[c >> 6] ^= 1 << UInt64(c & 63) }
                bits[i >> 6] ^= 1 << UInt64(i & 63)
                return bits
            }
        }
    }

    /// Per coordinate: the deepest r at which it is a pivot of J^r V (see the type).
    func depths() -> [Int] {
        var result = [Int](repeating: -1, count: dimension)
        // J^0 V: every coordinate is a pivot.
        var basis: [[UInt64]] = (0..<dimension).map { i in
            var v = [UInt64](repeating: 0, count: words)
            v[i >> 6] = 1 << UInt64(i & 63)
            return v
        }
        var r = 0
        while !basis.isEmpty {
            for v in basis { result[firstBit(v)!] = r }
            r += 1
            var next = Echelon(dimension: dimension)
            for v in basis {
                for map in maps { next.insert(apply(map, to: v)) }
            }
            basis = next.rows
        }
        return result
    }

    /// v (A - I): the sum of the rows of the map at v's non-zero coordinates.
    private func apply(_ map: [[UInt64]], to v: [UInt64]) -> [UInt64] {
        var out = [UInt64](repeating: 0, count: words)
        for k in 0..<words {
            var bits = v[k]
            while bits != 0 {
                let row = map[k * 64 + bits.trailingZeroBitCount]
                for t in 0..<words { out[t] ^= row[t] }
                bits &= bits - 1
            }
        }
        return out
    }
}

/// A row-echelon basis over F_2: at most one row per pivot (first non-zero coordinate).
private struct Echelon {
    private var byPivot: [[UInt64]?]

    init(dimension: Int) { byPivot = Array(repeating: nil, count: dimension) }

    var rows: [[UInt64]] { byPivot.compactMap { $0 } }

    mutating func insert(_ v: [UInt64]) {
        var v = v
        while let p = firstBit(v) {
            guard let row = byPivot[p] else { byPivot[p] = v; return }
            for t in (p >> 6)..<v.count { v[t] ^= row[t] }
        }
    }
}

/// The index of the first set bit, nil for the zero vector.
private func firstBit(_ v: [UInt64]) -> Int? {
    for (k, word) in v.enumerated() where word != 0 { return k * 64 + word.trailingZeroBitCount }
    return nil
}

extension Pcgs {
    /// For a 2-group whose derived layers V_j = G^(j)/G^(j+1) are elementary abelian: per depth
    /// d in layer j, 2^j - 1 + (the radical-filtration depth of d in V_j under the generators).
    /// That is the level the lower central series gives d when its members inside each layer are
    /// G^(j+1) times the radical filtration (gamma_(2^j) = G^(j): the iterated wreath products
    /// of C_2), and a guess otherwise. nil for other groups. Costs (k + 1) exponent readings per
    /// depth for k generators: conjugates and squares of the pcgs elements, within their layer.
    func radicalLevels(generators gens: [[Int32]]) -> [Int]? {
        guard prime == 2 else { return nil }
        var result = [Int](repeating: 0, count: length)
        let inverses = gens.map(inverseTable)
        for j in 0..<(derivedStarts.count - 1) {
            let start = derivedStarts[j], stop = derivedStarts[j + 1]
            // Elementary abelian: the squares of the layer's elements lie in G^(j+1).
            for d in start..<stop {
                guard let (e, _) = exponents(of: composeTables(elements[d], elements[d]), from: start, below: stop),
                      e.allSatisfy({ $0 == 0 }) else { return nil }
            }
            var images: [[[Int]]] = []
            for (g, gInverse) in zip(gens, inverses) {
                var rows: [[Int]] = []
                for d in start..<stop {
                    guard let (e, _) = exponents(of: conjugateTable(elements[d], by: g, inverse: gInverse), from: start, below: stop) else { return nil }
                    rows.append(e)
                }
                images.append(rows)
            }
            let depths = RadicalFiltration(images: images, dimension: stop - start).depths()
            for i in depths.indices { result[start + i] = (1 << j) - 1 + max(depths[i], 0) }
        }
        return result
    }
}
