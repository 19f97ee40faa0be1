import Foundation
import StrictJSON

/// The independent checker: reads a certificate and re-establishes its claim from the
/// evidence alone. It depends on `Exact` and on its own permutation and matrix arithmetic,
/// never on the solver modules (`Groups`, `LieAlgebras`).
public enum CertificateChecker {
    /// Largest permutation degree a certificate may declare (guards memory on hostile input).
    public static let maximumDegree = 1 << 20
    /// Largest matrix size a Lie certificate may declare.
    public static let maximumMatrixSize = 1 << 10
    /// Most permutation points (degree x permutations) a group certificate may make the checker
    /// hold: 2^27 points, 1 GiB. Checked before any permutation is built.
    public static let maximumStoredPoints = 1 << 27
    /// Most point operations (degree x permutation products, inverses and powers) a group
    /// certificate may make the checker do: 2^33, some seconds. Checked before any work.
    public static let maximumPointOperations = 1 << 33

    /// Decodes and checks a JSON certificate. Returns the claim in words when it holds.
    /// Throws `CertificateFormatError` for malformed input and `CertificateRejection` when the
    /// evidence does not establish the claim.
    public static func check(json data: Data) throws -> String {
        try verify(json: data).claim
    }

    /// Decodes and checks a JSON certificate, and names what was checked: the claim in words,
    /// the SHA-256 of the object's canonical JSON (`CertifiedObject.canonicalJSON`) and of the
    /// file's bytes. Throws as `check(json:)` does.
    public static func verify(json data: Data) throws -> CheckedCertificate {
        let certificate = try decode(data)
        let claim = try check(certificate)
        return CheckedCertificate(claim: claim, object: certificate.object,
                                  objectSHA256: certificate.object.canonicalSHA256, fileSHA256: SHA256.hex(data))
    }

    /// Checks a decoded certificate; see `check(json:)`.
    public static func check(_ certificate: Certificate) throws -> String {
        switch (certificate.object, certificate.evidence) {
        case let (.permutationGroup(degree, texts), .group(evidence)):
            try GroupCertificateChecker(degree: degree, generatorTexts: texts, evidence: evidence).check(certificate.claim)
        case let (.matrixLieAlgebra(size, rows), .lie(evidence)):
            try LieCertificateChecker(size: size, generatorRows: rows, evidence: evidence).check(certificate.claim)
        default:
            throw CertificateFormatError("evidence: its kind does not match the object")
        }
        return describe(certificate.claim, about: certificate.object)
    }

    /// Decodes JSON into a `Certificate`, turning decoding errors into one-line messages.
    /// The text is first scanned by `StrictJSON`, which refuses duplicate keys, numbers outside
    /// the range every JSON reader agrees on, and other constructs readers read differently.
    public static func decode(_ data: Data) throws -> Certificate {
        let keys = try scanStrictly([UInt8](data))
        let certificate: Certificate
        do {
            certificate = try JSONDecoder().decode(Certificate.self, from: data)
        } catch let e as DecodingError {
            throw CertificateFormatError(message(for: e))
        }
        let known: [String: Set<String>]
        if case .permutationGroup = certificate.object { known = groupKeys } else { known = lieKeys }
        for k in keys where known[k.pattern]?.contains(k.key) != true {
            throw CertificateFormatError("\(k.place.isEmpty ? "certificate" : k.place): unknown key \"\(k.key)\" (not part of the format)")
        }
        return certificate
    }

    /// `StrictJSON` with a certificate's rules (integers only, within +-(2^53-1)).
    static func scanStrictly(_ bytes: [UInt8]) throws -> [StrictJSON.ObjectKey] {
        do { return try StrictJSON.validate(bytes, document: "certificate", numbers: .safeIntegers) } catch let e as StrictJSON.Failure {
            throw CertificateFormatError(e.message)
        }
    }

