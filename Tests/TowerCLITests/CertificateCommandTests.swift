import Foundation
import Testing

/// `tower group|lie --certificate` and `tower verify`, end to end through the binary: the claim
/// written agrees with the report of the same command, `verify` prints VALID and exits 0, a
/// wrong claim is INVALID with exit 1, and an unreadable or malformed file exits 2 with one line.
@Suite("tower verify")
struct CertificateCommandTests {
    /// Writes a certificate with `tower <arguments> --certificate F --json`; returns the path and
    /// the report's JSON (from the same process).
    private func certify(_ arguments: [String], file: String) throws -> (path: String, report: [String: Any]) {
        let path = try TowerProcess.temporaryFile(named: file, contents: "")
        let r = try TowerProcess.run(arguments + ["--certificate", path, "--json"])
        #expect(r.status == 0, "\(arguments): \(r.stderr)")
        return (path, try #require(r.json, "\(arguments): \(r.stdout)"))
    }

    private func verify(_ path: String) throws -> TowerProcess.Result {
        try TowerProcess.run(["verify", path])
    }

    @Test(arguments: ["S4", "D8", "Q16", "S4 wr S4", "Heis3"])
    func derivedLengthCertificateVerifiesWithTheReportedLength(name: String) throws {
        let (path, report) = try certify(["group", name], file: "derived.json")
        let d = try #require(report["derived_length"] as? Int)
        let r = try verify(path)
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("VALID: "))
        #expect(r.stdout.contains("has derived length \(d) [object sha256:"), "\(r.stdout)")
    }

    @Test(arguments: ["A5", "M11", "A5 x A5"])
    func nonSolvableGroupsGetANotSolvableCertificate(name: String) throws {
        let (path, report) = try certify(["group", name], file: "notsolvable.json")
        #expect(report["solvable"] as? Bool == false)
        let r = try verify(path)
        #expect(r.status == 0)
        #expect(r.stdout.contains("is not solvable [object sha256:"), "\(r.stdout)")
    }

    /// Sylow2(S128) (class 64): its certificate needs the lower central series of a fresh group,
    /// which once ran into the general method and out of memory.
    @Test(arguments: ["D8", "Q16", "Heis3", "Sylow2(S16)", "Sylow2(S128)", "S3", "S4"])
    func nilpotencyCertificateAgreesWithTheReportedClass(name: String) throws {
        let (path, report) = try certify(["group", name, "--certificate-claim", "nilpotency"], file: "nilpotency.json")
        let r = try verify(path)
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        if let c = report["nilpotency_class"] as? Int {
            #expect(r.stdout.contains("is nilpotent of class \(c) [object sha256:"), "\(r.stdout)")
        } else {
            #expect(report["nilpotent"] as? Bool == false)
            #expect(r.stdout.contains("is not nilpotent [object sha256:"), "\(r.stdout)")
        }
    }

    @Test func lieCertificateOfSo3SaysNotSolvable() throws {
        let path = try TowerProcess.temporaryFile(named: "so3.json", contents: "")
        let w = try TowerProcess.run(["lie", "so(3)", "--certificate", path])
        #expect(w.status == 0, "\(w.stderr)")
        let r = try verify(path)
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("VALID: ") && r.stdout.contains("is not solvable [object sha256:"), "\(r.stdout)")
    }

    /// Derived length 3 claimed as 2 or 4: the series evidence no longer fits, exit 1.
    @Test(arguments: [2, 4])
    func changedClaimIsInvalid(length: Int) throws {
        let (path, _) = try certify(["group", "S4"], file: "s4.json")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("\"claim\":{\"derived_length\":3}"))
        let edited = text.replacingOccurrences(of: "\"claim\":{\"derived_length\":3}", with: "\"claim\":{\"derived_length\":\(length)}")
        try edited.write(toFile: path, atomically: true, encoding: .utf8)
        let r = try verify(path)
        #expect(r.status == 1)
        #expect(r.stdout.hasPrefix("INVALID: "), "\(r.stdout)")
        #expect(r.stdout.split(separator: "\n").count == 1)
    }

    @Test func truncatedFileExitsTwoWithOneLine() throws {
        let (path, _) = try certify(["group", "S4"], file: "s4.json")
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        try data.prefix(data.count / 2).write(to: URL(fileURLWithPath: path))
        let r = try verify(path)
        #expect(r.status == 2)
        #expect(r.stdout.isEmpty)
        #expect(r.errorLines.count == 1)
        #expect(r.errorLines.first?.hasPrefix("error: ") == true, "\(r.stderr)")
    }

    @Test func missingFileExitsTwoNamingIt() throws {
        let r = try verify("/nonexistent/tower-certificate.json")
        #expect(r.status == 2)
        #expect(r.errorLines.count == 1)
        #expect(r.stderr.contains("/nonexistent/tower-certificate.json"))
    }

    @Test func certificateClaimWithoutCertificateIsRejected() throws {
        let r = try TowerProcess.run(["group", "S3", "--certificate-claim", "nilpotency"])
        #expect(r.status != 0)
        #expect(r.stderr.contains("--certificate-claim needs --certificate"))
    }
}
