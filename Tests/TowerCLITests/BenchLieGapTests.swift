import Foundation
import Testing

/// `tower bench lie --gap` runs the repository's one copy of the timed GAP code
/// (`bench/gap/lie.g`) on Tower's own matrices: GAP must agree on every case, and a missing file
/// is a one-line usage error. Needs GAP as the other GAP tests do (skipped without it unless CI).
@Suite("tower bench lie --gap")
struct BenchLieGapTests {
    static let timedCode = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("bench/gap/lie.g").path

    @Test(.enabled(if: GapScriptAgreementTests.runs, "GAP (`gap`) is not on PATH and CI is not set"))
    func gapReadsTheBenchFileAndAgrees() throws {
        _ = try #require(GapScriptAgreementTests.gap, "CI is set but `gap` is not on PATH")
        let r = try TowerProcess.run(["bench", "lie", "--sizes", "2,3", "--gap", "--json", "--gap-code", Self.timedCode])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = r.stdout.split(separator: "\n").compactMap { TowerProcess.jsonObject($0) }
        #expect(rows.count == 4)  // gl(2), gl(3), b(2), b(3)
        #expect(rows.allSatisfy { $0["gap_agrees"] as? Bool == true }, "\(r.stdout)")
        #expect(rows.compactMap { $0["dimension"] as? Int } == [4, 9, 3, 5])
    }

    @Test func missingGapCodeIsAUsageError() throws {
        let r = try TowerProcess.run(["bench", "lie", "--sizes", "2", "--gap", "--gap-code", "/no/such/lie.g"])
        #expect(r.status == 2)
        #expect(r.errorLines.count == 1, "\(r.stderr)")
        #expect(r.stderr.contains("--gap-code: cannot read /no/such/lie.g"))
    }
}
