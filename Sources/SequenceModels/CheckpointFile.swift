import FloatBackend
import Foundation
import StrictJSON

/// The on-disk format of models and training checkpoints (version 1):
///
///     TOWER-CHECKPOINT 1\n
///     <one line of JSON: CheckpointHeader>\n
///     <payload: float32 little-endian: parameters, then (training files) AdamW m, then v>
///
/// The header carries the model configuration and a table of named parameters with shapes and
/// offsets, so other tools can read a model without this code.
public enum CheckpointFile {
    public static let magic = "TOWER-CHECKPOINT"
    public static let version = 1

    /// Writes a model alone (no optimiser state).
    public static func save(_ model: SequenceModel, to url: URL) throws {
        try write(header(model, training: nil), arrays: [model.parameters], to: url)
    }

    /// Writes a full training state.
    public static func save(_ checkpoint: TrainingCheckpoint, to url: URL) throws {
        let t = CheckpointHeader.Training(task: checkpoint.task, config: checkpoint.config, step: checkpoint.step,
                                          beta1: checkpoint.optimizer.beta1, beta2: checkpoint.optimizer.beta2,
                                          epsilon: checkpoint.optimizer.epsilon, weightDecay: checkpoint.optimizer.weightDecay,
                                          optimizerStep: checkpoint.optimizer.step)
        try write(header(checkpoint.model, training: t),
                  arrays: [checkpoint.model.parameters, checkpoint.optimizer.m, checkpoint.optimizer.v], to: url)
    }

    /// Reads the model from a model or training file.
    public static func loadModel(from url: URL) throws -> SequenceModel {
        try read(url).0
    }

    /// Reads a training state; throws if the file holds a model only.
    public static func loadTraining(from url: URL) throws -> TrainingCheckpoint {
        let (model, header, arrays) = try read(url)
        guard let t = header.training else { throw ModelError.malformedCheckpoint("\(url.path) holds a model only, no training state to resume") }
        for (name, value) in [("step", t.step), ("optimizerStep", t.optimizerStep)] where !(0...(1 << 40)).contains(value) {
            throw ModelError.malformedCheckpoint("training.\(name) of \(url.path) is \(value), outside 0...2^40")
        }
        var adam = AdamW(parameterCount: model.parameters.count, beta1: t.beta1, beta2: t.beta2, epsilon: t.epsilon, weightDecay: t.weightDecay)
        adam.m = arrays[1]
        adam.v = arrays[2]
        adam.step = t.optimizerStep
        return TrainingCheckpoint(task: t.task, config: t.config, step: t.step, model: model, optimizer: adam)
    }

    // MARK: Encoding

    private static func header(_ model: SequenceModel, training: CheckpointHeader.Training?) -> CheckpointHeader {
        CheckpointHeader(formatVersion: version, model: model.config,
                         parameters: model.layout.entries.map { .init(name: $0.name, shape: $0.shape, offset: $0.offset) },
                         parameterCount: model.layout.count, training: training)
    }

