import ArgumentParser
import CertificateBuilder
import Certificates
import Foundation
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
        batch goes on, blank lines are skipped; --batch - reads standard input.

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

    @Option(name: .long, help: "Also write a certificate of the derived length (or of non-solvability) to this file; check it with `tower verify FILE`.")
    var certificate: String?

    func validate() throws {
        let given = [name != nil, matrices != nil, batch != nil].filter { $0 }.count
        if given != 1 { throw ValidationError("give exactly one of: a catalog name, --matrices FILE, --batch FILE") }
        if certificate != nil, batch != nil { throw ValidationError("--certificate works with one algebra, not with --batch") }
    }

    func run() throws {
        try reportingInputFailures {
            if let batch { try runBatch(path: batch); return }
            let (label, algebra) = try loadSingle()
            if algebra.dimension > 100 {
                printError("tower lie: dimension \(algebra.dimension); computing series, centre and Killing form (may take a while)")
            }
            let invariants = LieInvariants(of: algebra)
            if let certificate { try writeCertificate(algebra, to: certificate) }
            if json {
                print(LieReportOutput.jsonLine(LieReportOutput.fields(invariants)))
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
        let object = try LieReportOutput.readJSON(path: path)
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
        do { c = try CertificateWriter.writeLieCertificate(generators: algebra.generators, to: path) } catch {
            throw InputFailure("cannot write the certificate to \(path): \(error)")
        }
        printError("certificate written to \(path): \(CertificateChecker.describe(c.claim, about: c.object))")
    }

    /// Same conventions as `tower group --batch`: blank lines skipped, a bad line gets
    /// `{"error": ..., "line": n, <echoed fields>}`, a count of failed lines on stderr.
    private func runBatch(path: String) throws {
        let data: Data?
        data = path == "-" ? FileHandle.standardInput.readDataToEndOfFile() : FileManager.default.contents(atPath: path)
        guard let data, let text = String(data: data, encoding: .utf8) else { throw InputFailure("cannot read batch file \(path)") }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var failures = 0
        for (i, line) in lines.enumerated() where !line.allSatisfy(\.isWhitespace) {
            if lines.count > 20 { printError("lie --batch: line \(i + 1)/\(lines.count)") }
            let output = LieReportOutput.batchLine(String(line), number: i + 1)
            if output["error"] != nil { failures += 1 }
            print(LieReportOutput.jsonLine(output))
        }
        if failures > 0 {
            printError("lie --batch: \(failures) line\(failures == 1 ? "" : "s") had errors (see their \"error\" fields)")
        }
    }
}
