import Foundation
import Testing

@Suite("tower probe")
struct ProbeCommandTests {
    @Test func probeOfASavedModelReportsTheWindowsAndTheEvaluatorsAccuracy() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tower-probe-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let ckpt = dir.appendingPathComponent("c3.ckpt").path
        let trained = try TowerProcess.run(["train", "--group", "C3", "--layers", "1", "--save", ckpt, "--json", "--seed", "2",
                                            "--eval-lengths", "40", "--eval-sequences", "6",
                                            "--steps", "3", "--train-length", "8", "--width", "8", "--state", "4", "--batch", "2"])
        #expect(trained.status == 0, "\(trained.stderr)")
        let r = try TowerProcess.run(["probe", ckpt, "--group", "C3", "--length", "40", "--sequences", "6", "--json"])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try #require(r.json)
        let windows = try #require(json["windows"] as? [[String: Any]])
        // Training length 8: windows end at 4, 8, 16, 32 and 40.
        #expect(windows.map { $0["end"] as? Int } == [4, 8, 16, 32, 40])
        #expect(windows.allSatisfy { ($0["state_size"] as? [Double])?.count == 1 })
        // Same seed and length as the training run's evaluation: the pooled accuracy is its accuracy at 40.
        var pooled = 0.0
        for w in windows { pooled += TowerProcess.number(w["accuracy"])! * Double((w["end"] as! Int) - (w["start"] as! Int)) }
        let evaluation = try #require((trained.lastLineJSON?["evaluations"] as? [[String: Any]])?.first)
        #expect(abs(pooled / 40 - TowerProcess.number(evaluation["per_token_accuracy"])!) < 1e-9)

        let table = try TowerProcess.run(["probe", ckpt, "--group", "C3", "--length", "40", "--sequences", "6"])
        #expect(table.status == 0)
        #expect(table.stdout.split(separator: "\n").count == 2 + 5)  // title, header, five windows

        let wrong = try TowerProcess.run(["probe", ckpt, "--group", "C5"])
        #expect(wrong.status == 2)
        #expect(wrong.errorLines.count == 1 && wrong.stderr.contains("trained on 'C3', not on 'C5'"))
        let missing = try TowerProcess.run(["probe", dir.appendingPathComponent("none.ckpt").path, "--group", "C3"])
        #expect(missing.status == 2 && missing.errorLines.count == 1)
        let badLength = try TowerProcess.run(["probe", ckpt, "--group", "C3", "--length", "1"])
        #expect(badLength.status != 0 && badLength.stderr.contains("--length"))
    }
}
