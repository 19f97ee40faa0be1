/// Why a training run stopped early or could not start.
public enum TrainingError: Error, CustomStringConvertible {
    case invalidConfig(String)
    /// The loss (or gradient) became NaN or infinite at `step`; `lastGood` is the state before that step.
    case nonFiniteLoss(step: Int, loss: Float, lastGood: TrainingCheckpoint)
    case checkpointMismatch(String)

    public var description: String {
        switch self {
        case .invalidConfig(let m): return "invalid training configuration: \(m)"
        case let .nonFiniteLoss(step, loss, _):
            return "training diverged: loss is \(loss) at step \(step + 1); stopped, the last good state is from step \(step)"
        case .checkpointMismatch(let m): return "checkpoint does not match this run: \(m)"
        }
    }
}
