import ArgumentParser
import Depth
import FloatBackend
import Foundation
import SequenceModels

/// `tower bench train`: training throughput of the Swift backend on a fixed configuration,
/// optionally next to the same model in PyTorch.
struct BenchTrain: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Measure training tokens per second (dcd, 2 layers, width 64, state 64, batch 64, length 64, S4).",
        discussion: """
        Runs a few warm-up steps, then times training steps (forward, backward, clipping, AdamW) \
        of a fixed model on the S4 word problem and reports tokens per second (batch x length per \
        step). Build with -c release first. With --pytorch it also runs bench/pytorch/bench_train.py \
        (the same architecture and configuration in PyTorch on CPU, 2 threads) in the same run and \
        prints both figures and their ratio.

        Example:
          swift build -c release && .build/release/tower bench train --pytorch
        """
    )

    @Option(help: "Timed steps (after the warm-up).") var steps: Int = 30
    @Option(name: .customLong("warmup-steps"), help: "Untimed steps first.") var warmupSteps: Int = 3
    @Flag(help: "Also run the PyTorch reference (needs python3 with torch).") var pytorch = false
    @Option(help: "Python interpreter for --pytorch.") var python: String = "python3"
    @Option(name: .customLong("pytorch-scan"), help: "PyTorch recurrence: sequential (Tower's algorithm), cumsum (closed form), or both.")
    var pytorchScan: String = "both"
    @Option(help: "Path of the PyTorch reference script.") var script: String = "bench/pytorch/bench_train.py"
    @Flag(help: "Print one JSON object as the last line.") var json = false

    static let (layers, width, state, batch, length, group) = (2, 64, 64, 64, 64, "S4")

    func validate() throws {
        guard steps >= 1, warmupSteps >= 0 else { throw ValidationError("--steps must be at least 1 and --warmup-steps at least 0") }
        guard ["sequential", "cumsum", "both"].contains(pytorchScan) else {
            throw ValidationError("--pytorch-scan must be sequential, cumsum or both, got '\(pytorchScan)'")
        }
    }

    func run() throws {
        try reportingInputFailures {
            let tower = try measureTower()
            printError(String(format: "tower: %.0f tokens/s (%.1f ms per step)", tower, 1000 * Double(Self.batch * Self.length) / tower))
            var object: [String: Any] = [
                "tokens_per_second": tower, "model": "dcd", "layers": Self.layers, "width": Self.width, "state": Self.state,
                "mlp_hidden": 2 * Self.width, "batch": Self.batch, "length": Self.length, "group": Self.group,
                "steps": steps, "threads": Parallel.maximumChunks,
            ]
            var lines = [String(format: "tower   %10.0f tokens/s", tower)]
            if pytorch {
                // The ratio is taken against the faster PyTorch formulation measured.
                var best = 0.0
                for scan in pytorchScan == "both" ? ["sequential", "cumsum"] : [pytorchScan] {
                    let torch = try measurePyTorch(scan: scan)
                    printError(String(format: "pytorch (%@ scan): %.0f tokens/s", scan, torch))
                    object["pytorch_\(scan)_tokens_per_second"] = torch
                    lines.append(String(format: "pytorch %10.0f tokens/s (%@ scan)", torch, scan))
                    best = max(best, torch)
                }
                object["pytorch_tokens_per_second"] = best
                object["ratio"] = tower / best
                lines.append(String(format: "ratio   %10.2fx (tower / fastest pytorch)", tower / best))
            }
            lines.forEach { print($0) }
            if json {
                print(try JSONLine.encode(object))
            }
        }
    }

    func measureTower() throws -> Double {
        let task = try WordProblemTask.named(Self.group)
        let model = TrainingConfig.model(for: task, family: .dcd, layers: Self.layers, width: Self.width, state: Self.state)
        let config = TrainingConfig(model: model, steps: warmupSteps + steps, batchSize: Self.batch, trainLength: Self.length,
                                    evalLengths: [Self.length], evalSequences: 1, seed: 1)
        let clock = ContinuousClock()
        var start = clock.now, end = clock.now
        let warm = warmupSteps
        _ = try Trainer(task: task, config: config).train(progress: { p in
            if p.step == warm { start = clock.now }
            if p.step == warm + steps { end = clock.now }
        })
        if warm == 0 { printError("note: no warm-up steps; the first step's allocations are timed too") }
        let elapsed = end - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        return Double(steps * Self.batch * Self.length) / seconds
    }

    func measurePyTorch(scan: String) throws -> Double {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [python, script, "--steps", String(steps), "--warmup-steps", String(warmupSteps), "--scan", scan, "--json"]
        let pipe = Pipe()
        process.standardOutput = pipe
        do { try process.run() } catch { throw InputFailure("cannot run \(python) \(script): \(error.localizedDescription)") }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let output = String(decoding: data, as: UTF8.self)
        guard process.terminationStatus == 0,
              let last = output.split(separator: "\n").last,
              let object = try? JSONSerialization.jsonObject(with: Data(last.utf8)) as? [String: Any],
              let value = object["tokens_per_second"] as? Double else {
            throw InputFailure("\(script) failed (exit \(process.terminationStatus)); is torch installed for \(python)? Output: \(output.suffix(300))")
        }
        return value
    }
}
