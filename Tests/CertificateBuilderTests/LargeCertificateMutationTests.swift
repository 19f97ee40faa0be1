import Certificates
import Foundation
import Groups
import LieAlgebras
import Testing
@testable import CertificateBuilder

/// Issue 18, item 6: seeded byte mutations of certificates of larger objects than the hand-made
/// ones (S4 wr S4, order 24^5; Sylow2(S32), order 2^31; b(6), a Lie algebra of dimension 21).
/// Every mutation the checker accepts must still state a true claim: the claim is re-derived
/// with the solver (Groups, LieAlgebras) from the object as the checker read it.
@Suite("large certificate mutations")
struct LargeCertificateMutationTests {
    private static let replacements = Array("{}[],:\"0123456789-/()ex ".utf8)

    /// The claim the solver derives for the certified object, in the certificate's claim kind.
    private static func truth(of c: Certificate) throws -> Claim {
        let nilpotency: Bool
        switch c.claim {
        case .nilpotencyClass, .notNilpotent: nilpotency = true
        case .derivedLength, .notSolvable: nilpotency = false
        }
        switch c.object {
        case .permutationGroup(let degree, let texts):
            let g = PermutationGroup(generators: try texts.map { try Permutation.parseList($0, degree: degree)[0] }, degree: degree)
            if nilpotency { return g.nilpotencyClass.map(Claim.nilpotencyClass) ?? .notNilpotent }
            return g.derivedLength.map(Claim.derivedLength) ?? .notSolvable
        case .matrixLieAlgebra(_, let rows):
            let algebra = try MatrixLieAlgebra(generators: try GeneratorParser.matrices(fromObject: ["generators": rows]))
            if nilpotency { return algebra.nilpotencyClass().map(Claim.nilpotencyClass) ?? .notNilpotent }
            return algebra.derivedLength().map(Claim.derivedLength) ?? .notSolvable
        }
    }

    private static func certificates() throws -> [(String, Certificate)] {
        let wreath = try GroupCatalog.group(named: "S4 wr S4")
        let sylow = try GroupCatalog.group(named: "Sylow2(S32)")
        let (_, b6) = try LieCatalog.generators(named: "b(6)")
        return [
            ("S4 wr S4", try CertificateWriter.groupCertificate(generators: wreath.generators, degree: wreath.degree)),
            ("Sylow2(S32)", try CertificateWriter.groupCertificate(generators: sylow.generators, degree: sylow.degree, claim: .nilpotency)),
            ("b(6)", try CertificateWriter.lieCertificate(generators: b6)),
        ]
    }

    @Test func acceptedMutationsOfLargeCertificatesStateTrueClaims() throws {
        let sources = try Self.certificates()
        #expect(sources.count == 3)
        for (_, c) in sources { #expect(try Self.truth(of: c) == c.claim) }  // the originals are true
        var random = SplitMix64(seed: 6)  // Seeded's generator
        var counts = (format: 0, rejected: 0, valid: 0)
        let rounds = 900
        for round in 0..<rounds {
            let (name, original) = sources[round % sources.count]
            var bytes = Array(try CertificateWriter.encode(original))
            let at = random.below(bytes.count)
            switch random.below(3) {
            case 0: bytes[at] = Self.replacements[random.below(Self.replacements.count)]
            case 1: bytes.remove(at: at)
            default: bytes.insert(contentsOf: bytes[at..<min(at + 1 + random.below(12), bytes.count)], at: at)
            }
            let data = Data(bytes)
            do {
                _ = try CertificateChecker.verify(json: data)
                counts.valid += 1
                let accepted = try CertificateChecker.decode(data)
                #expect(try Self.truth(of: accepted) == accepted.claim, "\(name), round \(round): an accepted mutation states a false claim")
            } catch is CertificateFormatError {
                counts.format += 1
            } catch is CertificateRejection {
                counts.rejected += 1
            }
        }
        print("large certificate mutations: \(counts.format) malformed, \(counts.rejected) invalid, \(counts.valid) valid and true")
        #expect(counts.format + counts.rejected + counts.valid == rounds)
        #expect(counts.format > rounds / 2)
        #expect(counts.valid > 0)
    }
}
