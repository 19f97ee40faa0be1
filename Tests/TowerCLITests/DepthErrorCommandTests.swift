import Foundation
import Testing

/// `tower lie depth-error`, `crosscheck --angle-scales` and `train --angle-scale`: the predicted
/// exponents as JSON, and bad input refused with exit status 2 before any training.
@Suite struct DepthErrorCommandTests {
    @Test func lieDepthErrorPrintsTheComputedAndThePapersExponents() throws {
        let r = try TowerProcess.run(["lie", "depth-error", "--generators", "3", "--layers", "1-3", "--json"])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = try #require(r.lastLineJSON?["exponents"] as? [[String: Any]])
        #expect(rows.count == 3)
        #expect(rows.map { TowerProcess.number($0["predicted_algebra"]) } == [2, 4, 8])
        #expect(rows.map { TowerProcess.number($0["predicted_paper"]) } == [2, 3, 5])
    }

    @Test func badAngleScalesAreRefusedBeforeTraining() throws {
        let cases: [([String], String)] = [
            (["crosscheck", "--task", "rotations", "--angle-scales", "0.2,0", "--out", "/tmp/never-written"], "every EPS must be positive"),
            (["crosscheck", "--task", "rotations", "--angle-scales", "0.2,x", "--out", "/tmp/never-written"], "item 2 'x' is not a non-negative number"),
            (["crosscheck", "--groups", "S3", "--angle-scales", "0.2"], "--angle-scales goes with --task rotations"),
            (["train", "--group", "S3", "--angle-scale", "0.1"], "--angle-scale goes with --task rotations"),
            (["train", "--task", "rotations", "--angle-scale", "0"], "--angle-scale must be a positive number"),
            (["crosscheck", "--task", "max-length", "--lengths", "2,0", "--out", "/tmp/never-written"], "--lengths: item 2 '0' is not a positive integer"),
            (["crosscheck", "--task", "max-length", "--groups", "S3x", "--out", "/tmp/never-written"], "--groups: 'S3x' is not a catalog group"),
        ]
        for (arguments, text) in cases {
            let r = try TowerProcess.run(arguments)
            #expect(r.status == 2, "\(arguments): status \(r.status)")
            #expect(r.stderr.contains(text), "\(arguments): \(r.stderr)")
            #expect(r.stdout.isEmpty)
        }
        #expect(!FileManager.default.fileExists(atPath: "/tmp/never-written"))
    }
}
