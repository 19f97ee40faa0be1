import Testing

@Suite("tower train")
struct TrainCommandTests {
    /// A run small enough to take milliseconds.
    static let tiny = ["--steps", "3", "--train-length", "8", "--eval-lengths", "8", "--eval-sequences", "2",
                       "--width", "8", "--state", "4", "--batch", "2"]

    @Test func trainJSONReportsTheRunItWasAskedFor() throws {
        let r = try TowerProcess.run(["train", "--group", "S3", "--json"] + Self.tiny)
        #expect(r.status == 0)
        let json = try #require(r.lastLineJSON)
        #expect(json["group"] as? String == "S3")
        #expect(json["steps"] as? Int == 3)
        #expect(json["layers"] as? Int == 2)
        let evaluations = try #require(json["evaluations"] as? [[String: Any]])
        #expect(evaluations.count == 1)
        #expect(evaluations.first?["length"] as? Int == 8)
        #expect(TowerProcess.number(json["final_loss"])?.isFinite == true)
    }

    @Test func trainWithSameSeedGivesSameLoss() throws {
        let args = ["train", "--group", "C4", "--json", "--seed", "7"] + Self.tiny
        let first = try TowerProcess.run(args), second = try TowerProcess.run(args)
        let loss = try #require(TowerProcess.number(first.lastLineJSON?["final_loss"]))
        #expect(loss.isFinite)
        #expect(TowerProcess.number(second.lastLineJSON?["final_loss"]) == loss)
    }

    @Test func trainWithoutGroupOrTaskFailsSayingSo() throws {
        let r = try TowerProcess.run(["train", "--steps", "2"])
        #expect(r.status != 0)
        #expect(r.stderr.contains("give exactly one of --group and --task"))
    }

    @Test func trainRejectsZeroLayersNamingTheFlag() throws {
        let r = try TowerProcess.run(["train", "--group", "S3", "--layers", "0"])
        #expect(r.status != 0)
        #expect(r.stderr.contains("--layers must be at least 1"))
    }

    @Test func trainRejectsMalformedEvalLengthsNamingTheItem() throws {
        let r = try TowerProcess.run(["train", "--group", "S3", "--eval-lengths", "8,x"])
        #expect(r.status != 0)
        #expect(r.stderr.contains("--eval-lengths: item 2"))
    }

    @Test func trainRejectsNaNLearningRateNamingTheFlag() throws {
        // Checked in validate(): a usage error (argument-parser's status 64), before any work.
        let r = try TowerProcess.run(["train", "--group", "S3", "--lr", "nan"] + Self.tiny)
        #expect(r.status != 0)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("--lr must be a positive number, got nan"))
    }

    @Test func trainRejectsUnknownGroupNamingIt() throws {
        let r = try TowerProcess.run(["train", "--group", "Q9z"] + Self.tiny)
        #expect(r.status == 2)
        #expect(r.errorLines.count == 1)
        #expect(r.stderr.hasPrefix("error: --group 'Q9z'"))
    }
}
