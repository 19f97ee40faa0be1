import Foundation

/// Lazily computed facts about a group, guarded by a lock so that a shared group can be
/// queried from several threads. Values are computed outside the lock (they may recurse into
/// other groups) and the first stored value wins.
///
/// Series are kept without their first member, the group itself: a group whose cache held itself
/// would be a reference cycle (group -> cache -> series -> group), and every analysed group, its
/// series and their chains would never be freed (issue 19: `tower group --batch` grew by about
/// 13 kB per S4 and 80 kB per group of degree 30). The accessors put the group back in front.
final class GroupCache: @unchecked Sendable {
    private let lock = NSLock()
    private var storage = Storage()

    struct Storage {
        var structure: GroupStructure?
        /// G^(1), G^(2), ... (the derived series without G itself).
        var derivedSeriesBelow: [PermutationGroup]?
        /// gamma_2, gamma_3, ...
        var lowerCentralSeriesBelow: [PermutationGroup]?
        /// G_1, G_2, ...
        var elementaryAbelian2SeriesBelow: [PermutationGroup]?
        /// The composition series with `members` from G_1 on (`orders` and proofs whole).
        var compositionSeriesBelow: Result<CompositionSeries, CompositionSeriesFailure>?
        /// The pcgs (`Pcgs.build`), `.some(nil)` when there is none (not solvable).
        var pcgs: Pcgs??
    }

    /// Records a value computed as a by-product elsewhere (first value wins).
    func store<T>(_ key: WritableKeyPath<Storage, T?>, _ v: T) {
        lock.lock()
        defer { lock.unlock() }
        if storage[keyPath: key] == nil { storage[keyPath: key] = v }
    }

    /// The value if it was computed or recorded already; never computes.
    func peek<T>(_ key: WritableKeyPath<Storage, T?>) -> T? {
        lock.lock()
        defer { lock.unlock() }
        return storage[keyPath: key]
    }

    func value<T>(_ key: WritableKeyPath<Storage, T?>, compute: () -> T) -> T {
        lock.lock()
        if let v = storage[keyPath: key] { lock.unlock(); return v }
        lock.unlock()
        let v = compute()
        lock.lock()
        defer { lock.unlock() }
        if let existing = storage[keyPath: key] { return existing }
        storage[keyPath: key] = v
        return v
    }
}
