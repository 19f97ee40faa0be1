import ArgumentParser
import Benchmarks
import Foundation

/// `tower bench train`: training throughput of the Swift backend on a fixed configuration,
/// optionally next to the same model in PyTorch (the measurements are `Benchmarks.TrainBenchmark`).
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

    func validate() throws {
        guard steps >= 1, warmupSteps >= 0 else { throw ValidationError("--steps must be at least 1 and --warmup-steps at least 0") }
        guard ["sequential", "cumsum", "both"].contains(pytorchScan) else {
            throw ValidationError("--pytorch-scan must be sequential, cumsum or both, got '\(pytorchScan)'")
        }
    }

    func run() throws {
        try reportingInputFailures {
            let benchmark = TrainBenchmark(steps: steps, warmupSteps: warmupSteps)
            let tower = try benchmark.measureTower(note: printError)
            printError(String(format: "tower: %.0f tokens/s (%.1f ms per step)", tower, 1000 * Double(TrainBenchmark.tokensPerStep) / tower))
            var object = benchmark.jsonObject(tokensPerSecond: tower)
            var lines = [String(format: "tower   %10.0f tokens/s", tower)]
            if pytorch {
                // The ratio is taken against the faster PyTorch formulation measured.
                var best = 0.0
                for scan in pytorchScan == "both" ? ["sequential", "cumsum"] : [pytorchScan] {
                    let torch = try benchmark.measurePyTorch(python: python, script: script, scan: scan)
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
}
