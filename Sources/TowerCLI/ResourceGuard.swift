import ArgumentParser
import Batch
import Foundation

/// `--timeout SECONDS` and `--max-memory MB` for `tower group` and `tower lie`: guards for work
/// whose cost a user cannot know in advance (the memory guard is on by default). A watchdog thread checks the elapsed wall time and
/// the process's resident memory (`Batch.ProcessMemory`, Linux: /proc/self/statm) every 20 ms; past either bound it
/// prints one line, `error: --timeout: ...` or `error: --max-memory: ...`, and ends the process
/// with exit status 2 (output already written stays; the unfinished report is not printed).
struct ResourceGuardOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Stop with exit status 2 and a one-line message once the work has run this many seconds (wall clock).", valueName: "seconds"))
    var timeout: Double?

    @Option(name: .customLong("max-memory"), help: ArgumentHelp("Stop with exit status 2 and a one-line message once the process uses more than this many MB of memory (resident; checked every 20 ms, so a fast allocation can overshoot it briefly). Default 4096, or half the machine's memory when that is less.", valueName: "MB"))
    var maxMemory: Int?

    func validate() throws {
        if let timeout, !(timeout > 0 && timeout <= 1e9) {
            throw ValidationError("--timeout must be a number of seconds above 0 (at most 1e9), not \(timeout)")
        }
        if let maxMemory, !(1...(1 << 30)).contains(maxMemory) {
            throw ValidationError("--max-memory must be a number of MB from 1 to \(1 << 30), not \(maxMemory)")
        }
    }

    /// Starts the watchdog: the memory bound always (by default `BatchLineOptions.defaultMemoryMB`,
    /// the bound of one batch line, so that no single input runs the machine out of memory), the
    /// time bound when --timeout is given.
    func start(command: String) {
        let start = WallClock.now()
        let timeout = self.timeout, maxMemory = self.maxMemory ?? BatchLineOptions.defaultMemoryMB
        let which = self.maxMemory == nil ? "the default limit of \(maxMemory) MB (a larger --max-memory lets it go on)" : "the limit of \(maxMemory) MB"

        let thread = Thread {
            while true {
                if let timeout, WallClock.seconds(since: start) >= timeout {
                    Self.stop("\(command): --timeout: stopped after \(Self.seconds(timeout)) s, before the work was finished (a larger --timeout, or none, lets it run on)")
                }
                if let used = ProcessMemory.residentMB(), used > maxMemory {
                    Self.stop("\(command): --max-memory: stopped at \(used) MB resident, above \(which), before the work was finished")
                }
                Thread.sleep(forTimeInterval: 0.02)
            }
        }
        thread.stackSize = 1 << 16
        thread.start()
    }

    private static func stop(_ message: String) -> Never {
        fflush(nil)
        printError("error: " + message)
        _exit(2)
    }

    private static func seconds(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
