import Foundation
import Testing
@testable import Certificates

/// Issue 18: constructs on which JSON readers disagree are refused before decoding (exit 2 in the
/// CLI), naming the place; the canonical object and SHA-256 identify what was checked.
@Suite("strict JSON and identification")
struct StrictJSONTests {
    private func scan(_ json: String) -> String? {
        do { _ = try CertificateChecker.scanStrictly(Array(json.utf8)); return nil } catch let e as CertificateFormatError { return e.message } catch { return "\(error)" }
    }

    @Test func handMadeCertificatesPassTheScan() {
        for text in [HandMade.s3DerivedLength, HandMade.d8NilpotencyClass, HandMade.a5NotSolvable, HandMade.so3NotSolvable] {
            #expect(scan(text) == nil)
        }
    }

    @Test func duplicateTopLevelKeyIsRefusedNamingItAndItsLine() {
        let text = HandMade.s3DerivedLength.replacingOccurrences(of: "\"claim\": {\"derived_length\": 2},",
                                                                 with: "\"claim\": {\"derived_length\": 2}, \"claim\": {\"derived_length\": 1},")
        #expect(formatError(text) == "certificate: duplicate key \"claim\" (JSON readers disagree on which value counts) (line 3, column 34)")
    }

    @Test func duplicateNestedKeyIsRefusedWithItsPath() {
        let text = HandMade.s3DerivedLength.replacingOccurrences(of: "\"witness_program\": [[0, -1]],",
                                                                 with: "\"witness_program\": [[0, -1]], \"witness_program\": [[0, 1]],")
        #expect(formatError(text)?.hasPrefix("evidence.series[0]: duplicate key \"witness_program\"") == true)
    }

    @Test func keysEqualAfterUnescapingAreDuplicates() {
        #expect(scan(#"{"claim": 1, "cl\u0061im": 2}"#)?.contains("duplicate key \"claim\"") == true)
        #expect(scan(#"{"a": {"b": 1}, "c": {"b": 2}}"#) == nil)  // the same key in different objects is fine
    }

    @Test func unknownKeysAreRefusedNamingTheirPlace() {
        let extra = HandMade.s3DerivedLength.replacingOccurrences(of: "\"degree\": 3,", with: "\"degree\": 3, \"generator\": [\"(1,2)\"],")
        #expect(formatError(extra) == "object: unknown key \"generator\" (not part of the format)")
        // A Lie evidence key in a group certificate is unknown there too.
        let lie = HandMade.s3DerivedLength.replacingOccurrences(of: "\"lower_bound\"", with: "\"algebra\": {}, \"lower_bound\"")
        #expect(formatError(lie) == "evidence: unknown key \"algebra\" (not part of the format)")
    }

    @Test func integersOutsideTheSafeRangeAndNonIntegersAreRefused() {
        #expect(scan("[9007199254740991, -9007199254740991]") == nil)
        #expect(scan("[9007199254740992]")?.hasPrefix("[0]: the integer 9007199254740992 is outside") == true)
        #expect(scan("[-9223372036854775808]")?.contains("is outside") == true)
        #expect(scan("{\"a\": 99999999999999999999999999}")?.hasPrefix("a: the integer") == true)
        #expect(scan("[1.0]")?.contains("fraction or exponent") == true)
        #expect(scan("[1e3]")?.contains("fraction or exponent") == true)
        #expect(scan("[01]")?.contains("leading zero") == true)
    }

    @Test func otherAmbiguitiesAreRefused() {
        #expect(scan("\u{FEFF}{}")?.contains("byte-order mark") == true)
        #expect(scan(#"["\ud800"]"#)?.contains("unpaired surrogate") == true)
        #expect(scan(#"["\ud83d\ude00"]"#) == nil)
        #expect(scan("{} {}")?.contains("unexpected text after") == true)
        #expect(scan("[NaN]")?.contains("unexpected character") == true)
        #expect(scan("{\"a\":1,}")?.contains("expected a key") == true)
        #expect(scan(String(repeating: "[", count: 600) + String(repeating: "]", count: 600))?.contains("nested deeper than 512") == true)
        #expect(formatError("[\u{01}]") != nil)
    }

    @Test func sha256MatchesTheFIPSTestVectors() {
        #expect(SHA256.hex([UInt8]()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex("abc".utf8) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        // Two blocks of padding boundary: 64 bytes.
        #expect(SHA256.hex(Array(repeating: UInt8(ascii: "a"), count: 64))
                == "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb")
    }

    @Test func canonicalObjectIsSortedCompactJSON() throws {
        let checked = try CertificateChecker.verify(json: Data(HandMade.s3DerivedLength.utf8))
        #expect(checked.object.canonicalJSON == #"{"degree":3,"generators":["(1,2,3)","(1,2)"],"type":"permutation_group"}"#)
        #expect(checked.objectSHA256 == SHA256.hex(checked.object.canonicalJSON.utf8))
        #expect(checked.fileSHA256 == SHA256.hex(HandMade.s3DerivedLength.utf8))
        let lie = try CertificateChecker.verify(json: Data(HandMade.so3NotSolvable.utf8))
        #expect(lie.object.canonicalJSON.hasPrefix(##"{"generators":[[["0","##))
        #expect(lie.object.canonicalJSON.hasSuffix(#"],"size":3,"type":"matrix_lie_algebra"}"#))
        // Escapes follow RFC 8785.
        let odd = CertifiedObject.permutationGroup(degree: 1, generators: ["a\"b\\c\u{01}\n"])
        #expect(odd.canonicalJSON == #"{"degree":1,"generators":["a\"b\\c\u0001\n"],"type":"permutation_group"}"#)
    }

    @Test func powerWithAHugeExponentIsComputedAlongCycles() throws {
        let p = try CheckerPermutation(cycles: "(1,2,3,4,5)(6,7)", degree: 8)
        for e in -12...12 {
            let factor = e < 0 ? p.inverse : p
            let product = (0..<e.magnitude).reduce(CheckerPermutation.identity(degree: 8)) { acc, _ in acc * factor }
            #expect(p.power(e) == product, "exponent \(e)")
        }
        // Int.max = 7 mod 10 (cycle lengths 5 and 2), Int.min = -8 = 2 mod 10.
        #expect(p.power(Int.max) == p.power(7))
        #expect(p.power(Int.min) == p.power(2))
    }

    @Test func rationalEntriesMustBePlainDecimalFractions() {
        // "1e1000000" would expand nine characters into a million digits; hex and decimals are not written either.
        for entry in ["1e1000000", "0x10", "0.5", "1_000", "--1", "1/", "/2", ""] {
            let changed = HandMade.so3NotSolvable.replacingOccurrences(of: "[\"0\",\"0\",\"-1\"]", with: "[\"0\",\"0\",\"\(entry)\"]")
            #expect(formatError(changed)?.contains("is not a rational number") == true, "\(entry)")
        }
        #expect(formatError(HandMade.so3NotSolvable) == nil)
    }

    @Test func certificateTooCostlyToCheckIsRefusedBeforeWork() {
        let lines = Array(repeating: "[0,1,1,1]", count: 200).joined(separator: ",")
        let text = """
        {"format":"tower-certificate","version":1,"object":{"type":"permutation_group","degree":1048576,
        "generators":["(1,2)","(3,4)"]},"claim":{"derived_length":1},"evidence":{"series":[{"program":[\(lines)],
        "generators":[],"witness_program":[],"conjugates":[[],[]],"commutators":[[0],[]]}],
        "lower_bound":{"program":[],"commutator":0}}}
        """
        #expect(formatError(text)?.contains("more than the checker's limit of 134217728 points") == true)
    }
}
