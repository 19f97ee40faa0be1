import CAllocator

/// Keeps freed tensor memory in the process instead of returning it to the kernel.
///
/// A training step allocates and frees the same few-megabyte tensors every step. With glibc's
/// defaults, blocks that large are mapped and unmapped (or the heap top trimmed) each time, so
/// every step pays for page faults and zeroed pages (measured: about a fifth of a training
/// step's time in the kernel; docs/performance-train.md). Raising glibc's mapping and trimming
/// thresholds (`CAllocator`) makes the allocator reuse the blocks. Numbers are unchanged; only
/// where memory comes from changes. The process keeps up to 512 MiB of freed memory for reuse.
public enum AllocatorTuning {
    /// Applies the setting once per process (later calls do nothing); false off glibc.
    @discardableResult
    public static func retainFreedMemory() -> Bool { applied }

    private static let applied: Bool = tower_retain_freed_memory() == 1
}
