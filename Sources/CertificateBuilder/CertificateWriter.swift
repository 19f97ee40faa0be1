import Certificates
import Foundation
import Groups

/// Writing certificates to disk; the entry points the CLI commands call.
public enum CertificateWriter {
    /// Compact JSON with sorted keys (stable output for the same seed).
    public static func encode(_ certificate: Certificate) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(certificate)
    }

    /// Builds the derived-length (or not-solvable) certificate of the group and writes it to `path`.
    /// Returns the certificate, e.g. to report its claim.
    @discardableResult
    public static func writeGroupCertificate(generators: [Permutation], degree: Int, to path: String, seed: UInt64 = 1) throws -> Certificate {
        let c = try GroupCertificateBuilder.derivedLengthCertificate(generators: generators, degree: degree, seed: seed)
        try encode(c).write(to: URL(fileURLWithPath: path))
        return c
    }
}
