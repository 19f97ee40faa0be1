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
        // Checked in validate(): a usage error (status 2, Tower's mapping of argument-parser's 64), before any work.
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

    @Test func trainDefaultsEvaluateToSixteenTimesTheTrainingLengthAndCarryTheTheory() throws {
        // Default lengths and theory; only the budget is shrunk so the test stays fast.
        let r = try TowerProcess.run(["train", "--group", "S4", "--model", "dcd", "--layers", "2", "--seed", "3", "--json", "--attempts", "1",
                                      "--steps", "2", "--batch", "2", "--width", "8", "--state", "2", "--eval-sequences", "1"])
        #expect(r.status == 0)
        let json = try #require(r.lastLineJSON)
        let lengths = (json["evaluations"] as? [[String: Any]])?.compactMap { $0["length"] as? Int }
        #expect(lengths == [60, 120, 250, 500, 1000])
        #expect(json["train_length"] as? Int == 60)
        #expect(json["predicted_min_depth"] as? Int == 3)
        #expect(json["derived_length"] as? Int == 3)
        #expect(TowerProcess.number(json["chance_level"]) == 1.0 / 24)
        #expect(json["learned"] as? Bool == false)
        #expect(json["guidance"] as? String == "none")
        // The theory is said before training, on stderr.
        #expect(r.stderr.contains("predicted minimal depth for dcd: 3 layer(s) (derived length); 2 layer(s) is forbidden; chance level 0.0417"))
    }

    @Test func trainStepsOptionOverridesTheRecipeRule() throws {
        // The rule would give S4 x3 10000 steps; --steps overrides it (checked on the recipe line).
        let r = try TowerProcess.run(["train", "--group", "S4", "--layers", "3", "--steps", "1", "--batch", "1", "--width", "4",
                                      "--state", "1", "--eval-lengths", "4", "--eval-sequences", "1"])
        #expect(r.status == 0)
        #expect(r.stderr.contains("recipe: 1 steps, batch 1"))
    }

    @Test func guidedTrainingReportsItsHeads() throws {
        let r = try TowerProcess.run(["train", "--group", "S4", "--layers", "3", "--guidance", "derived-series", "--json"] + Self.tiny)
        #expect(r.status == 0)
        #expect(r.lastLineJSON?["guidance"] as? String == "derived-series")
        // S4 > A4 > V4 > 1: heads for S4/A4 and S4/V4 after layers 1 and 2.
        #expect(r.stderr.contains("guidance derived-series (weight 1.0, heads [2, 6])"))
    }

    @Test func cascadeGuidanceReportsItsHeadsAndSurvivesAResume() throws {
        let save = try TowerProcess.temporaryFile(named: "cascade.ckpt", contents: "")
        let r = try TowerProcess.run(["train", "--group", "S4", "--layers", "3", "--guidance", "cascade", "--save", save, "--json"] + Self.tiny)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.lastLineJSON?["guidance"] as? String == "cascade")
        // Heads after layers 1 and 2: (S4/A4 coset, step in A4/V4) and (S4/V4 coset, step in V4).
        #expect(r.stderr.contains("guidance cascade (weight 1.0, heads [6, 24])"), "\(r.stderr)")
        let resumed = try TowerProcess.run(["train", "--group", "S4", "--layers", "3", "--guidance", "cascade", "--resume", save, "--json"] + Self.tiny)
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.lastLineJSON?["guidance"] as? String == "cascade")
    }

    /// The per-layer heads of `--guidance steps-states` (S4 > A4 > V4 > 1, three layers): on the
    /// transitions and on the states, [G : G'] = 2, [A4 : V4] = 3, [V4 : 1] = 4 classes; every
    /// head scored, and the checkpoint resumes with them.
    @Test func stepAndStateHeadsAreReportedScoredAndResumed() throws {
        let save = try TowerProcess.temporaryFile(named: "steps.ckpt", contents: "")
        let r = try TowerProcess.run(["train", "--group", "S4", "--layers", "3", "--guidance", "steps-states", "--attempts", "1",
                                      "--save", save, "--json"] + Self.tiny)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("guidance steps-states (weight 1.0, heads [6, 24], transition heads [2, 3, 4], state heads [2, 3, 4])"), "\(r.stderr)")
        let evaluation = try #require((r.lastLineJSON?["evaluations"] as? [[String: Any]])?.first)
        for (key, count) in [("head_accuracy", 2), ("step_accuracy", 3), ("state_accuracy", 3)] {
            let values = evaluation[key] as? [Double]
            #expect(values?.count == count, "\(key)")
            #expect(values?.allSatisfy { (0...1).contains($0) } == true, "\(key)")
        }
        #expect(r.stdout.contains("accuracy of the transition heads on layers 1, 2, 3 (the step each layer must add):"))
        #expect(r.stdout.contains("accuracy of the state heads on layers 1, 2, 3 (what each layer must have added up):"))
        let resumed = try TowerProcess.run(["train", "--group", "S4", "--layers", "3", "--guidance", "steps-states", "--attempts", "1",
                                            "--resume", save, "--json"] + Self.tiny)
        #expect(resumed.status == 0, "\(resumed.stderr)")
        // Transition heads read dcd phases: another family is refused in one line.
        let real = try TowerProcess.run(["train", "--group", "S4", "--model", "real11", "--layers", "3", "--guidance", "steps"] + Self.tiny)
        #expect(real.status == 2)
        #expect(real.stderr.contains("--guidance steps puts heads on the dcd layers' transition angles; the real11 family has none"), "\(real.stderr)")
    }

    @Test func defaultGuidanceIsCascadeForThreeLayersOnS4AndNoneWhenAskedOrShallower() throws {
        let auto = try TowerProcess.run(["train", "--group", "S4", "--layers", "3", "--json"] + Self.tiny)
        #expect(auto.status == 0, "\(auto.stderr)")
        #expect(auto.lastLineJSON?["guidance"] as? String == "cascade")
        #expect(auto.stderr.contains("guidance cascade (weight 1.0, heads [6, 24])"), "\(auto.stderr)")
        let plain = try TowerProcess.run(["train", "--group", "S4", "--layers", "3", "--guidance", "none", "--json"] + Self.tiny)
        #expect(plain.lastLineJSON?["guidance"] as? String == "none")
        #expect(!plain.stderr.contains("guidance cascade"))
        // Deeper than S3's derived length: plain first (a failed check is retried with cascade
        // guidance, so the kept attempt's guidance may be either; one attempt is plain).
        let shallow = try TowerProcess.run(["train", "--group", "S3", "--layers", "3", "--json"] + Self.tiny)
        #expect((shallow.lastLineJSON?["attempts"] as? [[String: Any]])?.first?["guidance"] as? String == "none")
        let once = try TowerProcess.run(["train", "--group", "S3", "--layers", "3", "--attempts", "1", "--json"] + Self.tiny)
        #expect(once.lastLineJSON?["guidance"] as? String == "none")
        // The rotation task has no derived series: the default is plain there, not an error.
        let rotations = try TowerProcess.run(["train", "--task", "rotations", "--layers", "3", "--json"] + Self.tiny)
        #expect(rotations.status == 0, "\(rotations.stderr)")
    }

    @Test func aFailedPlainTwoLayerRunIsRetriedWithCascadeGuidanceFromTheSameSeed() throws {
        // S3 with two layers (the default): plain first; three steps cannot pass the check, so the
        // second attempt is the cascade-guided run of the same seed, which is `--guidance cascade`.
        let r = try TowerProcess.run(["train", "--group", "S3", "--seed", "4", "--json"] + Self.tiny)
        #expect(r.status == 0, "\(r.stderr)")
        let json = try #require(r.lastLineJSON)
        let attempts = try #require(json["attempts"] as? [[String: Any]])
        #expect(attempts.map { $0["guidance"] as? String } == ["none", "cascade", "cascade"])
        #expect(attempts.map { $0["seed"] as? Int } == [4, 4, 4])
        #expect(attempts.map { ((TowerProcess.number($0["learning_rate"]) ?? 0) * 1e4).rounded() } == [30, 30, 60])
        #expect(r.stderr.contains("then cascade guidance, then cascade guidance at 2x the learning rate"), "\(r.stderr)")
        #expect(r.stderr.contains("training again with cascade guidance at learning rate 0.006 from seed 4"), "\(r.stderr)")
        #expect(r.stderr.contains("training again with cascade guidance from seed 4"), "\(r.stderr)")
        let kept = try #require(json["kept_attempt"] as? Int)
        #expect(json["guidance"] as? String == attempts[kept - 1]["guidance"] as? String)
        // The cascade run alone (its first attempt) checks exactly as attempt 2 did.
        let cascade = try TowerProcess.run(["train", "--group", "S3", "--seed", "4", "--guidance", "cascade", "--json"] + Self.tiny)
        let alone = try #require((cascade.lastLineJSON?["attempts"] as? [[String: Any]])?.first)
        #expect(alone["guidance"] == nil && alone["seed"] as? Int == 4)
        #expect(TowerProcess.number(alone["check_accuracy"]) == TowerProcess.number(attempts[1]["check_accuracy"]))
        // An explicit plain run keeps plain retries from derived seeds.
        let plain = try TowerProcess.run(["train", "--group", "S3", "--seed", "4", "--guidance", "none", "--json"] + Self.tiny)
        let plainAttempts = try #require(plain.lastLineJSON?["attempts"] as? [[String: Any]])
        // (seed 4's derived seed, as docs/training-recipe.md lists it)
        #expect(plainAttempts.map { $0["seed"] as? Int } == [4, 1638116481])
        #expect(plainAttempts.allSatisfy { $0["guidance"] == nil })
    }

    @Test func aFailedCheckTrainsASecondAttemptAndTheKeptOneIsReproducibleAlone() throws {
        // Three steps cannot pass the check (>= 0.9 at 4x the training length): both attempts run.
        // One layer: the retry is plain, from a derived seed.
        let r = try TowerProcess.run(["train", "--group", "S3", "--layers", "1", "--seed", "4", "--json"] + Self.tiny)
        #expect(r.status == 0, "\(r.stderr)")
        let json = try #require(r.lastLineJSON)
        let attempts = try #require(json["attempts"] as? [[String: Any]])
        #expect(attempts.count == 2)
        #expect(attempts.map { $0["attempt"] as? Int } == [1, 2])
        #expect(attempts[0]["seed"] as? Int == 4 && attempts[1]["seed"] as? Int != 4)
        #expect(attempts.allSatisfy { $0["check_length"] as? Int == 32 && TowerProcess.number($0["check_accuracy"]).map { $0 < 0.9 } == true })
        #expect(json["seed"] as? Int == 4)
        let kept = try #require(json["kept_attempt"] as? Int)
        let trainingSeed = try #require(json["training_seed"] as? Int)
        #expect(trainingSeed == attempts[kept - 1]["seed"] as? Int)
        #expect(r.stderr.contains("attempt 2 of 2"), "\(r.stderr)")
        #expect(r.stdout.contains("attempts: 2 (held-out accuracy at 32: "), "\(r.stdout)")
        // The kept attempt alone, from its own seed, is the same model: same loss, same evaluation.
        let alone = try TowerProcess.run(["train", "--group", "S3", "--layers", "1", "--seed", String(trainingSeed), "--attempts", "1", "--json"] + Self.tiny)
        let one = try #require(alone.lastLineJSON)
        #expect(one["attempts"] == nil && one["training_seed"] as? Int == trainingSeed)
        #expect(TowerProcess.number(one["final_loss"]) == TowerProcess.number(json["final_loss"]))
        #expect((one["evaluations"] as? [[String: Any]])?.first.flatMap { TowerProcess.number($0["per_token_accuracy"]) }
                == (json["evaluations"] as? [[String: Any]])?.first.flatMap { TowerProcess.number($0["per_token_accuracy"]) })
        for bad in ["0", "11"] {
            let e = try TowerProcess.run(["train", "--group", "S3", "--attempts", bad] + Self.tiny)
            #expect(e.status == 2 && e.stderr.contains("--attempts must be between 1 and 10, got \(bad)"), "\(e.stderr)")
        }
    }

    @Test func guidanceNeedsAGroup() throws {
        let r = try TowerProcess.run(["train", "--task", "rotations", "--guidance", "derived-series"] + Self.tiny)
        #expect(r.status != 0)
        #expect(r.stderr.contains("--guidance needs a group"))
    }

    @Test func evalPrecisionBothReportsFloatAndDouble() throws {
        let r = try TowerProcess.run(["train", "--group", "C6", "--layers", "1", "--eval-precision", "both", "--json"] + Self.tiny)
        #expect(r.status == 0)
        let json = try #require(r.lastLineJSON)
        #expect((json["evaluations_double"] as? [[String: Any]])?.count == 1)
        #expect(json["evaluation_precision"] as? String == "float")
    }
}
