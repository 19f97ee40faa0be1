/// Seeded random group elements by the product replacement algorithm (with an accumulator,
/// "rattle"): cheap, nearly uniform after a warm-up, and reproducible from the seed.
struct ProductReplacement {
    private var slots: [[Int32]]
    private var accumulator: [Int32]
    private var rng: SplitMix64

    init(generators: [[Int32]], seed: UInt64, warmUp: Int = 60) {
        precondition(!generators.isEmpty)
        rng = SplitMix64(seed: seed)
        var s = generators
        while s.count < 10 { s.append(generators[s.count % generators.count]) }
        slots = s
        accumulator = (0..<Int32(generators[0].count)).map { $0 }
        for _ in 0..<warmUp { _ = next() }
    }

    mutating func next() -> [Int32] {
        let i = rng.below(slots.count)
        var j = rng.below(slots.count - 1)
        if j >= i { j += 1 }
        let invert = rng.next() & 1 == 1
        let rhs = invert ? inverseTable(slots[j]) : slots[j]
        if rng.next() & 1 == 1 {
            slots[i] = composeTables(slots[i], rhs)
        } else {
            slots[i] = composeTables(rhs, slots[i])
        }
        accumulator = composeTables(accumulator, slots[i])
        return accumulator
    }
}