    private static func write(_ header: CheckpointHeader, arrays: [[Float]], to url: URL) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var data = Data("\(magic) \(version)\n".utf8)
        data += try encoder.encode(header)
        data += Data("\n".utf8)
        for a in arrays { a.withUnsafeBytes { data += Data($0) } }
        try data.write(to: url, options: .atomic)
    }

    private static func read(_ url: URL) throws -> (SequenceModel, CheckpointHeader, [[Float]]) {
        let data: Data
        do { data = try Data(contentsOf: url) } catch { throw ModelError.malformedCheckpoint("cannot read \(url.path): \(error.localizedDescription)") }
        let bytes = [UInt8](data)
        guard let first = bytes.firstIndex(of: 10), let second = bytes[(first + 1)...].firstIndex(of: 10) else {
            throw ModelError.malformedCheckpoint("\(url.path) has no header lines")
        }
        guard String(decoding: bytes[0..<first], as: UTF8.self) == "\(magic) \(version)" else {
            throw ModelError.malformedCheckpoint("\(url.path) does not start with '\(magic) \(version)'")
        }
        // Strictly first: a key given twice would be read one way here and another way by a
        // script that inspects the header (the first value against the last).
        do { try StrictJSON.validate(Array(bytes[(first + 1)..<second]), document: "header", numbers: .finite) } catch let e as StrictJSON.Failure {
            throw ModelError.malformedCheckpoint("header of \(url.path) (line 2 of the file) is not valid: \(e.message)")
        }
        let header: CheckpointHeader
        do { header = try JSONDecoder().decode(CheckpointHeader.self, from: Data(bytes[(first + 1)..<second])) } catch {
            throw ModelError.malformedCheckpoint("header of \(url.path) is not valid: \(error)")
        }
        let n = header.parameterCount, count = header.training == nil ? 1 : 3
        let payload = bytes[(second + 1)...]
        let (expected, overflow) = n.multipliedReportingOverflow(by: count * 4)
        guard n >= 0, !overflow, payload.count == expected else {
            throw ModelError.malformedCheckpoint("payload of \(url.path) has \(payload.count) bytes at offset \(second + 1), "
                                                 + "but the header's parameterCount \(n) needs \(overflow || n < 0 ? "an impossible size" : "\(expected)")")
        }
        let floats = payload.withUnsafeBytes { raw in (0..<(n * count)).map { raw.loadUnaligned(fromByteOffset: $0 * 4, as: Float.self) } }
        let arrays = (0..<count).map { Array(floats[($0 * n)..<(($0 + 1) * n)]) }
        let model = try SequenceModel(config: header.model, parameters: arrays[0])
        // The table must be the one the configuration lays out, entry by entry (names, shapes and
        // offsets), so that a reader that trusts the table finds the same weights as this one.
        let table = header.parameters
        if table.count != model.layout.entries.count {
            throw ModelError.malformedCheckpoint("parameter table of \(url.path) has \(table.count) entries, but its model configuration lays out \(model.layout.entries.count)")
        }
        for (i, (entry, expected)) in zip(table, model.layout.entries).enumerated()
        where entry.name != expected.name || entry.shape != expected.shape || entry.offset != expected.offset {
            throw ModelError.malformedCheckpoint("parameter table of \(url.path), entry \(i + 1) ('\(entry.name)', shape \(entry.shape), offset \(entry.offset)) "
                                                 + "does not match its model configuration ('\(expected.name)', shape \(expected.shape), offset \(expected.offset))")
        }
        // A training state is resumed with training.config; its model must be the file's model.
        if let t = header.training, t.config.model != header.model {
            throw ModelError.malformedCheckpoint("training.config.model of \(url.path) (\(Self.summary(t.config.model))) disagrees with the model the file holds (\(Self.summary(header.model)))")
        }
        return (model, header, arrays)
    }
}

extension CheckpointFile {
    /// "dcd x2, width 64, state 16, mlpHidden 128, ..." for messages.
    static func summary(_ c: ModelConfig) -> String {
        "\(c.family.rawValue) x\(c.layers), width \(c.width), state \(c.state), mlpHidden \(c.mlpHidden), vocabulary \(c.vocabulary), outputs \(c.outputs)"
            + c.headList(auxiliaryName: "auxiliary heads") + ", norm \(c.norm.rawValue), activation \(c.activation.rawValue)"
    }
}

/// The JSON line of a checkpoint file.
struct CheckpointHeader: Codable {
    struct Parameter: Codable { var name: String; var shape: [Int]; var offset: Int }
    struct Training: Codable {
        var task: String
        var config: TrainingConfig
        var step: Int
        var beta1: Float, beta2: Float, epsilon: Float, weightDecay: Float
        var optimizerStep: Int
    }
    var formatVersion: Int
    var model: ModelConfig
    var parameters: [Parameter]
    var parameterCount: Int
    var training: Training?
}
