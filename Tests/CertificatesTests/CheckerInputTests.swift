import Foundation
import Testing
@testable import Certificates

func formatError(_ json: String) -> String? {
    do {
        _ = try CertificateChecker.check(json: Data(json.utf8))
        return nil
    } catch let e as CertificateFormatError {
        return e.message
    } catch {
        return nil
    }
}

@Test func truncatedFileIsAFormatError() {
    let text = HandMade.s3DerivedLength
    #expect(formatError(String(text.prefix(text.count / 2)))?.hasPrefix("not valid JSON") == true)
}

@Test func missingFieldIsAFormatErrorNamingIt() {
    let changed = HandMade.s3DerivedLength.replacingOccurrences(of: "\"witness_program\": [[0, -1]],", with: "")
    #expect(formatError(changed) == "evidence.series[0]: missing field \"witness_program\"")
}

@Test func pointOutsideTheDegreeIsAFormatError() {
    let changed = HandMade.s3DerivedLength.replacingOccurrences(of: "\"(1,2,3)\", \"(1,2)\"", with: "\"(1,2,3)\", \"(1,4)\"")
    #expect(formatError(changed) == "object.generators[1]: \"(1,4)\": \"4\" is not a point of 1...3")
}

@Test func repeatedPointIsAFormatError() {
    let changed = HandMade.s3DerivedLength.replacingOccurrences(of: "\"(1,2,3)\", \"(1,2)\"", with: "\"(1,2,1)\", \"(1,2)\"")
    #expect(formatError(changed)?.contains("point 1 appears twice") == true)
}

@Test func wrongFormatNameIsAFormatError() {
    let changed = HandMade.s3DerivedLength.replacingOccurrences(of: "tower-certificate", with: "other")
    #expect(formatError(changed)?.hasPrefix("format:") == true)
}

@Test func unknownVersionIsAFormatError() {
    let changed = HandMade.s3DerivedLength.replacingOccurrences(of: "\"version\": 1", with: "\"version\": 2")
    #expect(formatError(changed)?.contains("unsupported version 2") == true)
}

@Test func positiveSolvableClaimIsAFormatError() {
    let changed = HandMade.a5NotSolvable.replacingOccurrences(of: "\"solvable\": false", with: "\"solvable\": true")
    #expect(formatError(changed)?.hasPrefix("claim.solvable") == true)
}

@Test func malformedRationalIsAFormatError() {
    let changed = HandMade.so3NotSolvable.replacingOccurrences(of: "[\"0\",\"0\",\"-1\"]", with: "[\"0\",\"0\",\"-x\"]")
    #expect(formatError(changed) == "object.generators[0], row 1, column 2: \"-x\" is not a rational number (write -?digits or -?digits/digits)")
}

@Test func certificateSurvivesAnEncodeDecodeRoundTrip() throws {
    let decoded = try CertificateChecker.decode(Data(HandMade.a5NotSolvable.utf8))
    let again = try CertificateChecker.decode(JSONEncoder().encode(decoded))
    #expect(again == decoded)
}
