import Foundation
import Testing

/// Issue 18: each input that once crashed, ran away or answered silently wrong, run through the
/// real binary. Every one must now end with a defined exit status (never a signal, which
/// `Process` reports as status 128+) and, for errors, one `error:` line naming the problem.
@Suite("robustness")
struct RobustnessCommandTests {
    private func expectOneLineError(_ r: TowerProcess.Result, containing text: String,
                                    sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(r.status == 2, "status \(r.status): \(r.stderr)", sourceLocation: sourceLocation)
        #expect(r.stderr.contains(text), "\(r.stderr)", sourceLocation: sourceLocation)
        #expect(!r.stderr.contains("NSCocoaErrorDomain"), sourceLocation: sourceLocation)
    }

    // MARK: Certificates read the same by every JSON reader

    private func s4Certificate() throws -> String {
        let path = try TowerProcess.temporaryFile(named: "s4.json", contents: "")
        let w = try TowerProcess.run(["group", "S4", "--certificate", path])
        #expect(w.status == 0, "\(w.stderr)")
        return path
    }

    /// The S4 certificate with `old` replaced by `new` (which must occur), written back to its file.
    private func editedS4Certificate(replacing old: String, with new: String,
                                     sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let path = try s4Certificate()
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains(old), sourceLocation: sourceLocation)
        try text.replacingOccurrences(of: old, with: new).write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func duplicateClaimKeyIsRefusedNamingTheKey() throws {
        // Python and jq keep the last value (a false claim); the checker once kept the first.
        let path = try editedS4Certificate(replacing: "\"claim\":{\"derived_length\":3}",
                                           with: "\"claim\":{\"derived_length\":3},\"claim\":{\"derived_length\":2}")
        let r = try TowerProcess.run(["verify", path])
        expectOneLineError(r, containing: "duplicate key \"claim\"")
        #expect(r.errorLines.count == 1)
        #expect(r.stdout.isEmpty)
    }

    @Test func duplicateGeneratorsKeyInsideTheObjectIsRefusedNamingWhere() throws {
        let path = try editedS4Certificate(replacing: "\"generators\":[\"(1,2,3,4)\",\"(1,2)\"]",
                                           with: "\"generators\":[\"(1,2,3,4)\",\"(1,2)\"],\"generators\":[\"(1,2)\"]")
        let r = try TowerProcess.run(["verify", path])
        expectOneLineError(r, containing: "object: duplicate key \"generators\"")
    }

    @Test func integerBeyondWhatReadersAgreeOnIsRefused() throws {
        let path = try editedS4Certificate(replacing: "\"degree\":4", with: "\"degree\":9223372036854775807")
        expectOneLineError(try TowerProcess.run(["verify", path]), containing: "object.degree: the integer 9223372036854775807 is outside")
    }

    @Test func validLineAndJSONNameTheObjectAndTheFileBySHA256() throws {
        let path = try s4Certificate()
        let r = try TowerProcess.run(["verify", path])
        #expect(r.status == 0)
        // sha256 of the canonical object {"degree":4,"generators":["(1,2,3,4)","(1,2)"],"type":"permutation_group"}.
        let objectHash = "4ac07d9b19e17516399befb909213c2599384e0cb58b0f0c2a8da50bc034f70d"
        #expect(r.stdout.contains("has derived length 3 [object sha256:\(objectHash), file sha256:"), "\(r.stdout)")
        let j = try TowerProcess.run(["verify", "--json", path])
        let json = try #require(j.json)
        #expect(json["object_sha256"] as? String == objectHash)
        let fileHash = try #require(json["file_sha256"] as? String)
        #expect(fileHash.count == 64)
        #expect(r.stdout.contains("file sha256:\(fileHash)]"))
        let object = try #require(json["object"] as? [String: Any])
        #expect(object["generators"] as? [String] == ["(1,2,3,4)", "(1,2)"])
    }

