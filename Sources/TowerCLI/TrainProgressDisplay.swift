import Foundation
import SequenceModels

/// Training progress on stderr: a redrawn bar on a terminal, a plain line every 10% (or 30 s)
/// otherwise, so CI logs stay readable.
final class TrainProgressDisplay {
    let label: String
    let isTerminal = isatty(2) != 0
    private var lastDraw = Date.distantPast
    private var lastLineStep = 0
    private var drewBar = false

    init(label: String) { self.label = label }

    func update(_ p: TrainingProgress) {
        let now = Date()
        if isTerminal {
            guard now.timeIntervalSince(lastDraw) > 0.1 || p.step == p.totalSteps else { return }
            lastDraw = now
            let width = 24, filled = width * p.step / max(p.totalSteps, 1)
            let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
            FileHandle.standardError.write(Data("\r\(label) [\(bar)] \(line(p))\u{1B}[K".utf8))
            drewBar = true
        } else {
            let every = max(p.totalSteps / 10, 1)
            guard p.step - lastLineStep >= every || now.timeIntervalSince(lastDraw) > 30 || p.step == p.totalSteps else { return }
            lastDraw = now
            lastLineStep = p.step
            printError("\(label) \(line(p))")
        }
    }

    func finish() {
        if drewBar { FileHandle.standardError.write(Data("\n".utf8)); drewBar = false }
    }

    private func line(_ p: TrainingProgress) -> String {
        String(format: "step %d/%d  loss %.4f  acc %.3f  %.1f steps/s  ETA %@",
               p.step, p.totalSteps, p.loss, p.accuracy, p.stepsPerSecond, Self.duration(p.etaSeconds))
    }

    static func duration(_ s: Double) -> String {
        let t = Int(s.rounded())
        return t >= 3600 ? "\(t / 3600)h\(String(format: "%02d", t / 60 % 60))m" : t >= 60 ? "\(t / 60)m\(String(format: "%02d", t % 60))s" : "\(t)s"
    }
}
