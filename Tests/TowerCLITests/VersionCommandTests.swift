import Testing

@Suite("tower version")
struct VersionCommandTests {
    @Test func versionPrintsOneLineNamingTower() throws {
        let r = try TowerProcess.run(["version"])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("tower ") == true)
        #expect((lines.first?.count ?? 0) > "tower ".count)
    }

    @Test func unknownSubcommandFails() throws {
        let r = try TowerProcess.run(["no-such-command"])
        #expect(r.status != 0)
        #expect(!r.stderr.isEmpty)
    }
}
