import Foundation
import Testing

/// `tower construct --export` and `tower train --export`: a safetensors file (header layout,
/// tensor names equal to the checkpoint's, metadata), and a bad path refused before any work.
/// The PyTorch round trip is in python/tests (`PythonPackageTests` runs it).
@Suite("--export (safetensors)")
struct ExportCommandTests {
    /// The header of a safetensors file: its JSON object and the size of the data after it.
    static func header(_ path: String) throws -> (json: [String: Any], headerBytes: Int, dataBytes: Int) {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let length = data.prefix(8).enumerated().reduce(0) { $0 | (Int($1.element) << (8 * $1.offset)) }
        let json = try #require(try JSONSerialization.jsonObject(with: data.subdata(in: 8..<(8 + length))) as? [String: Any])
        return (json, length, data.count - 8 - length)
    }

    @Test func witnessExportHoldsTheCheckpointsTensorsAndTheTable() throws {
        let dir = URL(fileURLWithPath: try TowerProcess.temporaryFile(named: "x", contents: "")).deletingLastPathComponent().path
        let r = try TowerProcess.run(["construct", "--group", "S3", "--lengths", "10", "--export", dir + "/s3.safetensors",
                                      "--model-out", dir + "/s3.ckpt"])
        #expect(r.status == 0, "\(r.stderr)")
        let (json, headerBytes, dataBytes) = try Self.header(dir + "/s3.safetensors")
        #expect(headerBytes % 8 == 0)
        let metadata = try #require(json["__metadata__"] as? [String: String])
        #expect(metadata["format"] == "tower-model" && metadata["group"] == "S3" && metadata["producer"] == "tower construct")
        let config = try #require(TowerProcess.jsonObject(metadata["model_config"] ?? ""))
        #expect(config["family"] as? String == "dcd" && config["layers"] as? Int == 2 && config["outputs"] as? Int == 6)
        // The checkpoint's parameter table, in the same order and shapes.
        let ckpt = try String(decoding: Data(contentsOf: URL(fileURLWithPath: dir + "/s3.ckpt")), as: UTF8.self)
        let ckptHeader = try #require(TowerProcess.jsonObject(ckpt.split(separator: "\n")[1]))
        let parameters = try #require(ckptHeader["parameters"] as? [[String: Any]])
        var end = 0
        for p in parameters {
            let name = try #require(p["name"] as? String)
            let entry = try #require(json[name] as? [String: Any], "\(name) missing")
            #expect(entry["dtype"] as? String == "F32")
            #expect(entry["shape"] as? [Int] == p["shape"] as? [Int], "\(name)")
            let offsets = try #require(entry["data_offsets"] as? [Int])
            #expect(offsets[0] == end, "\(name) is not right after the previous tensor")
            end = offsets[1]
        }
        let extra = ["reference.tokens": [4, 64], "reference.logits": [4, 64, 6], "task.cayley_table": [6, 6]]
        for (name, shape) in extra {
            let entry = try #require(json[name] as? [String: Any], "\(name) missing")
            #expect(entry["shape"] as? [Int] == shape, "\(name)")
            end = max(end, (entry["data_offsets"] as? [Int])?[1] ?? 0)
        }
        #expect(json.count == parameters.count + extra.count + 1)
        #expect(end == dataBytes)
    }

    @Test func trainExportNamesTheTaskAndMissingDirectoriesAreRefusedFirst() throws {
        let dir = URL(fileURLWithPath: try TowerProcess.temporaryFile(named: "x", contents: "")).deletingLastPathComponent().path
        let small = ["--model", "real11", "--layers", "1", "--steps", "5", "--width", "8", "--state", "2", "--batch", "4",
                     "--train-length", "8", "--eval-lengths", "8", "--eval-sequences", "2"]
        let ok = try TowerProcess.run(["train", "--group", "C4"] + small + ["--export", dir + "/c4.safetensors"])
        #expect(ok.status == 0, "\(ok.stderr)")
        let metadata = try #require(try Self.header(dir + "/c4.safetensors").json["__metadata__"] as? [String: String])
        #expect(metadata["task"] == "C4" && metadata["producer"] == "tower train")
        for command in [["train", "--group", "C4"] + small, ["construct", "--group", "S3", "--lengths", "10"]] {
            let bad = try TowerProcess.run(command + ["--export", dir + "/missing/m.safetensors"])
            #expect(bad.status == 2)
            #expect(bad.errorLines.count == 1, "\(bad.stderr)")
            #expect(bad.stderr.contains("--export: cannot write \(dir)/missing/m.safetensors"), "\(bad.stderr)")
            #expect(bad.stdout.isEmpty, "work started before the path was checked: \(bad.stdout)")
        }
    }
}
