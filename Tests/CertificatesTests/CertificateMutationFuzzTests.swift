import Foundation
import Seeded
import Testing
@testable import Certificates

/// Issue 18, item 6 (certificates): seeded single-byte mutations of the hand-made certificates.
/// Every mutation must end in a format error, a rejection or a VALID verdict, never a trap; and
/// whenever the checker accepts, Foundation's independent JSON reader must see the same object
/// and claim (the duplicate-key class of disagreement that once fooled scripts).
@Suite("certificate mutation fuzzing")
struct CertificateMutationFuzzTests {
    private static let replacements = Array("{}[],:\"0123456789-/()ex ".utf8)

    @Test func singleByteMutationsAreRejectedOrReadTheSameByEveryReader() throws {
        var random = SplitMix64(seed: 18)  // Seeded's generator
        var counts = (format: 0, rejected: 0, valid: 0)
        let sources = [HandMade.s3DerivedLength, HandMade.d8NilpotencyClass, HandMade.a5NotSolvable, HandMade.so3NotSolvable]
        for round in 0..<2_000 {
            var bytes = Array(sources[round % sources.count].utf8)
            let at = random.below(bytes.count)
            switch random.below(3) {
            case 0: bytes[at] = Self.replacements[random.below(Self.replacements.count)]
            case 1: bytes.remove(at: at)
            default: bytes.insert(contentsOf: bytes[at..<min(at + 1 + random.below(12), bytes.count)], at: at)  // repeat a short run
            }
            let data = Data(bytes)
            do {
                let checked = try CertificateChecker.verify(json: data)
                counts.valid += 1
                let other = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any], "round \(round)")
                let otherObject = try JSONSerialization.data(withJSONObject: try #require(other["object"]), options: [.sortedKeys])
                let ours = try JSONSerialization.data(withJSONObject: try JSONSerialization.jsonObject(with: Data(checked.object.canonicalJSON.utf8)), options: [.sortedKeys])
                #expect(otherObject == ours, "round \(round): the object reads differently")
                let claim = try JSONSerialization.data(withJSONObject: try #require(other["claim"]), options: [.sortedKeys])
                let ourClaim = try JSONSerialization.data(withJSONObject: try JSONSerialization.jsonObject(with: JSONEncoder().encode(try CertificateChecker.decode(data).claim)), options: [.sortedKeys])
                #expect(claim == ourClaim, "round \(round): the claim reads differently")
            } catch is CertificateFormatError {
                counts.format += 1
            } catch is CertificateRejection {
                counts.rejected += 1
            }
        }
        print("certificate mutations: \(counts.format) malformed, \(counts.rejected) invalid, \(counts.valid) valid and read alike")
        #expect(counts.format + counts.rejected + counts.valid == 2_000)
        #expect(counts.format > 1_000)  // most byte changes break the JSON or a field
        #expect(counts.valid > 0)  // e.g. whitespace or an equivalent exponent: still true
    }
}