    /// The keys the format defines, by place ("[]" stands for any index): a key the decoder
    /// would silently ignore (`"generator"` beside `"generators"`, `"algebra"` in a group) but other
    /// readers see is refused. Mirrors the `CodingKeys` of the certificate types.
    private static let commonKeys: [String: Set<String>] = [
        "": ["format", "version", "object", "claim", "evidence"],
        "claim": ["derived_length", "solvable", "nilpotency_class", "nilpotent"],
    ]
    private static let groupKeys = commonKeys.merging([
        "object": ["type", "degree", "generators"],
        "evidence": ["series", "levelled_series", "lower_bound", "subgroup"],
        "evidence.series[]": ["program", "generators", "witness_program", "conjugates", "commutators"],
        "evidence.levelled_series": ["program", "elements", "levels", "word_program", "generators", "commutators"],
        "evidence.lower_bound": ["program", "commutator", "left_normed"],
        "evidence.subgroup": ["program", "generators", "element_program", "commutators", "product_program", "products"],
    ]) { a, _ in a }
    private static let lieKeys = commonKeys.merging([
        "object": ["type", "size", "generators"],
        "evidence": ["algebra", "series", "perfect_subalgebra"],
        "evidence.algebra": ["basis", "generator_coordinates", "structure"],
        "evidence.algebra.basis[]": ["generator", "bracket"],
        "evidence.series[]": ["basis", "structure"],
        "evidence.perfect_subalgebra": ["basis", "brackets"],
    ]) { a, _ in a }

    /// "the group of degree 4 generated by (1,2,3,4), (1,2) has derived length 3".
    public static func describe(_ claim: Claim, about object: CertifiedObject) -> String {
        let subject: String
        switch object {
        case .permutationGroup(let degree, let generators):
            let shown = generators.count <= 4 && generators.joined().count <= 80
                ? generators.joined(separator: ", ") : "\(generators.count) permutations"
            subject = "the group of degree \(degree) generated by \(shown)"
        case .matrixLieAlgebra(let size, let generators):
            subject = "the Lie algebra generated by \(generators.count) rational \(size)x\(size) matrices"
        }
        switch claim {
        case .derivedLength(let d): return "\(subject) has derived length \(d)"
        case .notSolvable: return "\(subject) is not solvable"
        case .nilpotencyClass(let c): return "\(subject) is nilpotent of class \(c)"
        case .notNilpotent: return "\(subject) is not nilpotent"
        }
    }

    private static func message(for error: DecodingError) -> String {
        func path(_ c: DecodingError.Context) -> String {
            let p = c.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return p.isEmpty ? "certificate" : String(p.drop(while: { $0 == "." }))
        }
        switch error {
        case .dataCorrupted(let c):
            if c.codingPath.isEmpty { return "not valid JSON: \(c.underlyingError.map { "\($0)" } ?? c.debugDescription)" }
            return "\(path(c)): \(c.debugDescription)"
        case .keyNotFound(let key, let c):
            return "\(path(c)): missing field \"\(key.stringValue)\""
        case .typeMismatch(let type, let c):
            return "\(path(c)): expected \(type)"
        case .valueNotFound(let type, let c):
            return "\(path(c)): expected \(type), found null"
        @unknown default:
            return "\(error)"
        }
    }
}

/// What `CertificateChecker.verify(json:)` established, and about exactly which object.
public struct CheckedCertificate: Sendable, Equatable {
    /// The claim in words (`CertificateChecker.describe`).
    public let claim: String
    public let object: CertifiedObject
    /// SHA-256 of the object's canonical JSON, 64 hex digits.
    public let objectSHA256: String
    /// SHA-256 of the certificate file's bytes, 64 hex digits.
    public let fileSHA256: String

    /// "[object sha256:..., file sha256:...]": what `tower verify` appends to a VALID line.
    public var identification: String { "[object sha256:\(objectSHA256), file sha256:\(fileSHA256)]" }
}
