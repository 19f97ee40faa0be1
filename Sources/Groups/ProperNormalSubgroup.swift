import Exact

/// A proper non-trivial normal subgroup of a group Q, from exact normal closures of seeded
/// random elements x and their prime-order powers x^(|x|/p) (the powers fall into a normal
/// subgroup N whenever the image of x in Q/N has order prime to p, which is common). Finding
/// one proves Q is not simple; failing proves nothing.
enum ProperNormalSubgroup {
    /// The first candidate closure M with 1 < |M| < |Q| and |Q : M| <= `maximumIndex`.
    static func find(in q: PermutationGroup, maximumIndex: Int, seed: UInt64, closures: Int = 12) -> PermutationGroup? {
        let gens = q.generatorTables
        if gens.isEmpty { return nil }
        let order = q.order
        var random = ProductReplacement(generators: gens, seed: seed)
        var tried: Set<[Int32]> = []
        var rng = SplitMix64(seed: seed)
        for _ in 0..<(4 * closures) where tried.count < closures {
            let x = random.next()
            let factors = ElementPowers.orderFactorization(x)
            let candidates = [x] + factors.keys.sorted().map { ElementPowers.primeOrderPower(x, order: factors, prime: $0) }
            for y in candidates where !isIdentityTable(y) && !tried.contains(y) && tried.count < closures {
                tried.insert(y)
                let m = NormalClosure.closure(of: [y], under: gens, degree: q.degree, seed: rng.next(), ambientOrder: order)
                guard m.order != order else { continue }
                let (index, remainder) = (order / m.order, order % m.order)
                if remainder == .zero, index <= BigInt(maximumIndex) { return m }
            }
        }
        return nil
    }
}