    /// A 1 MB program at degree 2^20 once exhausted memory; now refused before any permutation is built.
    @Test func certificateOfDegreeTwoToTheTwentyIsRefusedUpFront() throws {
        let lines = Array(repeating: "[0,1,1,1]", count: 1000).joined(separator: ",")
        let text = """
        {"format":"tower-certificate","version":1,"object":{"type":"permutation_group","degree":1048576,\
        "generators":["(1,2)","(3,4)"]},"claim":{"derived_length":1},"evidence":{"series":[{"program":[\(lines)],\
        "generators":[],"witness_program":[],"conjugates":[[],[]],"commutators":[[0],[]]}],\
        "lower_bound":{"program":[],"commutator":0}}}
        """
        let path = try TowerProcess.temporaryFile(named: "big.json", contents: text)
        let r = try TowerProcess.run(["verify", path])
        expectOneLineError(r, containing: "permutations of degree 1048576, more than the checker's limit")
    }

    @Test func exponentTwoToTheSixtyThreeIsRefusedAndLargeSafeExponentsAreFast() throws {
        // The lower bound's first program line starts [0,-1,...]: (1,2,3,4)^-1.
        let line = "\"program\":[[0,-1,0,1,0,1]"
        let huge = try editedS4Certificate(replacing: line, with: "\"program\":[[0,9223372036854775807,0,1,0,1]")
        expectOneLineError(try TowerProcess.run(["verify", huge]), containing: "9223372036854775807 is outside")
        // 2^53 - 1 = 3 mod 4: the same permutation as ^-1, so still VALID.
        let safe = try editedS4Certificate(replacing: line, with: "\"program\":[[0,9007199254740991,0,1,0,1]")
        #expect(try TowerProcess.run(["verify", safe]).status == 0)
    }

    // MARK: Crashes

    @Test(arguments: [["group"], ["construct", "--group"]])
    func deeplyNestedCatalogNameIsAnErrorNotAStackOverflow(prefix: [String]) throws {
        let name = String(repeating: "(", count: 40_000) + "C2" + String(repeating: ")", count: 40_000)
        let r = try TowerProcess.run(prefix + [name])
        expectOneLineError(r, containing: "parentheses nested more than 100 deep")
    }

    @Test func deeplyNestedCatalogNameInABatchLineFailsOnlyThatLine() throws {
        let name = String(repeating: "(", count: 40_000) + "C2" + String(repeating: ")", count: 40_000)
        let path = try TowerProcess.temporaryFile(named: "deep.jsonl", contents: "{\"catalog\":\"\(name)\"}\n{\"catalog\":\"S3\"}\n")
        let r = try TowerProcess.run(["group", "--batch", path])
        #expect(r.status == 2)
        let lines = r.stdout.split(separator: "\n").compactMap { TowerProcess.jsonObject($0) }
        #expect(lines.count == 2)
        #expect((lines.first?["error"] as? String)?.contains("nested more than 100 deep") == true)
        #expect(lines.last?["order"] as? String == "6")
    }

    @Test(arguments: [
        (["--layers", "9223372036854775807"], "--layers must be between 1 and 64"),
        (["--layers", "1000000000"], "--layers must be between 1 and 64"),
        (["--lengths", "9223372036854775807"], "--lengths: 9223372036854775807 is longer than the limit"),
        (["--lengths", "1000000000"], "--lengths: 1000000000 is longer than the limit"),
        (["--sequences", "9223372036854775807"], "--sequences must be between 1 and 10000"),
        (["--sequences", "1000000000"], "--sequences must be between 1 and 10000"),
        (["--lengths", "1000000"], "needs about"),
    ])
    func constructRefusesHugeOptionValues(options: [String], message: String) throws {
        let r = try TowerProcess.run(["construct", "--group", "C2 wr S3"] + options)
        expectOneLineError(r, containing: message)
    }

