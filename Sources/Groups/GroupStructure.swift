import Exact
import Foundation

/// What is known by construction about a group, so that recognition can be skipped.
enum StructureHint {
    /// The full symmetric group on all `degree` points.
    case symmetric
    /// The alternating group on all `degree` points.
    case alternating
    /// An exact chain already built for exactly this group.
    case chain(StabilizerChain)
    /// The exact order, proven elsewhere (e.g. an index computation).
    case order(BigInt)

    /// Whether a group built with this hint gets its structure without the solvable builder (a
    /// chain or an order given), so that its derived series is not yet known.
    var skipsSolvableBuilder: Bool {
        switch self {
        case .chain, .order: true
        case .symmetric, .alternating: false
        }
    }
}

/// The exact order and membership test of a group: either a verified stabilizer chain, or a
/// recognized symmetric/alternating group (recognized by proof, see `GiantRecognition`), for
/// which the chain is only built if someone needs one (elements(), stabilizers).
final class GroupStructure: @unchecked Sendable {
    enum Kind {
        case chain(StabilizerChain)
        case giant(alternating: Bool)
    }

    let kind: Kind
    let order: BigInt
    private let lock = NSLock()
    private var lazyChain: StabilizerChain?

    init(kind: Kind, order: BigInt) {
        self.kind = kind
        self.order = order
    }

    var isGiant: Bool { if case .giant = kind { return true } else { return false } }
    var isAlternatingGiant: Bool { if case .giant(true) = kind { return true } else { return false } }

    func contains(_ g: [Int32]) -> Bool {
        switch kind {
        case .chain(let c): return c.contains(g)
        case .giant(let alternating): return !alternating || tableSign(g) == 1
        }
    }

    /// The stabilizer chain, built on demand for giants (verified by the known order).
    func chain(for group: PermutationGroup) -> StabilizerChain {
        if case .chain(let c) = kind { return c }
        lock.lock()
        defer { lock.unlock() }
        if let c = lazyChain { return c }
        let c = SchreierSims.randomized(group.generatorTables, degree: group.degree, seed: 0xC4A1,
                                        knownOrder: BigIntOrder(value: order))
        lazyChain = c
        return c
    }

    static func compute(for group: PermutationGroup) -> GroupStructure {
        let n = group.degree
        switch group.hint {
        case .symmetric?: return GroupStructure(kind: .giant(alternating: false), order: BigInt.factorial(n)!)
        case .alternating?:
            return GroupStructure(kind: .giant(alternating: true), order: n < 2 ? .one : BigInt.factorial(n)! / BigInt(2))
        case .chain(let c)?: return GroupStructure(kind: .chain(c), order: c.order)
        case .order(let o)?:
            let c = SchreierSims.randomized(group.generatorTables, degree: n, seed: 0x0DE2,
                                            knownOrder: BigIntOrder(value: o))
            return GroupStructure(kind: .chain(c), order: c.order)
        case nil: break
        }
        if let giant = GiantRecognition.recognize(group.generatorTables, degree: n, seed: 0x61A7) {
            return GroupStructure(kind: .giant(alternating: giant.isAlternating), order: giant.order)
        }
        if !SolvableBSGS.exceedsDepthBound(group.generatorTables, degree: n, seed: 0xDEE9),
           let members = SolvableBSGS.derivedSeries(of: group.generatorTables, degree: n, seed: 0x501B) {
            group.recordDerivedSeries(members)
            return GroupStructure(kind: .chain(members[0].chain), order: members[0].chain.order)
        }
        // A direct product of factors on disjoint supports has a proven order (DisjointFactors).
        let known = DisjointFactors.order(group.generatorTables, degree: n).map { BigIntOrder(value: $0) }
        let c = SchreierSims.randomized(group.generatorTables, degree: n, seed: 0x5C4E, knownOrder: known)
        return GroupStructure(kind: .chain(c), order: c.order)
    }
}
