import Foundation

/// The safetensors format (the tensor file format of the Hugging Face `safetensors` package), written without the library:
///
///     <8 bytes: N, the header's length, unsigned little-endian>
///     <N bytes: JSON {"NAME": {"dtype": "F32" | "I32", "shape": [...], "data_offsets": [begin, end]},
///                     ..., "__metadata__": {"key": "string value", ...}}, padded with spaces to a multiple of 8>
///     <the tensors' bytes, little-endian, one after another; offsets count from here>
///
/// Tensors keep the order given; names and metadata keys must be unique.
public enum SafetensorsFile {
    public enum Values: Sendable, Equatable {
        case float32([Float])
        case int32([Int32])

        var dtype: String {
            switch self {
            case .float32: "F32"
            case .int32: "I32"
            }
        }

        var count: Int {
            switch self {
            case .float32(let v): v.count
            case .int32(let v): v.count
            }
        }
    }

    public struct Tensor: Sendable, Equatable {
        public var name: String
        public var shape: [Int]
        public var values: Values

        public init(name: String, shape: [Int], values: Values) {
            self.name = name; self.shape = shape; self.values = values
        }
    }

    /// The file's bytes. Throws `ModelError.invalidConfig` for a tensor whose value count is not
    /// the product of its shape, or a repeated name.
    public static func encode(_ tensors: [Tensor], metadata: [String: String]) throws -> Data {
        var header: [String: Any] = [:]
        var offset = 0
        for t in tensors {
            guard t.values.count == t.shape.reduce(1, *) else {
                throw ModelError.invalidConfig("safetensors: \(t.name) has \(t.values.count) values for shape \(t.shape)")
            }
            guard header[t.name] == nil, t.name != "__metadata__" else {
                throw ModelError.invalidConfig("safetensors: the name \(t.name) is used twice")
            }
            let bytes = 4 * t.values.count
            header[t.name] = ["dtype": t.values.dtype, "shape": t.shape, "data_offsets": [offset, offset + bytes]] as [String: Any]
            offset += bytes
        }
        if !metadata.isEmpty { header["__metadata__"] = metadata }
        var json = try JSONSerialization.data(withJSONObject: header, options: [.sortedKeys, .withoutEscapingSlashes])
        json.append(contentsOf: [UInt8](repeating: 0x20, count: (8 - json.count % 8) % 8))
        var data = Data(capacity: 8 + json.count + offset)
        withUnsafeBytes(of: UInt64(json.count).littleEndian) { data.append(contentsOf: $0) }
        data.append(json)
        for t in tensors {
            switch t.values {
            case .float32(let v): v.map { $0.bitPattern.littleEndian }.withUnsafeBytes { data.append(contentsOf: $0) }
            case .int32(let v): v.map { $0.littleEndian }.withUnsafeBytes { data.append(contentsOf: $0) }
            }
        }
        return data
    }
}
