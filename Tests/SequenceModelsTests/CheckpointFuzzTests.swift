import Foundation
import Seeded
import Testing
@testable import SequenceModels

/// Issue 18, item 6 (training checkpoints): seeded mutations of a small model file and a small
/// training checkpoint: a random header value replaced (integer extremes, wrong types, other
/// families and shapes), header bytes changed, the magic line changed, the payload cut or
/// extended. Loading each must throw `ModelError` in one line or succeed; a loaded model then
/// runs a forward pass, and a loaded training state one more training step, never a trap.
@Suite("checkpoint fuzzing")
struct CheckpointFuzzTests {
    private static var values: [Any] { [0, 1, -1, 2, 3, 7, 1 << 20, 1 << 62, Int.max, Int.min, 1e300, 0.5, -1e-9, "x", "",
                                        "dcd", "real01", "real11", "dense", "rms", "layer", "none", NSNull(), true,
                                        [Any](), [String: Any](), [1, 2], [Int.max, 2]] }

    private func checkpointFiles() throws -> (model: Data, training: Data) {
        let task = try WordProblemTask.cyclic(order: 3)
        var config = smallConfig(task, family: .dcd, steps: 2)
        config.model = TrainingConfig.model(for: task, family: .dcd, layers: 2, width: 8, state: 2, mlpHidden: 8)
        config.batchSize = 2
        config.trainLength = 6
        config.evalLengths = [6]
        config.evalSequences = 2
        let result = try Trainer(task: task, config: config).train(until: 1)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tower-ckpt-fuzz-\(UUID())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try CheckpointFile.save(result.model, to: dir.appendingPathComponent("m"))
        try CheckpointFile.save(result.checkpoint, to: dir.appendingPathComponent("t"))
        return (try Data(contentsOf: dir.appendingPathComponent("m")), try Data(contentsOf: dir.appendingPathComponent("t")))
    }

    /// `data` with one JSON value of its header line replaced (a random member at any depth).
    private func replacingHeaderValue(_ data: Data, _ random: inout SplitMix64) throws -> Data {
        let bytes = [UInt8](data)
        let first = bytes.firstIndex(of: 10)!, second = bytes[(first + 1)...].firstIndex(of: 10)!
        var header = try JSONSerialization.jsonObject(with: Data(bytes[(first + 1)..<second]))
        func edit(_ value: Any, depth: Int) -> Any {
            if var object = value as? [String: Any], !object.isEmpty, depth < 6, random.below(4) != 0 {
                let key = object.keys.sorted()[random.below(object.count)]
                object[key] = edit(object[key]!, depth: depth + 1)
                return object
            }
            if var array = value as? [Any], !array.isEmpty, depth < 6, random.below(4) != 0 {
                let i = random.below(array.count)
                array[i] = edit(array[i], depth: depth + 1)
                return array
            }
            return Self.values[random.below(Self.values.count)]
        }
        header = edit(header, depth: 0)
        let line = try JSONSerialization.data(withJSONObject: header, options: [.sortedKeys, .fragmentsAllowed])
        return Data(bytes[...first]) + line + Data(bytes[second...])
    }

    private func mutated(_ data: Data, _ random: inout SplitMix64) throws -> Data {
        var bytes = [UInt8](data)
        let headerEnd = bytes[(bytes.firstIndex(of: 10)! + 1)...].firstIndex(of: 10)!
        switch random.below(5) {
        case 0, 1: return try replacingHeaderValue(data, &random)
        case 2: bytes[random.below(headerEnd)] = Array("{}[],:\"0123456789-x ".utf8)[random.below(20)]
        case 3: bytes.removeLast(min(bytes.count, 1 + random.below(64)))
        default: bytes += [UInt8](repeating: 0, count: 4 * (1 + random.below(8)))
        }
        return Data(bytes)
    }

    @Test func mutatedCheckpointsLoadOrFailInOneLine() throws {
        let (model, training) = try checkpointFiles()
        let task = try WordProblemTask.cyclic(order: 3)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tower-ckpt-fuzz-\(UUID()).ckpt")
        defer { try? FileManager.default.removeItem(at: url) }
        var random = SplitMix64(seed: 6)
        var counts = (refused: 0, loaded: 0)
        for round in 0..<600 {
            let isTraining = round % 2 == 1
            try mutated(isTraining ? training : model, &random).write(to: url)
            do {
                if isTraining {
                    let checkpoint = try CheckpointFile.loadTraining(from: url)
                    _ = try Trainer(task: task, config: checkpoint.config).train(from: checkpoint, until: checkpoint.step + 1)
                } else {
                    _ = try CheckpointFile.loadModel(from: url).predictions(tokens: [0, 1, 2, 1], batch: 1, length: 4)
                }
                counts.loaded += 1
            } catch {
                counts.refused += 1
                #expect(!"\(error)".contains("\n"), "round \(round): \(error)")
            }
        }
        print("checkpoints: \(counts.refused) refused in one line, \(counts.loaded) loaded and run")
        #expect(counts.refused + counts.loaded == 600)
        #expect(counts.refused > 200 && counts.loaded > 10)
    }
}
