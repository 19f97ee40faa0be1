import Foundation
import Testing

/// Runs `tower group NAME --gap-script` over a sample of catalog groups and the resulting scripts in
/// real GAP (one GAP process for all of them): GAP must print AGREE for each. Skipped, with the
/// reason printed, only when `gap` is not on PATH and CI is not set; with CI set it always runs
/// (scripts/ensure-deps.sh installs GAP), and fails if GAP is missing.
@Suite("tower group --gap-script in GAP")
struct GapScriptAgreementTests {
    /// Solvable and non-solvable, nilpotent and not, simple, products and wreath products, the trivial group.
    static let sample = [
        "C6", "D8", "Q16", "S4", "A5", "S5", "A6", "Heis3", "AGL(1,7)", "GL(2,3)", "SL(2,5)", "PSL(2,7)",
        "PSL(3,2)", "M11", "M12", "Rubik", "Sylow2(S16)", "Sylow(3, S9)", "S3 x C2", "(C2 x C2) wr S3",
        "S4 wr S4", "A5 wr C2",
    ]

    static let gap: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/gap" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    static let runs = gap != nil || ProcessInfo.processInfo.environment["CI"] != nil

    @Test(.enabled(if: runs, "GAP (`gap`) is not on PATH and CI is not set: install it with `apt-get install gap` (scripts/ensure-deps.sh does)"))
    func everySampledGroupAgreesInGap() throws {
        let gap = try #require(Self.gap, "CI is set but `gap` is not on PATH; scripts/ensure-deps.sh installs it")
        let dir = URL(fileURLWithPath: try TowerProcess.temporaryFile(named: "driver.g", contents: "")).deletingLastPathComponent()
        var scripts: [String] = []
        for (i, name) in Self.sample.enumerated() {
            let path = dir.appendingPathComponent("group\(i).g").path
            let r = try TowerProcess.run(["group", name, "--gap-script", path])
            #expect(r.status == 0, "\(name): \(r.stderr)")
            scripts.append(path)
        }
        let trivial = dir.appendingPathComponent("trivial.g").path
        #expect(try TowerProcess.run(["group", "--generators", "()", "--gap-script", trivial]).status == 0)
        scripts.append(trivial)
        // A copy of the S4 script that claims the wrong order: GAP must report the difference.
        let s4 = try String(contentsOfFile: scripts[3], encoding: .utf8)
        let wrong = dir.appendingPathComponent("wrong.g").path
        try s4.replacingOccurrences(of: "[ \"Size\", Size, 24 ]", with: "[ \"Size\", Size, 25 ]")
            .replacingOccurrences(of: "TowerCheck(\"S4\"", with: "TowerCheck(\"S4 (wrong order)\"")
            .write(toFile: wrong, atomically: true, encoding: .utf8)
        scripts.append(wrong)

        let driver = dir.appendingPathComponent("driver.g").path
        let reads = scripts.map { "Read(\"\($0)\");" }.joined(separator: "\n")
        try "TowerKeepGAP := true;\n\(reads)\nQUIT;\n".write(toFile: driver, atomically: true, encoding: .utf8)
        let out = try Self.runGap(gap, driver)
        let lines = out.output.split(separator: "\n").map(String.init)
        let agree = lines.filter { $0.hasPrefix("AGREE ") }
        let differ = lines.filter { $0.hasPrefix("DIFFER ") }
        print("GAP agreement: \(agree.count) of \(Self.sample.count + 1) sampled groups")
        #expect(agree.count == Self.sample.count + 1, "\(out.output)")
        #expect(differ == ["DIFFER S4 (wrong order): Size: GAP 24, Tower 25"], "\(out.output)")
        // Run on its own, a script's exit status says whether GAP agreed.
        #expect(try Self.runGap(gap, wrong).status == 1)
    }

    /// `gap -q -A SCRIPT`: its output (stdout and stderr) and exit status (also TableCommandTests).
    static func runGap(_ gap: String, _ script: String) throws -> (output: String, status: Int32) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: gap)
        process.arguments = ["-q", "-A", script]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = TowerProcess.Deadline(process, seconds: 600)
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try deadline.finish("gap -q -A \(script)", stderr: data)
        return (String(decoding: data, as: UTF8.self), process.terminationStatus)
    }
}
