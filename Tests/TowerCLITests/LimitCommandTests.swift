import Testing

/// Issue 18, item 7: inputs whose cost is known in advance are refused before the work starts,
/// naming the limit (exit 2), rather than allocating terabytes or running for minutes.
@Suite("limits")
struct LimitCommandTests {
    @Test func witnessModelTooLargeIsRefusedBeforeAllocating() throws {
        let r = try TowerProcess.run(["construct", "--group", "Sylow2(S16)"])
        #expect(r.status == 2, "\(r.stderr)")
        #expect(r.stderr == "error: --group 'Sylow2(S16)': the witness model would have 590977804390 parameters "
                + "(2201 GiB in Float), above the limit of 268435456 (1 GiB)\n")
        #expect(r.stdout.isEmpty)
    }

    @Test func evaluationWorkAboveTheLimitIsRefusedBeforeEvaluating() throws {
        // C100's witness has 162105 parameters: 400000 tokens twice is 1.3e11 multiply-adds.
        let r = try TowerProcess.run(["construct", "--group", "C100", "--lengths", "10000", "--sequences", "40"])
        #expect(r.status == 2, "\(r.stderr)")
        #expect(r.stderr.hasPrefix("error: --lengths: evaluating 400000 tokens (in Float and Double) with this model of 162105 parameters "
                                   + "takes about 129684000000 multiply-adds, above the limit of 100000000000"), "\(r.stderr)")
        #expect(r.stdout.isEmpty)
        // A small evaluation of the same model is accepted.
        let ok = try TowerProcess.run(["construct", "--group", "C100", "--lengths", "10", "--sequences", "2"])
        #expect(ok.status == 0, "\(ok.stderr)")
    }
}
