import Foundation
import Testing

/// `tower bench groups --gap` / `--sympy` run the repository's one copy of the timed code
/// (`bench/gap/groups.g`, `bench/sympy/groups.py`) on Tower's own generators: each system must
/// report the orders Tower found, and a missing file is a one-line usage error. The GAP test needs
/// GAP as the other GAP tests do; the SymPy test runs where python3 imports sympy.
@Suite("tower bench groups --gap / --sympy")
struct BenchGroupsCodeTests {
    static let bench = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("bench")

    static let sympy: Bool = {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import sympy"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }()

    /// The rows of a run over S4 and D8 with `system` ("gap" or "sympy") and its code file.
    static func rows(_ system: String, code: String) throws -> [[String: Any]] {
        let r = try TowerProcess.run(["bench", "groups", "--only", "S4", "--only", "D8", "--\(system)", "--json",
                                      "--\(system)-code", bench.appendingPathComponent(code).path])
        #expect(r.status == 0, "\(r.stderr)")
        let object = try #require(TowerProcess.jsonObject(r.stdout), "\(r.stdout)")
        #expect(object["all_orders_agree"] as? Bool == true, "\(r.stdout)")
        return object["groups"] as? [[String: Any]] ?? []
    }

    @Test(.enabled(if: GapScriptAgreementTests.runs, "GAP (`gap`) is not on PATH and CI is not set"))
    func gapReadsTheBenchFileAndAgrees() throws {
        _ = try #require(GapScriptAgreementTests.gap, "CI is set but `gap` is not on PATH")
        let rows = try Self.rows("gap", code: "gap/groups.g")
        #expect(rows.count == 2)
        #expect(rows.map { ($0["gap"] as? [String: Any])?["order"] as? String } == ["24", "8"])
        #expect(rows.map { ($0["gap"] as? [String: Any])?["derived_series_orders"] as? [String] } == [["24", "12", "4", "1"], ["8", "2", "1"]])
    }

    @Test(.enabled(if: sympy, "python3 cannot import sympy"))
    func sympyRunsTheBenchFileAndAgrees() throws {
        let rows = try Self.rows("sympy", code: "sympy/groups.py")
        #expect(rows.count == 2)
        #expect(rows.map { ($0["sympy"] as? [String: Any])?["order"] as? String } == ["24", "8"])
    }

    @Test(arguments: ["gap", "sympy"])
    func missingCodeIsAUsageError(system: String) throws {
        let r = try TowerProcess.run(["bench", "groups", "--only", "S4", "--\(system)", "--\(system)-code", "/no/such/code"])
        #expect(r.status == 2)
        #expect(r.errorLines.count == 1, "\(r.stderr)")
        #expect(r.stderr.contains("--\(system)-code: cannot read /no/such/code"))
    }
}
