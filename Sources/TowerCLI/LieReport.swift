import ArgumentParser
import CertificateBuilder
import Certificates
import Foundation
import LieAlgebraReport
import LieAlgebras

/// `tower lie NAME | --matrices FILE | --batch FILE`: the invariants of one algebra or many.
struct LieReport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Report dimension, series, derived length, nilpotency class, centre and Killing rank.",
        discussion: """
        Give the algebra by catalog name (gl(n), sl(n), so(n), sp(2n), b(n), n(n), d(n), heis(2n+1), \
        aff(n), se(3), so(3), ssm-real(n), ssm-real-bias(n), ssm-complex(n), ssm-complex-bias(n)), \
        or by generator matrices in a JSON file: {"generators": [[[0,1],[0,0]], [[0,0],["1/2",0]]]} \
        (entries are integers or strings like "-3/4"). With --batch, each line of a JSONL file is \
        such an object; other fields are echoed, a bad line gets "error" and "line" fields and the \
        batch goes on, blank lines are skipped; --batch - reads standard input. Lines may end in \
        LF or CRLF. A batch with any failed line exits 2 after every line is processed, with a \
        summary on stderr; --keep-going makes it exit 0. Each batch line runs in a worker process \
        under --line-timeout SECONDS (default 300) and --line-memory MB (default 4096, or half \
        the machine's memory when less); a line past its budget, or whose worker crashes, gets \
        an "error" row with "failure": "timeout", "memory" or "crash", and the batch goes on.

        --timeout SECONDS and --max-memory MB end the work with a one-line message and exit \
        status 2 once it has run that long or the process holds that much memory (resident).

        Everything is exact over Q. Series list each member until the first one equal to its successor.

        Example:
          tower lie 'heis(5)' --json
        """
    )

    @Argument(help: "A catalog name such as 'gl(4)', 'so(3)', 'heis(5)', 'ssm-complex-bias(2)'.")
    var name: String?

    @Option(name: .long, help: "A JSON file with an object {\"generators\": [matrix, ...]}.")
    var matrices: String?

    @Option(name: .long, help: "A JSONL file (or - for standard input): one object with \"generators\" per line.")
    var batch: String?

    @Flag(name: .long, help: "Print JSON instead of the readable report.")
    var json = false

    @Flag(name: .long, help: "With --batch: exit 0 even when some lines failed (by default such a batch exits 2 after processing every line).")
    var keepGoing = false

    @Option(name: .long, help: "Also write a certificate of the derived length (or of non-solvability) to this file; check it with `tower verify FILE`.")
    var certificate: String?

    @OptionGroup var limits: ResourceGuardOptions

    @OptionGroup var lineOptions: BatchLineOptions

    /// Above this dimension (gl(16)) the report needs --timeout or --max-memory: series, centre
    /// and Killing form cost about dim^3 (docs/lie.md, "Limits").
    static let maximumUnguardedDimension = 256

    static func tooLarge(_ label: String, dimension: Int) -> String {
        "\(label): dimension \(dimension) is above \(maximumUnguardedDimension), the largest the report takes without a guard (its cost grows about as the cube: so(32), dimension 496, takes 12 s and 1.5 GB); give --timeout SECONDS (or --max-memory MB) to try it anyway"
    }

    func validate() throws {
        if lineOptions.batchWorker { return }
        try lineOptions.check(batch: batch != nil)
        let given = [name != nil, matrices != nil, batch != nil].filter { $0 }.count
        if given != 1 { throw ValidationError("give exactly one of: a catalog name, --matrices FILE, --batch FILE") }
        if certificate != nil, batch != nil { throw ValidationError("--certificate works with one algebra, not with --batch") }
        if keepGoing, batch == nil { throw ValidationError("--keep-going applies to --batch") }
    }

    func run() throws {
        if try BatchRun.handle(command: "lie", batch: batch, keepGoing: keepGoing, lineOptions: lineOptions, limits: limits, answer: LieReportOutput.batchLine) { return }
        limits.start(command: "tower lie")
        try reportingInputFailures {
            if let certificate { try FileAccess.checkWritable(certificate, what: "--certificate") }
            let unguarded = limits.timeout == nil && limits.maxMemory == nil
            if unguarded, let name, let d = LieCatalog.knownDimension(named: name), d > Self.maximumUnguardedDimension {
                throw InputFailure(Self.tooLarge(name, dimension: d))
            }
            let (label, algebra) = try loadSingle()
            if unguarded && algebra.dimension > Self.maximumUnguardedDimension {
                throw InputFailure(Self.tooLarge(label, dimension: algebra.dimension))
            }
            if algebra.dimension > 100 {
                printError("tower lie: dimension \(algebra.dimension); computing series, centre and Killing form (may take a while)")
            }
            let invariants = LieInvariants(of: algebra)
            if let certificate { try writeCertificate(algebra, to: certificate) }
            if json {
                print(try JSONLine.encode(LieReportOutput.fields(invariants)))
            } else {
                print(LieReportOutput.text(label: label, invariants))
            }
        }
    }

    private func loadSingle() throws -> (String, MatrixLieAlgebra) {
        if let name {
            do { return (name, try LieCatalog.algebra(named: name)) } catch { throw InputFailure(error.description) }
        }
        let path = matrices!
        let object = try Self.readJSON(path: path)
        do {
            let gens = try GeneratorParser.matrices(fromObject: object)
            return (path, try MatrixLieAlgebra(generators: gens))
        } catch let e as LieInputError {
            throw InputFailure("\(path): \(e.description)")
        } catch {
            throw InputFailure("\(path): \(error)")
        }
    }

    private func writeCertificate(_ algebra: MatrixLieAlgebra, to path: String) throws {
        let c: Certificate
        do { c = try CertificateWriter.lieCertificate(generators: algebra.generators) } catch {
            throw InputFailure("cannot build the certificate for \(path): \(error)")
        }
        try FileAccess.writeAtomically(CertificateWriter.encode(c), to: path, what: "--certificate")
        printError("certificate written to \(path): \(CertificateChecker.describe(c.claim, about: c.object))")
    }

    /// The JSON of a `--matrices` file.
    private static func readJSON(path: String) throws -> Any {
        let data = try FileAccess.read(path, what: "--matrices")
        do { return try JSONSerialization.jsonObject(with: data) } catch {
            throw InputFailure("\(path): not valid JSON")
        }
    }
}
