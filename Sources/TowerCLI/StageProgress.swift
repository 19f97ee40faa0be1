import Batch
import Foundation

/// Progress for a computation made of named stages: silent while it is quick, and once it has
/// run longer than `quietSeconds`, one stderr line per stage as it starts ("tower group: lower
/// central series (2.9 s so far)") and a last line with the total. Disabled, it prints nothing
/// (batch mode, where stderr would drown in lines).
final class StageProgress {
    private let label: String
    private let enabled: Bool
    private let quietSeconds: Double
    private let start = WallClock.now()
    private var spoke = false

    /// - Parameter quietSeconds: how long to stay silent; the environment variable
    ///   `TOWER_PROGRESS_AFTER` (seconds) overrides the default of 1 (0: always speak).
    init(label: String, enabled: Bool, quietSeconds: Double? = nil) {
        self.label = label
        self.enabled = enabled
        self.quietSeconds = quietSeconds
            ?? ProcessInfo.processInfo.environment["TOWER_PROGRESS_AFTER"].flatMap(Double.init) ?? 1
    }

    private var elapsed: Double { WallClock.seconds(since: start) }

    /// Announces the stage about to run, if the computation is already slow.
    func stage(_ name: String) {
        guard enabled, elapsed >= quietSeconds else { return }
        spoke = true
        printError(String(format: "%@: %@ (%.1f s so far)", label, name, elapsed))
    }

    /// Closes the progress with the total time, if any stage line was printed.
    func finish() {
        guard enabled, spoke else { return }
        printError(String(format: "%@: done in %.1f s", label, elapsed))
    }
}
