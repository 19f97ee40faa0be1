import ArgumentParser
import CertificateBuilder
import Certificates
import Foundation
import Groups

/// `tower group`: exact invariants of one permutation group (or of many, with `--batch`).
struct GroupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "group",
        abstract: "Order, derived and lower central series, and predicted minimal depth of a permutation group.",
        discussion: """
        Give the group by catalog NAME, by generators in GAP cycle notation, or as a batch file. \
        Tower computes a base and strong generating set (exact, verified), the derived series \
        G > [G,G] > ... with the abelian invariants of each factor, the lower central series, and \
        from them how many layers a parallelizable sequence model needs to track the group: a \
        complex diagonal SSM needs exactly the derived length (a theorem); the other families get \
        the cascade prediction. It also gives a composition series (every factor simple, by \
        proof: prime steps through the solvable layers, then actions of each perfect section \
        onto groups proven simple by Jordan's or the O'Nan-Scott theorem); when no action is \
        proven simple it says why instead (--composition-generators lists each member).

        Examples:
          tower group S4
          tower group "PSL(2,7)" --json
          tower group "S4 wr S4"
          tower group "A5 wr S2" --composition-generators
          tower group --generators "(1,2,3),(1,2)"
          tower group --generators "(1,2)(3,4),(1,3)(2,4)" --degree 5
          tower group --batch examples/groups/batch.jsonl
          tower group S4 --certificate s4.json && tower verify s4.json
          tower group D8 --certificate d8.json --certificate-claim nilpotency

        Batch files hold one JSON object per line, with a "generators" array of cycle-notation \
        strings (or a "catalog" name instead) and optionally "degree"; every other field (e.g. \
        "id") is echoed back. One output line per input line, in order; a bad line yields an \
        object with an "error" field and the batch goes on. Blank lines are skipped and produce \
        no output. Use --batch - to read standard input. Lines may end in LF or CRLF. A batch \
        with any failed line exits 2 after every line is processed, with a summary on stderr; \
        --keep-going makes it exit 0.

        Catalog names (case-sensitive; spaces allowed):
        \(GroupCatalog.helpText)

        Once the analysis of one group has taken more than a second, each further stage (lower \
        central series, EA2 series, composition series) is named on stderr as it starts; set \
        TOWER_PROGRESS_AFTER=S to change the second to S seconds.

        Bad input (unbalanced parentheses, repeated points, point 0, non-integers, a degree \
        beyond \(Permutation.maximumDegree) points, an unknown name) is reported in one line \
        naming the generator and position; the exit status is then 2.
        """
    )

    @Argument(help: ArgumentHelp("A catalog name, e.g. S4, D8, Q16, \"PSL(2,7)\", M24, Rubik, S4 wr S4 (quote names with parentheses).", valueName: "name"))
    var nameWords: [String] = []

    /// The catalog name; several words are joined, so `tower group S4 wr S4` needs no quotes.
    var name: String? { nameWords.isEmpty ? nil : nameWords.joined(separator: " ") }

    @Option(help: ArgumentHelp("Generators in GAP cycle notation, separated by commas.", valueName: "cycles"))
    var generators: String?

    @Option(help: "Number of points the generators act on (default: the largest point mentioned).")
    var degree: Int?

    @Flag(help: "Print one JSON object (with --batch: one per line) instead of the report.")
    var json = false

    @Flag(help: "Also list the generators of every member of the composition series (text and --json).")
    var compositionGenerators = false

    @Option(help: ArgumentHelp("Analyse every line of a JSON-lines file ('-' for standard input).", valueName: "file"))
    var batch: String?

    @Flag(help: "With --batch: exit 0 even when some lines failed (by default such a batch exits 2 after processing every line).")
    var keepGoing = false

    @Option(help: ArgumentHelp("Also write a certificate of the derived length (or of non-solvability) to this file; check it with `tower verify FILE`.", valueName: "file"))
    var certificate: String?

    @Option(help: ArgumentHelp("What the --certificate file proves: derived-length (derived length exactly d, or not solvable) or nilpotency (nilpotent of class exactly c, or not nilpotent).", valueName: "claim"))
    var certificateClaim: CertificateWriter.GroupClaim = .derivedLength

    func validate() throws {
        let sources = [name != nil, generators != nil, batch != nil].filter { $0 }.count
        if sources != 1 {
            throw ValidationError("give exactly one of: a catalog NAME, --generators, or --batch")
        }
        if degree != nil && generators == nil {
            throw ValidationError("--degree applies to --generators (in a batch, put \"degree\" on the line)")
        }
        if compositionGenerators && batch != nil {
            throw ValidationError("--composition-generators works with one group, not with --batch")
        }
        if keepGoing && batch == nil {
            throw ValidationError("--keep-going applies to --batch")
        }
        if certificate != nil && batch != nil {
            throw ValidationError("--certificate works with one group, not with --batch")
        }
        if certificateClaim != .derivedLength && certificate == nil {
            throw ValidationError("--certificate-claim needs --certificate FILE")
        }
    }

    func run() throws {
        try reportingInputFailures {
            if let batch {
                try GroupBatch(path: batch, keepGoing: keepGoing).run()
                return
            }
            if let certificate { try FileAccess.checkWritable(certificate, what: "--certificate") }
            let (group, label) = try loadGroup()
            // The certificate needs nothing from the report (whose lower central series can take
            // long on big 2-groups), so it is written first and does not wait for it.
            if let certificate { try writeCertificate(group, to: certificate) }
            let analysis = GroupAnalysis(group: group, name: label, compositionGenerators: compositionGenerators,
                                         progress: true)
            if json {
                print(try GroupJSON.line(analysis.jsonObject))
            } else {
                print(analysis.report)
            }
        }
    }

    private func writeCertificate(_ group: PermutationGroup, to path: String) throws {
        printError("writing the certificate to \(path)")
        let start = WallClock.now()
        let c: Certificate
        do {
            c = try CertificateWriter.groupCertificate(generators: group.generators, degree: group.degree, claim: certificateClaim)
        } catch {
            throw InputFailure("cannot build the certificate for \(path): \(error)")
        }
        try FileAccess.writeAtomically(CertificateWriter.encode(c), to: path, what: "--certificate")
        let seconds = String(format: "%.2f", WallClock.seconds(since: start))
        printError("certificate written to \(path) in \(seconds) s: \(CertificateChecker.describe(c.claim, about: c.object))")
    }

    /// The group named on the command line, with its canonical catalog name when it has one.
    func loadGroup() throws -> (PermutationGroup, String?) {
        if let name { return try GroupInput.catalogGroup(named: name) }
        return (try GroupInput.group(cycles: generators ?? "", degree: degree), nil)
    }
}

extension CertificateWriter.GroupClaim: ExpressibleByArgument {}
