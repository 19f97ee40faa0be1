import FloatBackend

/// The word problem of a finite group: tokens are the group elements (enumerated 0..<n, identity
/// = 0), the target at position t is the index of the prefix product x_1 x_2 ... x_t.
///
/// The group is given by its Cayley table: `table[i][j]` = index of element_i * element_j.
public struct WordProblemTask: SequenceTask {
    public let name: String
    /// Row-major Cayley table, `order * order` entries.
    public let table: [Int]
    public let order: Int
    /// Element index -> index of its inverse.
    let inverses: [Int]
    /// Theory-guided training labels: entry i-1 maps every element index to the index of its coset
    /// in G / G^(i) (cosets numbered in order of their first element, so the identity's coset is 0),
    /// for the members G^(1), G^(2), ... of the derived series down to its last member. Empty for
    /// tasks built from a bare Cayley table.
    public private(set) var derivedSeriesCosets: [[Int]] = []

    public var vocabulary: Int { order }
    public var outputs: Int { order }
    public var isRegression: Bool { false }

    /// A task from a Cayley table. Throws `TaskError.invalidCayleyTable` naming the first row and
    /// column that break: squareness, range, identity at index 0, Latin-square property, associativity.
    public init(name: String, cayleyTable rows: [[Int]]) throws {
        let n = rows.count
        guard n > 0 else { throw TaskError.invalidCayleyTable("the table is empty") }
        for (i, row) in rows.enumerated() {
            guard row.count == n else { throw TaskError.invalidCayleyTable("row \(i) has \(row.count) entries, expected \(n)") }
            if let j = row.firstIndex(where: { $0 < 0 || $0 >= n }) {
                throw TaskError.invalidCayleyTable("entry (\(i), \(j)) = \(row[j]) is outside 0..<\(n)")
            }
            guard row[0] == i, rows[0][i] == i else { throw TaskError.invalidCayleyTable("element 0 is not the identity (row/column \(i))") }
            guard Set(row).count == n else { throw TaskError.invalidCayleyTable("row \(i) repeats an element") }
        }
        if n <= 200 {
            for i in 0..<n { for j in 0..<n { for k in 0..<n where rows[rows[i][j]][k] != rows[i][rows[j][k]] {
                throw TaskError.invalidCayleyTable("not associative at elements (\(i), \(j), \(k))")
            } } }
        }
        self.name = name
        order = n
        table = rows.flatMap { $0 }
        inverses = rows.map { $0.firstIndex(of: 0)! }
    }

    /// The cyclic group C_n with element k = rotation by k.
    public static func cyclic(order n: Int) throws -> WordProblemTask {
        try WordProblemTask(name: "C\(n)", cayleyTable: (0..<n).map { i in (0..<n).map { (i + $0) % n } })
    }

    /// Coset labels of the subgroup with the given element indices: element g gets the index of the
    /// coset g N among the cosets numbered in order of their smallest element.
    public func cosetLabels(subgroup members: [Int]) -> [Int] {
        var label = [Int](repeating: -1, count: order), next = 0
        for g in 0..<order where label[g] < 0 {
            for n in members { label[product(g, n)] = next }
            next += 1
        }
        return label
    }

    /// This task with guidance labels: the cosets of the given subgroups (element indices), which
    /// are the derived-series members G^(1), G^(2), ... in order. SequenceModels knows no groups;
    /// `Depth` computes the members (`WordProblemTask(name:group:)`).
    public func guided(byDerivedSeries members: [[Int]]) -> WordProblemTask {
        var task = self
        task.derivedSeriesCosets = members.map { cosetLabels(subgroup: $0) }
        return task
    }

    /// The label maps of the auxiliary heads after layers 0..<heads: head l predicts the coset of
    /// the prefix product in G / G^(l+1); past the end of the derived series it keeps the last
    /// member's quotient (all of G for a solvable group).
    public func guidanceLabels(heads: Int) -> [[Int]] {
        (0..<heads).map(cosetsOfDerivedMember)
    }

    /// The coset map of G / G^(l+1); past the end of the series the last member's (every element
    /// its own coset for a task without derived-series labels).
    func cosetsOfDerivedMember(_ l: Int) -> [Int] {
        l < derivedSeriesCosets.count ? derivedSeriesCosets[l] : (derivedSeriesCosets.last ?? Array(0..<order))
    }

    /// The derived-series heads' targets for a batch with the given main targets.
    public func auxiliaryTargets(classTargets: [Int], heads: Int) -> [[Int]] {
        guidanceLabels(heads: heads).map { map in classTargets.map { map[$0] } }
    }

    public func auxiliaryTargets(batch: TaskBatch, heads: Int, labels: GuidanceLabels) -> [[Int]] {
        switch labels {
        case .derivedSeries: return auxiliaryTargets(classTargets: batch.classTargets, heads: heads)
        case .cascade, .steps, .states, .stepsAndStates: return (0..<heads).map { cascadeLevel($0).targets(of: batch, in: self) }
        }
    }

    public func auxiliaryClasses(heads: Int, labels: GuidanceLabels) -> [Int] {
        switch labels {
        case .derivedSeries: return guidanceLabels(heads: heads).map { ($0.max() ?? 0) + 1 }
        case .cascade, .steps, .states, .stepsAndStates: return (0..<heads).map { cascadeLevel($0).classes }
        }
    }

    /// `--guidance steps`: layer 0 adds the token modulo G' ([G : G'] classes), layer m > 0 the
    /// step of cascade level m - 1 modulo G^(m+1); 0 (no head) where that is a single class.
    /// Empty without derived-series labels.
    public func transitionClasses(layers: Int) -> [Int] {
        guard !derivedSeriesCosets.isEmpty else { return [] }
        return (0..<layers).map { m in
            let k = m == 0 ? (cosetsOfDerivedMember(0).max() ?? 0) + 1 : cascadeLevel(m - 1).steps
            return k > 1 ? k : 0
        }
    }