    /// The audit of 5 Dec 2026: each of these once ended in a signal (overflow trap, bad pointer)
    /// or ran on with gigabytes; each is now refused in one line before any work.
    @Test(arguments: [
        (["train", "--group", "C2", "--layers", "1", "--steps", "2", "--width", "9223372036854775807"], "--width must be at most 16777216"),
        (["train", "--group", "C2", "--layers", "1", "--steps", "2", "--batch", "9223372036854775807"], "--batch must be at most 65536"),
        (["train", "--group", "C2", "--layers", "1", "--steps", "2", "--batch", "1000000000"], "--batch must be at most 65536"),
        (["train", "--group", "C2", "--layers", "1", "--steps", "2", "--train-length", "9223372036854775807"], "--train-length must be at most 1000000"),
        (["train", "--group", "C2", "--layers", "1", "--steps", "2", "--eval-sequences", "2", "--eval-lengths", "10,9223372036854775807"],
         "--eval-lengths: 9223372036854775807 is longer than the limit of 1000000"),
        (["train", "--group", "C2", "--layers", "1", "--steps", "2", "--eval-lengths", "1000000"], "more than the limit of 10000000 tokens per length"),
        (["train", "--group", "C2", "--layers", "1", "--steps", "2", "--eval-sequences", "1000000000", "--eval-lengths", "10"],
         "--eval-sequences must be at most 1000000"),
        (["train", "--group", "C2", "--layers", "1", "--steps", "2", "--batch", "60000", "--train-length", "60000", "--eval-lengths", "10"],
         "above the limit of 4 GiB"),
        (["crosscheck", "--groups", "C2", "--layers", "1", "--models", "dcd", "--seeds", "9223372036854775807", "--plan-only"],
         "--seeds must be between 1 and 1000"),
        (["crosscheck", "--groups", "C2", "--layers", "1-9223372036854775807", "--models", "dcd", "--plan-only"],
         "--layers: 9223372036854775807 is deeper than the limit of 64 layers"),
        (["crosscheck", "--groups", "C2", "--layers", "1", "--models", "dcd", "--width", "9223372036854775807", "--plan-only"],
         "--width must be at most 16777216"),
        (["crosscheck", "--groups", "C2", "--layers", "1", "--models", "dcd", "--batch", "6000", "--train-length", "6000", "--eval-lengths", "100", "--plan-only"],
         "above the limit of 4 GiB"),
    ])
    func trainingOptionsPastTheirBoundsAreRefused(arguments: [String], message: String) throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("tower-bounds-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: out) }
        let r = try TowerProcess.run(arguments + (arguments[0] == "crosscheck" ? ["--out", out] : []))
        expectOneLineError(r, containing: message)
        #expect(!FileManager.default.fileExists(atPath: out + "/plan.json"))
    }

    /// C1000000 was refused only after its order was computed (about 40 s, 2.7 GB); its
    /// orbit of 10^6 points proves the order is above each command's limit at once.
    @Test(arguments: [
        (["train", "--group", "C1000000", "--layers", "1", "--steps", "1"], "has an orbit of more than 5000 points"),
        (["construct", "--group", "C1000000"], "order greater than 50000 (one orbit alone has more points)"),
    ])
    func groupsWithAnOrbitPastTheLimitAreRefusedAtOnce(arguments: [String], message: String) throws {
        let r = try TowerProcess.run(arguments)
        expectOneLineError(r, containing: message)
    }

    /// A group too large for a word problem is named with its order cut to four digits: the
    /// line held all 82 digits of 60! (and all 247 of |S60 wr C3|).
    @Test func tooLargeGroupsAreRefusedWithTheOrderAbbreviated() throws {
        let r = try TowerProcess.run(["train", "--group", "S60", "--layers", "1", "--steps", "1"])
        expectOneLineError(r, containing: "S60 has order 8.320e81 (82 digits), more than the 5000 a word problem allows")
        #expect(r.stderr.count < 300, "\(r.stderr)")
    }

    /// `--json` promises one object as the last line; a diverged rotation run printed none.
    @Test func aDivergedRunStillEndsWithItsJSONObject() throws {
        let r = try TowerProcess.run(["train", "--task", "rotations", "--model", "dcd", "--layers", "1", "--steps", "5",
                                      "--lr", "1e30", "--clip", "0", "--json"])
        #expect(r.status == 1, "\(r.stderr)")
        let json = try #require(r.lastLineJSON, "\(r.stdout)")
        #expect(json["diverged"] as? Bool == true)
        #expect(json["diverged_at_step"] as? Int == 2)
        #expect(json["last_good_step"] as? Int == 1)
        #expect(["inf", "nan"].contains(json["loss"] as? String ?? ""))
        #expect(json["task"] as? String == "rotations")
    }

