import Depth
import FloatBackend
import Foundation
import SequenceModels

/// `tower bench train`: training throughput (tokens per second) of the Swift backend on one fixed
/// configuration (dcd, 2 layers, width 64, state 64, batch 64, length 64, the S4 word problem), and
/// of the same model in PyTorch (bench/pytorch/bench_train.py) run as a subprocess.
public struct TrainBenchmark {
    public static let (layers, width, state, batch, length, group) = (2, 64, 64, 64, 64, "S4")

    /// Tokens in one training step (batch x length).
    public static var tokensPerStep: Int { batch * length }

    /// Timed steps, after `warmupSteps` untimed ones.
    public var steps: Int
    public var warmupSteps: Int

    public init(steps: Int, warmupSteps: Int) {
        self.steps = steps
        self.warmupSteps = warmupSteps
    }

    /// Tower's tokens per second; `note` hears a warning (no warm-up steps).
    public func measureTower(note: (String) -> Void) throws -> Double {
        let task = try WordProblemTask.named(Self.group)
        let model = TrainingConfig.model(for: task, family: .dcd, layers: Self.layers, width: Self.width, state: Self.state)
        let config = TrainingConfig(model: model, steps: warmupSteps + steps, batchSize: Self.batch, trainLength: Self.length,
                                    evalLengths: [Self.length], evalSequences: 1, seed: 1)
        let clock = ContinuousClock()
        var start = clock.now, end = clock.now
        let warm = warmupSteps, steps = self.steps
        _ = try Trainer(task: task, config: config).train(progress: { p in
            if p.step == warm { start = clock.now }
            if p.step == warm + steps { end = clock.now }
        })
        if warm == 0 { note("note: no warm-up steps; the first step's allocations are timed too") }
        let elapsed = end - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        return Double(steps * Self.batch * Self.length) / seconds
    }

    /// The `--json` object of Tower's figure: the configuration and the thread count.
    public func jsonObject(tokensPerSecond: Double) -> [String: Any] {
        [
            "tokens_per_second": tokensPerSecond, "model": "dcd", "layers": Self.layers, "width": Self.width, "state": Self.state,
            "mlp_hidden": 2 * Self.width, "batch": Self.batch, "length": Self.length, "group": Self.group,
            "steps": steps, "threads": Parallel.maximumChunks,
        ]
    }

    /// PyTorch's tokens per second: `python script --scan SCAN --json`, the same steps.
    public func measurePyTorch(python: String, script: String, scan: String) throws -> Double {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [python, script, "--steps", String(steps), "--warmup-steps", String(warmupSteps), "--scan", scan, "--json"]
        let pipe = Pipe()
        process.standardOutput = pipe
        do { try process.run() } catch { throw BenchmarkError("cannot run \(python) \(script): \(error.localizedDescription)") }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let output = String(decoding: data, as: UTF8.self)
        guard process.terminationStatus == 0,
              let last = output.split(separator: "\n").last,
              let object = try? JSONSerialization.jsonObject(with: Data(last.utf8)) as? [String: Any],
              let value = object["tokens_per_second"] as? Double else {
            throw BenchmarkError("\(script) failed (exit \(process.terminationStatus)); is torch installed for \(python)? Output: \(output.suffix(300))")
        }
        return value
    }
}
