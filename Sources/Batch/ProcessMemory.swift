import Foundation

/// Resident memory of a process, as the budgets see it: a batch line's worker (`IsolatedBatch`)
/// and the CLI's `--max-memory` watchdog.
public enum ProcessMemory {
    /// Resident memory in MB of this process (or of process `pid`: a batch worker) from
    /// /proc/.../statm (second field, in pages); nil where there is no /proc (the guard then
    /// checks only the time) or the process is gone.
    public static func residentMB(pid: Int32? = nil) -> Int? {
        let path = pid.map { "/proc/\($0)/statm" } ?? "/proc/self/statm"
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return nil }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE))) / (1 << 20)
    }
}
