import Foundation
import Testing
@testable import SequenceModels

/// Issue 18: checkpoint headers that once trapped (found by `CheckpointFuzzTests`) now throw
/// `ModelError` naming the field: a model dimension whose parameter count overflows Int, a
/// parameterCount whose byte size overflows, an optimiser step at Int.max.
@Suite("checkpoint header limits")
struct CheckpointHeaderLimitTests {
    /// A saved one-step training checkpoint of C3 with its header edited by `edit`, loaded back.
    private func load(editing edit: (inout [String: Any]) -> Void) throws -> TrainingCheckpoint {
        try load(editingText: { line in
            var header = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            edit(&header)
            return String(decoding: try JSONSerialization.data(withJSONObject: header, options: [.sortedKeys]), as: UTF8.self)
        })
    }

    /// The same with the header line edited as text (sorted keys, no spaces).
    private func load(editingText edit: (String) throws -> String) throws -> TrainingCheckpoint {
        let task = try WordProblemTask.cyclic(order: 3)
        var config = smallConfig(task, family: .dcd, steps: 2)
        config.model = TrainingConfig.model(for: task, family: .dcd, layers: 1, width: 4, state: 2, mlpHidden: 4)
        config.batchSize = 2
        config.trainLength = 4
        let result = try Trainer(task: task, config: config).train(until: 1)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tower-header-\(UUID()).ckpt")
        defer { try? FileManager.default.removeItem(at: url) }
        try CheckpointFile.save(result.checkpoint, to: url)
        let bytes = [UInt8](try Data(contentsOf: url))
        let first = bytes.firstIndex(of: 10)!, second = bytes[(first + 1)...].firstIndex(of: 10)!
        let line = try edit(String(decoding: bytes[(first + 1)..<second], as: UTF8.self))
        try (Data(bytes[...first]) + Data(line.utf8) + Data(bytes[second...])).write(to: url)
        return try CheckpointFile.loadTraining(from: url)
    }

    private func message(_ body: () throws -> Void) -> String? {
        do { try body(); return nil } catch { return "\(error)" }
    }

    @Test func aKeyGivenTwiceInTheHeaderIsRefused() throws {
        // JSONDecoder would keep one value and a script reading the header (Python, jq) the other.
        let m = message { _ = try load(editingText: { line in
            let count = try #require(line.range(of: #""parameterCount":[0-9]+"#, options: .regularExpression))
            return line.replacingCharacters(in: count, with: String(line[count]) + #","parameterCount":7"#)
        }) }
        #expect(m?.hasPrefix("malformed checkpoint: header of ") == true, "\(m ?? "nil")")
        #expect(m?.contains("(line 2 of the file) is not valid: header: duplicate key \"parameterCount\"") == true, "\(m ?? "nil")")
        // Nested keys name their place; numbers beyond a double are refused, fractions are fine.
        let nested = message { _ = try load(editingText: { $0.replacingOccurrences(of: #""model":{"#, with: #""model":{"width":4,"#) }) }
        #expect(nested?.contains("model: duplicate key \"width\"") == true, "\(nested ?? "nil")")
        let huge = message { _ = try load(editingText: { $0.replacingOccurrences(of: #""step":1"#, with: #""step":1e400"#) }) }
        #expect(huge?.contains("the number 1e400 is beyond the range of a double") == true, "\(huge ?? "nil")")
        #expect(try load(editingText: { $0 }).step == 1)
    }

    @Test func modelWidthWhoseLayoutWouldOverflowIsRefused() {
        let m = message { _ = try load { h in var model = h["model"] as! [String: Any]; model["width"] = 1 << 62; h["model"] = model } }
        #expect(m == "invalid model configuration: width must be at most 16777216, got 4611686018427387904")
    }

    @Test func parameterCountWhoseByteSizeWouldOverflowIsRefused() {
        let m = message { _ = try load { $0["parameterCount"] = 1 << 62 } }
        #expect(m?.hasPrefix("malformed checkpoint: payload of ") == true, "\(m ?? "nil")")
        #expect(m?.hasSuffix("but the header's parameterCount 4611686018427387904 needs an impossible size") == true, "\(m ?? "nil")")
    }

    @Test func trainingConfigWhoseModelDisagreesWithTheFileIsRefused() {
        // Resumed, the width-8 configuration trained the width-4 weights and trapped in a kernel.
        let m = message { _ = try load { h in
            var t = h["training"] as! [String: Any], c = t["config"] as! [String: Any], model = c["model"] as! [String: Any]
            model["width"] = 8; c["model"] = model; t["config"] = c; h["training"] = t
        } }
        #expect(m?.contains("training.config.model of ") == true, "\(m ?? "nil")")
        #expect(m?.contains("(dcd x1, width 8, ") == true && m?.contains("disagrees with the model the file holds (dcd x1, width 4, ") == true, "\(m ?? "nil")")
    }

    @Test func parameterTableWithAnotherShapeOrOffsetIsRefused() {
        for (field, value) in [("shape", [1 << 31, 1 << 31] as Any), ("offset", (1 << 62) as Any)] {
            let m = message { _ = try load { h in
                var table = h["parameters"] as! [[String: Any]]
                table[2][field] = value
                h["parameters"] = table
            } }
            #expect(m?.contains("entry 3 (") == true && m?.contains("does not match its model configuration") == true, "\(field): \(m ?? "nil")")
        }
    }

    @Test func optimizerStepAtIntMaxIsRefused() {
        let m = message { _ = try load { h in var t = h["training"] as! [String: Any]; t["optimizerStep"] = Int.max; h["training"] = t } }
        #expect(m?.hasPrefix("malformed checkpoint: training.optimizerStep of ") == true, "\(m ?? "nil")")
        #expect(m?.hasSuffix("is 9223372036854775807, outside 0...2^40") == true, "\(m ?? "nil")")
    }
}
