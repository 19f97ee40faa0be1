import Foundation

/// Monotonic wall-clock timing for the messages commands print ("written in 1.06 s",
/// "check_seconds", progress lines): a start value, and the seconds elapsed since it.
public enum WallClock {
    public static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

    public static func seconds(since start: UInt64) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }
}