    /// `--guidance states`: layer 0 holds the prefix product modulo G' ([G : G'] classes), layer
    /// m > 0 the element n_t of cascade level m - 1 modulo G^(m+1) (as many classes as that
    /// level's steps); 0 (no head) where that is a single class. Empty without derived-series labels.
    public func stateClasses(layers: Int) -> [Int] { transitionClasses(layers: layers) }

    public func stateTargets(batch: TaskBatch, layers: Int) -> [[Int]] {
        stateClasses(layers: layers).enumerated().map { m, classes in
            guard classes > 0 else { return [] }
            if m == 0 { let cosets = cosetsOfDerivedMember(0); return batch.classTargets.map { cosets[$0] } }
            let level = cascadeLevel(m - 1)
            return batch.classTargets.map { g in level.stepClass[product(g, inverse(level.representatives[level.cosets[g]]))] }
        }
    }

    public func transitionTargets(batch: TaskBatch, layers: Int) -> [[Int]] {
        transitionClasses(layers: layers).enumerated().map { m, classes in
            guard classes > 0 else { return [] }
            if m == 0 { let cosets = cosetsOfDerivedMember(0); return batch.tokens.map { cosets[$0] } }
            return cascadeLevel(m - 1).stepTargets(of: batch, in: self)
        }
    }

    /// `--root-penalty`: the order e_l whose roots of unity layer l's transitions should be. A
    /// guided model is told to track the derived series, so layer m gets the exponent of
    /// G^(m) / G^(m+1) (none past the series). A plain model may track any series with abelian
    /// factors (D8 > C4 > 1 as well as D8 > C2 > 1), and every such factor is a section of G, so
    /// its exponent divides G's: each layer gets the exponent of G. Empty without derived-series
    /// labels.
    public func phaseOrders(layers: Int, guided: Bool) -> [Int] {
        guard !derivedSeriesCosets.isEmpty else { return [] }
        // Element 0 is the identity, so the identity map is the coset map of the trivial subgroup.
        guard guided else { return Array(repeating: exponent(of: Array(0..<order), modulo: Array(0..<order)), count: layers) }
        return (0..<Swift.min(layers, derivedSeriesCosets.count)).map { m in
            exponent(of: m == 0 ? Array(0..<order) : (0..<order).filter { cosetsOfDerivedMember(m - 1)[$0] == 0 }, modulo: cosetsOfDerivedMember(m))
        }
    }

    /// The least common multiple of the orders of `elements` modulo the subgroup whose coset map
    /// is `cosets` (coset 0 is the subgroup): the smallest k with g^k in it, for each g.
    private func exponent(of elements: [Int], modulo cosets: [Int]) -> Int {
        var exponent = 1
        for g in elements {
            var (power, k) = (g, 1)
            while cosets[power] != 0 { power = product(power, g); k += 1 }
            var (a, b) = (exponent, k)
            while b != 0 { (a, b) = (b, a % b) }
            exponent = exponent / a * k
        }
        return exponent
    }

    /// Index of element_i * element_j.
    @inlinable public func product(_ i: Int, _ j: Int) -> Int { table[i * order + j] }

    /// Prefix products of one sequence of element indices.
    public func prefixProducts(_ tokens: some Sequence<Int>) -> [Int] {
        var y = 0
        return tokens.map { y = product(y, $0); return y }
    }

    public func sample(batch: Int, length: Int, using rng: inout SplitMix64) -> TaskBatch {
        let tokens = (0..<(batch * length)).map { _ in Int(rng.next() % UInt64(order)) }
        var targets: [Int] = []
        targets.reserveCapacity(tokens.count)
        for e in 0..<batch { targets += prefixProducts(tokens[(e * length)..<((e + 1) * length)]) }
        return TaskBatch(batch: batch, length: length, tokens: tokens, classTargets: targets)
    }

    public func loss(outputs: Tensor<Float>, batch: TaskBatch) -> (loss: Float, gradient: Tensor<Float>) {
        let r = SoftmaxCrossEntropy.evaluate(logits: outputs, targets: batch.classTargets)
        return (r.loss, r.gradient)
    }

    public func correct(outputs: Tensor<Float>, batch: TaskBatch) -> [Bool] {
        correct(predicted: predictions(outputs), batch: batch)
    }

    /// Whether each predicted element (`predictions`) is the target.
    func correct(predicted: [Int], batch: TaskBatch) -> [Bool] {
        zip(predicted, batch.classTargets).map { $0 == $1 }
    }

    /// The predicted element (the largest output) of every position.
    func predictions(_ outputs: Tensor<Float>) -> [Int] {
        (0..<outputs.rows).map { i in
            var best = 0
            for j in 1..<outputs.columns where outputs[i, j] > outputs[i, best] { best = j }
            return best
        }
    }

    /// Per member G^(l+1) of the derived series, the number of positions whose predicted element
    /// (`predictions`, taken once per position by the evaluation) lies in the right coset of
    /// G / G^(l+1): how far down the series a model tracks the prefix product (a model that knows
    /// only G / G' scores 1 at the first level and about |G'|^-1 overall). Empty for a task
    /// without derived-series labels.
    func correctCosets(predicted: [Int], batch: TaskBatch) -> [Int] {
        guard !derivedSeriesCosets.isEmpty else { return [] }
        return derivedSeriesCosets.map { coset in
            zip(predicted, batch.classTargets).reduce(0) { $0 + (coset[$1.0] == coset[$1.1] ? 1 : 0) }
        }
    }
}

