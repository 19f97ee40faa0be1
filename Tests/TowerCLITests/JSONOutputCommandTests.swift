import Foundation
import Testing

/// Issue 12: every `--json` goes through one configuration (`JSONLine`): one line, sorted keys,
/// slashes as they are. Before, `tower group` and `tower calc` wrote `a/b` and `tower crosscheck`
/// wrote `a\/b`.
@Suite("--json configuration")
struct JSONOutputCommandTests {
    @Test func pathsAndFractionsKeepTheirSlashesAndKeysAreSorted() throws {
        let dir = try SweepCommandTests.freshDirectory()
        let plan = try TowerProcess.run(["crosscheck", "--groups", "C2"] + SweepCommandTests.tiny + ["--out", dir, "--plan-only", "--json"])
        #expect(plan.status == 0)
        #expect(plan.stdout == "{\"cells\":2,\"out\":\"\(dir)\",\"plan\":\"\(dir)/plan.json\"}\n")
        let calc = try TowerProcess.run(["calc", "1/2 + 1/3", "--json"])
        #expect(calc.stdout == "{\"denominator\":\"6\",\"expression\":\"1/2 + 1/3\",\"numerator\":\"5\",\"result\":\"5/6\"}\n")
    }
}
