import Foundation

/// Lazily computed facts about a group, guarded by a lock so that a shared group can be
/// queried from several threads. Values are computed outside the lock (they may recurse into
/// other groups) and the first stored value wins.
final class GroupCache: @unchecked Sendable {
    private let lock = NSLock()
    private var storage = Storage()

    struct Storage {
        var structure: GroupStructure?
        var derivedSeries: [PermutationGroup]?
        var lowerCentralSeries: [PermutationGroup]?
        var elementaryAbelian2Series: [PermutationGroup]?
        var compositionSeries: Result<CompositionSeries, CompositionSeriesFailure>?
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