    /// /proc passes permission checks for root but refuses new files: found before training.
    @Test(arguments: [
        (["train", "--group", "C2", "--layers", "1", "--steps", "2", "--save", "/proc/tower-x.ckpt"], "--save: cannot write /proc/tower-x.ckpt: /proc does not accept new files"),
        (["group", "S4", "--certificate", "/proc/tower-x.json"], "--certificate: cannot write /proc/tower-x.json: /proc does not accept new files"),
        (["table", "--groups", "C2", "--out", "/proc/tower-tbl"], "--out: cannot create /proc/tower-tbl: /proc does not accept new directories"),
    ])
    func pathsWhereNothingCanBeCreatedAreRefusedUpFront(arguments: [String], message: String) throws {
        guard FileManager.default.fileExists(atPath: "/proc/self") else { return }  // Linux only
        let r = try TowerProcess.run(arguments)
        expectOneLineError(r, containing: message)
        #expect(!r.stderr.contains("training"), "\(r.stderr)")
    }

    @Test func calcMaxBitsBeyondWhatGMPHandlesIsRefused() throws {
        let r = try TowerProcess.run(["calc", "--max-bits", "9223372036854775807", "2^(2^40)"])
        expectOneLineError(r, containing: "--max-bits must be at most 4294967296")
    }

    @Test(arguments: ["2^4000000/(1/2^4000000)", "3^4000000"])
    func calcSizeLimitHoldsForDivisionAndPowers(expression: String) throws {
        let r = try TowerProcess.run(["calc", expression])
        #expect(r.status == 2)
        #expect(r.stderr.contains("result too large"), "\(r.stderr)")
        #expect(r.stdout.isEmpty)
    }

    @Test func calcPowerJustInsideTheLimitStillWorks() throws {
        // 2^4000000 has 4000001 bits, under the default 2^22: the bound is exact for powers of two.
        let r = try TowerProcess.run(["calc", "2^4000000 - 2^4000000"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "0\n")
    }

    @Test func bchOrderSevenWithFourFactorsIsRefusedNotAborted() throws {
        let r = try TowerProcess.run(["lie", "bch", "--order", "7", "--factors", "4"])
        expectOneLineError(r, containing: "at most 4096 are supported")
    }

    // MARK: Files

    @Test func certificateIntoAMissingDirectoryIsOneLineNamingThePath() throws {
        let r = try TowerProcess.run(["group", "S4", "--certificate", "/missing/dir/x.json"])
        expectOneLineError(r, containing: "--certificate: cannot write /missing/dir/x.json: the directory /missing/dir does not exist")
        #expect(r.stdout.isEmpty)  // refused before the report
    }

    @Test func certificateOntoADirectoryIsRefused() throws {
        let dir = FileManager.default.temporaryDirectory.path
        expectOneLineError(try TowerProcess.run(["group", "S4", "--certificate", dir]), containing: "it is a directory")
    }

    @Test func missingInputFileSaysWhy() throws {
        expectOneLineError(try TowerProcess.run(["verify", "nope-tower-test.json"]),
                           containing: "cannot read nope-tower-test.json: no such file or directory")
        expectOneLineError(try TowerProcess.run(["group", "--batch", "/missing/b.jsonl"]),
                           containing: "--batch: cannot read /missing/b.jsonl: no such file or directory")
        expectOneLineError(try TowerProcess.run(["lie", "--matrices", "/missing/m.json"]),
                           containing: "--matrices: cannot read /missing/m.json: no such file or directory")
    }

    @Test func certificateIsWrittenAtomicallyLeavingNoTemporaryFile() throws {
        let path = try s4Certificate()
        let dir = (path as NSString).deletingLastPathComponent
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["s4.json"])
    }

    // MARK: Exit codes, batches, repeated options, names

    @Test func usageErrorsExitTwo() throws {
        let r = try TowerProcess.run(["group", "--no-such-option", "S4"])
        #expect(r.status == 2)
        #expect(try TowerProcess.run(["construct"]).status == 2)  // missing --group
    }

    @Test func argumentParserErrorsAreOneLineNamingTheHelp() throws {
        expectOneLineError(try TowerProcess.run(["group", "--no-such-option", "S4"]),
                           containing: "Unknown option '--no-such-option' (see 'tower group --help')")
        expectOneLineError(try TowerProcess.run(["lie", "bch", "--order", "0"]),
                           containing: "--order must be between 1 and 10 (see 'tower lie bch --help')")
        expectOneLineError(try TowerProcess.run(["train", "--width", "abc"]),
                           containing: "'abc' is invalid for '--width <width>'")
    }

