import Foundation
import Testing

/// `tower group --batch` on every GAP transitive-group fixture, fed only `id`, `degree` and
/// `generators` (GAP's answers are stripped, so nothing can be echoed back), compared field by field.
@Suite("tower group --batch against GAP")
struct GroupBatchAgreementTests {
    static let fixture = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("GroupsTests/Fixtures/transitive.jsonl")

    static let comparedFields = [
        "order", "derived_series_orders", "lower_central_series_orders", "solvable", "abelian",
        "nilpotent", "derived_length", "nilpotency_class", "composition_factor_orders",
    ]

    @Test func batchOfAllTransitiveGroupsAgreesWithGAP() throws {
        let text = try String(contentsOf: Self.fixture, encoding: .utf8)
        let expected = text.split(separator: "\n").compactMap { TowerProcess.jsonObject($0) }
        #expect(expected.count == 475)
        let inputs = try expected.map { gap -> String in
            let input: [String: Any] = ["id": gap["id"]!, "degree": gap["degree"]!, "generators": gap["generators"]!]
            return String(decoding: try JSONSerialization.data(withJSONObject: input, options: [.sortedKeys]), as: UTF8.self)
        }
        let path = try TowerProcess.temporaryFile(named: "transitive-input.jsonl", contents: inputs.joined(separator: "\n") + "\n")
        let r = try TowerProcess.run(["group", "--batch", path])
        #expect(r.status == 0)
        let outputs = r.stdout.split(separator: "\n").compactMap { TowerProcess.jsonObject($0) }
        try #require(outputs.count == expected.count)
        for (gap, ours) in zip(expected, outputs) {
            let id = gap["id"] as? String ?? "?"
            #expect(ours["error"] == nil, "\(id): \(ours["error"] ?? "")")
            #expect(ours["id"] as? String == id)
            for field in Self.comparedFields {
                #expect(Self.same(gap[field], ours[field]), "\(id) field \(field): GAP \(gap[field] ?? "nil"), tower \(ours[field] ?? "nil")")
            }
        }
    }

    /// JSON equality through a canonical re-encoding (null, numbers, booleans, arrays of strings).
    static func same(_ a: Any?, _ b: Any?) -> Bool {
        func canonical(_ v: Any?) -> String {
            guard let v, !(v is NSNull) else { return "null" }
            let data = try? JSONSerialization.data(withJSONObject: [v], options: [.sortedKeys])
            return data.map { String(decoding: $0, as: UTF8.self) } ?? "\(v)"
        }
        return canonical(a) == canonical(b)
    }
}
