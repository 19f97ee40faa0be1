import Dispatch
import Foundation

/// Deterministic work splitting over the machine's cores.
///
/// Every kernel splits work so that each output element is computed by exactly one task, in a
/// fixed order: results are bit-identical whatever the number of threads. Reductions across tasks
/// (sums of gradients) never happen in here; kernels split over the reduced-into dimension instead.
public enum Parallel {
    /// Upper bound on concurrently running chunks: the cores the process may use, or the
    /// environment variable `TOWER_THREADS` when set to a positive integer (e.g. 1 per process when
    /// several training runs share a machine). Results do not depend on it.
    public static let maximumChunks: Int = {
        if let text = ProcessInfo.processInfo.environment["TOWER_THREADS"], let n = Int(text), n >= 1 { return Swift.min(n, 256) }
        return Swift.max(1, ProcessInfo.processInfo.activeProcessorCount)
    }()

    /// Below this many scalar operations a kernel runs on the calling thread: dispatch costs more.
    public static let minimumParallelWork = 1 << 15

    /// Runs `body(range)` over `0..<count` split into contiguous ranges, concurrently when
    /// `work` (an estimate of scalar operations) is large enough.
    @inlinable
    public static func forEachRange(_ count: Int, work: Int, _ body: @Sendable (Range<Int>) -> Void) {
        let chunks = Swift.min(count, work >= minimumParallelWork ? maximumChunks : 1)
        if chunks <= 1 || isSerialThread {
            if count > 0 { body(0..<count) }
            return
        }
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            let lo = count * c / chunks, hi = count * (c + 1) / chunks
            if lo < hi { body(lo..<hi) }
        }
    }

    /// Runs `body` with every kernel it calls on this thread kept on this thread: for callers
    /// that already split the work across cores themselves (the trainer's batch shards). Results
    /// do not change: kernels give the same bits however they split.
    public static func serially<R>(_ body: () throws -> R) rethrows -> R {
        let dictionary = Thread.current.threadDictionary
        let previous = dictionary[serialKey]
        dictionary[serialKey] = true
        defer { dictionary[serialKey] = previous }
        return try body()
    }

    @usableFromInline static let serialKey = "tower.parallel.serial"

    @usableFromInline static var isSerialThread: Bool { Thread.current.threadDictionary[serialKey] != nil }
}
