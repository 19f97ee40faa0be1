import Foundation
import Testing

/// Issue 18, files: `train --save` / `--resume` and `crosscheck --out` / `--from` are checked
/// before any training, each problem one `error:` line naming the path and the reason (exit 2),
/// never a raw `NSCocoaErrorDomain` dump.
@Suite("output paths")
struct OutputPathCommandTests {
    private func expectOneLineError(_ r: TowerProcess.Result, _ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(r.status == 2, "status \(r.status): \(r.stderr)", sourceLocation: sourceLocation)
        #expect(r.errorLines.count == 1, "\(r.stderr)", sourceLocation: sourceLocation)
        #expect(r.stderr == "error: \(text)\n", sourceLocation: sourceLocation)
    }

    /// Training that would take minutes if the check came after it.
    private let long = ["train", "--group", "S4", "--steps", "100000"]

    @Test func saveIntoAMissingDirectoryIsRefusedBeforeTraining() throws {
        let r = try TowerProcess.run(long + ["--save", "/missing-tower-dir/x.ckpt"])
        expectOneLineError(r, "--save: cannot write /missing-tower-dir/x.ckpt: the directory /missing-tower-dir does not exist")
        #expect(r.stdout.isEmpty)
    }

    @Test func saveOntoADirectoryIsRefusedBeforeTraining() throws {
        let dir = (try TowerProcess.temporaryFile(named: "x", contents: "") as NSString).deletingLastPathComponent
        expectOneLineError(try TowerProcess.run(long + ["--save", dir]), "--save: cannot write \(dir): it is a directory, not a file")
    }

    @Test func resumeFromAMissingFileOrADirectoryIsRefused() throws {
        expectOneLineError(try TowerProcess.run(long + ["--resume", "/missing-tower-dir/x.ckpt"]),
                           "--resume: cannot read /missing-tower-dir/x.ckpt: no such file or directory")
        let dir = (try TowerProcess.temporaryFile(named: "x", contents: "") as NSString).deletingLastPathComponent
        expectOneLineError(try TowerProcess.run(long + ["--resume", dir]), "--resume: cannot read \(dir): it is a directory, not a file")
    }

    @Test func saveWritesACheckpointThatResumes() throws {
        let path = try TowerProcess.temporaryFile(named: "c2.ckpt", contents: "")
        let first = try TowerProcess.run(["train", "--group", "C2", "--layers", "1", "--save", path] + TrainCommandTests.tiny)
        #expect(first.status == 0, "\(first.stderr)")
        let dir = (path as NSString).deletingLastPathComponent
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["c2.ckpt"])  // no temporary left
        let second = try TowerProcess.run(["train", "--group", "C2", "--layers", "1", "--resume", path] + TrainCommandTests.tiny)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stderr.contains("resuming 'C2' from step 3 of \(path)"))
    }

    // MARK: crosscheck --out

    private let crosscheck = ["crosscheck", "--groups", "S4", "--models", "dcd", "--layers", "1-4", "--steps", "100000"]

    @Test func outOntoAFileIsRefusedBeforeTraining() throws {
        let file = try TowerProcess.temporaryFile(named: "afile", contents: "x")
        expectOneLineError(try TowerProcess.run(crosscheck + ["--out", file]), "--out: cannot write into \(file): it is a file, not a directory")
        expectOneLineError(try TowerProcess.run(crosscheck + ["--out", file + "/sub"]),
                           "--out: cannot write into \(file)/sub: a part of the path is not a directory")
    }

    @Test func emptyOutIsRefused() throws {
        expectOneLineError(try TowerProcess.run(crosscheck + ["--out", ""]), "--out: the directory name is empty")
    }

    @Test func nonEmptyDirectoryWithoutAReportIsRefused() throws {
        let file = try TowerProcess.temporaryFile(named: "notes.txt", contents: "mine")
        let dir = (file as NSString).deletingLastPathComponent
        expectOneLineError(try TowerProcess.run(crosscheck + ["--out", dir]),
                           "--out: \(dir) is not empty (notes.txt) and holds no earlier report (crosscheck.json); give a new or empty directory")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["notes.txt"])
    }

    /// The committed example report, re-rendered with --from (no training).
    private var example: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("examples/crosscheck/crosscheck.json").path
    }

    @Test func anEarlierReportIsReplacedOnlyWithOverwriteAndStalePlotsGo() throws {
        let dir = (try TowerProcess.temporaryFile(named: "README.md", contents: "kept") as NSString).deletingLastPathComponent
        let out = dir + "/report"
        let first = try TowerProcess.run(["crosscheck", "--from", example, "--out", out])
        #expect(first.status == 0, "\(first.stderr)")
        let written = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        #expect(written.contains("crosscheck.json") && written.contains("index.html"))
        expectOneLineError(try TowerProcess.run(["crosscheck", "--from", example, "--out", out]),
                           "--out: \(out) already holds a report (crosscheck.json); give --overwrite to replace it, or a new directory")
        try Data("stale".utf8).write(to: URL(fileURLWithPath: out + "/length-zz-dcd.svg"))
        try Data("mine".utf8).write(to: URL(fileURLWithPath: out + "/notes.txt"))
        let again = try TowerProcess.run(["crosscheck", "--from", example, "--out", out, "--overwrite"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).sorted() == (written + ["notes.txt"]).sorted())
    }

    @Test func fromAMissingOrMalformedFileIsOneLine() throws {
        let dir = (try TowerProcess.temporaryFile(named: "x.json", contents: "{}") as NSString).deletingLastPathComponent
        expectOneLineError(try TowerProcess.run(["crosscheck", "--from", "/missing-tower-dir/c.json", "--out", dir + "/r"]),
                           "--from: cannot read /missing-tower-dir/c.json: no such file or directory")
        let r = try TowerProcess.run(["crosscheck", "--from", dir + "/x.json", "--out", dir + "/r"])
        #expect(r.status == 2)
        #expect(r.stderr.hasPrefix("error: --from: \(dir)/x.json is not a crosscheck.json report ("), "\(r.stderr)")
    }

    @Test func missingGapFileSaysWhy() throws {
        expectOneLineError(try TowerProcess.run(["group", "--gap-file", "/missing-tower-dir/g.g"]),
                           "--gap-file: cannot read /missing-tower-dir/g.g: no such file or directory")
    }
}
