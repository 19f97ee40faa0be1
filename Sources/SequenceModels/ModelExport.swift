import Foundation
import FloatBackend

/// A model as a safetensors file for other frameworks (`tower train --export`, `tower construct
/// --export`; docs/python.md has the PyTorch loader):
/// - every parameter under its `ParameterLayout` name and shape (weights `[in, out]`, so
///   `u W` is `u @ W`: transpose for `torch.nn.Linear`), F32;
/// - `reference.tokens` I32 `[4, 64]` (seeded, fixed) and `reference.logits` F32 `[4, 64, C]`:
///   Tower's own outputs on them in Float, so a reimplementation can check itself against the file;
/// - for a word problem of order at most `maximumTableOrder`, `task.cayley_table` I32 `[n, n]`
///   (entry [i, j] = index of element_i * element_j; token i is element i, identity 0);
/// - metadata: `format` = `tower-model`, `format_version` = 1, `model_config` (the `ModelConfig` as
///   JSON, the checkpoint header's `model`), plus whatever the caller adds (task, group, elements).
public enum ModelExport {
    public static let formatVersion = 1
    public static let referenceShape = (batch: 4, length: 64)
    public static let maximumTableOrder = 1024

    public static func safetensors(model: SequenceModel, cayleyTable: [Int]? = nil, order: Int? = nil,
                                   metadata extra: [String: String] = [:]) throws -> Data {
        var tensors = model.layout.entries.map {
            SafetensorsFile.Tensor(name: $0.name, shape: $0.shape, values: .float32(Array(model.parameters[$0.range])))
        }
        let (batch, length) = referenceShape
        var rng = SplitMix64(seed: 0x5AFE_7E57, stream: 0)
        let tokens = (0..<(batch * length)).map { _ in Int(rng.next() % UInt64(model.config.vocabulary)) }
        let logits: Tensor<Float> = try model.outputs(tokens: tokens, batch: batch, length: length)
        tensors.append(.init(name: "reference.tokens", shape: [batch, length], values: .int32(tokens.map { Int32($0) })))
        tensors.append(.init(name: "reference.logits", shape: [batch, length, model.config.outputs], values: .float32(logits.storage)))
        if let cayleyTable, let order, order <= maximumTableOrder, cayleyTable.count == order * order {
            tensors.append(.init(name: "task.cayley_table", shape: [order, order], values: .int32(cayleyTable.map { Int32($0) })))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var metadata = extra
        metadata["format"] = "tower-model"
        metadata["format_version"] = String(formatVersion)
        metadata["model_config"] = String(decoding: try encoder.encode(model.config), as: UTF8.self)
        return try SafetensorsFile.encode(tensors, metadata: metadata)
    }
}