    @Test func mistypedSubcommandGetsASuggestion() throws {
        let r = try TowerProcess.run(["grup", "S4"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("did you mean group?"), "\(r.stderr)")
        // `tower help grup` printed the overview, as if nothing were wrong.
        let help = try TowerProcess.run(["help", "grup"])
        #expect(help.status == 2)
        #expect(help.stdout.isEmpty)
        #expect(help.stderr.contains("unknown subcommand \"grup\"; did you mean group?"), "\(help.stderr)")
        // A known one still shows its help.
        let known = try TowerProcess.run(["help", "group"])
        #expect(known.status == 0 && known.stdout.contains("USAGE: tower group"), "\(known.stdout.prefix(300))")
    }

    /// A batch line that is not one JSON object says why: every malformed line was "not a JSON
    /// object", also `"degree": 1e400` (a number JSON readers cannot hold) and a valid array.
    @Test func batchLinesThatAreNotObjectsSayWhy() throws {
        let path = try TowerProcess.temporaryFile(named: "why.jsonl", contents: [
            #"{"generators": ["(1,2)"], "degree": 1e400}"#, "[1, 2]", #"{"generators": "#, "S4",
        ].joined(separator: "\n") + "\n")
        for command in ["group", "lie"] {
            let r = try TowerProcess.run([command, "--batch", path])
            #expect(r.status == 2)
            let errors = r.stdout.split(separator: "\n").compactMap { TowerProcess.jsonObject($0)?["error"] as? String }
            #expect(errors == [
                "line 1: not valid JSON (number 1e400 is out of range)",
                "line 2: a JSON value that is an array, not an object",
                "line 3: not valid JSON (unexpected end of file during JSON parse)",
                "line 4: not valid JSON (invalid value around character 0)",
            ], "\(command): \(r.stdout)")
        }
    }

    @Test func generatorsGivenTwiceIsRefused() throws {
        let r = try TowerProcess.run(["group", "--generators", "(1,2)", "--generators=(1,2,3)"])
        expectOneLineError(r, containing: "--generators is given twice")
    }

    @Test func crlfBatchIsReadLineByLineForGroupAndLie() throws {
        let group = try TowerProcess.temporaryFile(named: "crlf.jsonl", contents: "{\"catalog\":\"S3\"}\r\n{\"generators\":[\"(1,2)\"]}\r\n")
        let g = try TowerProcess.run(["group", "--batch", group])
        #expect(g.status == 0, "\(g.stderr)")
        let orders = g.stdout.split(separator: "\n").compactMap { TowerProcess.jsonObject($0)?["order"] as? String }
        #expect(orders == ["6", "2"])
        let lie = try TowerProcess.temporaryFile(named: "crlf-lie.jsonl",
                                                 contents: "{\"generators\":[[[0,1],[0,0]]]}\r\n{\"generators\":[[[1,0],[0,-1]]]}\r\n")
        let l = try TowerProcess.run(["lie", "--batch", lie])
        #expect(l.status == 0, "\(l.stderr)")
        let dims = l.stdout.split(separator: "\n").compactMap { TowerProcess.jsonObject($0)?["dimension"] as? Int }
        #expect(dims == [1, 1])
    }

    @Test func batchWithAFailedLineExitsTwoUnlessKeepGoing() throws {
        let path = try TowerProcess.temporaryFile(named: "bad.jsonl", contents: "{\"catalog\":\"S3\"}\nnot json\n{\"catalog\":\"S4\"}\n")
        let r = try TowerProcess.run(["group", "--batch", path])
        #expect(r.status == 2)
        #expect(r.stdout.split(separator: "\n").count == 3)  // every line processed
        #expect(r.stderr.contains("1 of 3 lines had errors"))
        let k = try TowerProcess.run(["group", "--batch", path, "--keep-going"])
        #expect(k.status == 0)
        #expect(k.stdout == r.stdout)
        let lie = try TowerProcess.temporaryFile(named: "bad-lie.jsonl", contents: "{\"generators\":[[[0,1],[0,0]]]}\n[]\n")
        #expect(try TowerProcess.run(["lie", "--batch", lie]).status == 2)
        #expect(try TowerProcess.run(["lie", "--batch", lie, "--keep-going"]).status == 0)
    }
}
