import ArgumentParser
import Batch
import CertificateBuilder
import Certificates
import Foundation
import GroupReport
import Groups

/// `tower group`: exact invariants of one permutation group (or of many, with `--batch`).
struct GroupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "group",
        abstract: "Order, derived and lower central series, and predicted minimal depth of a permutation group.",
        discussion: """
        Give the group by catalog NAME, by generators in GAP cycle notation, in GAP's own syntax \
        (Group(...), image lists, SymmetricGroup(4), a file written by GAP's PrintTo), or as a batch file. \
        Tower computes a base and strong generating set (exact, verified), the derived series \
        G > [G,G] > ... with the abelian invariants of each factor, the lower central series, and \
        from them how many layers a parallelizable sequence model needs to track the group: a \
        complex diagonal SSM needs exactly the derived length, a real diagonal one in [0, 1] tracks \
        no non-trivial group, a dense one needs one layer (theorems); a real diagonal SSM in \
        [-1, 1] gets the cascade prediction (the EA2 series length). It also gives a composition series (every factor simple, by \
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
          tower group --generators "Group((1,2,3),(1,2))"
          tower group --generators "[2,3,4,1],[2,1,3,4]"
          tower group "SymmetricGroup(4)"
          tower group --gap-file groups.g
          tower group "A5 wr C2" --gap-script a5wrc2.g && gap -q a5wrc2.g
          tower group --batch examples/groups/batch.jsonl
          tower group S4 --certificate s4.json && tower verify s4.json
          tower group D8 --certificate d8.json --certificate-claim nilpotency

        Batch files hold one JSON object per line, with a "generators" array of generators (cycle \
        notation or GAP image lists; or one string as --generators takes it) or a "catalog" name \
        instead, and optionally "degree"; every other field (e.g. \
        "id") is echoed back. One output line per input line, in order; a bad line yields an \
        object with an "error" field and the batch goes on. Blank lines are skipped and produce \
        no output. Use --batch - to read standard input. Lines may end in LF or CRLF. A batch \
        with any failed line exits 2 after every line is processed, with a summary on stderr; \
        --keep-going makes it exit 0.

        Every batch line runs in a worker process (this same program) under a budget: \
        --line-timeout SECONDS (default 300) and --line-memory MB of resident memory (default \
        4096, or half the machine's memory when that is less). A line past its budget, or whose \
        worker crashes, gets a row {"error": "line N: ...; input: ...", "line": N, "failure": \
        "timeout" | "memory" | "crash", <echoed fields>}, a fresh worker takes the next line and \
        the batch goes on; such lines count as failed lines. Rows are written and flushed one \
        by one, in input order, and the rows of good lines are what single runs print:
          tower group --batch groups.jsonl --line-timeout 10 --line-memory 2000

        Catalog names (case-insensitive; spaces allowed):
        \(GroupCatalog.helpText)

        Cycle notation is GAP's: a generator is a product of cycles, and juxtaposed cycles \
        multiply left to right even when they share points ("(1,2,3)(1,2)" is one generator, the \
        product (2,3); "(1,2,3),(1,2)" is two generators). The report prints the generators as \
        read, in disjoint-cycle form ("generators" line).

        GAP input: Group(g1, g2, ...) or Group([g1, ...]); generators in cycle notation, as image \
        lists [2,3,1] or PermList([2,3,1]); SymmetricGroup(n), AlternatingGroup(n), CyclicGroup(n), \
        DihedralGroup(n) (order n, as the catalog's Dn), QuaternionGroup(n), MathieuGroup(n), \
        GL/SL/PSL/AGL(d,q), DirectProduct(G, H, ...), WreathProduct(G, H). --gap-file reads a \
        GAP list of such groups, as PrintTo("groups.g", [G1, G2]); writes it. Groups from GAP's data \
        libraries (TransitiveGroup, PrimitiveGroup, SmallGroup) are refused with the GAP command \
        that exports them. The report names the syntax it read ("input", JSON "input_syntax").

        --gap-script FILE writes a GAP script that rebuilds the group and checks every reported \
        invariant in GAP (Size, IsAbelian, IsSolvableGroup, DerivedLength, the orders of \
        DerivedSeriesOfGroup and LowerCentralSeriesOfGroup, AbelianInvariants of the derived \
        factors, IsNilpotentGroup, NilpotencyClassOfGroup, composition factor orders); \
        `gap -q FILE` prints "AGREE ..." or the first difference and exits 0 or 1.

        --only PARTS computes only what is asked (the default report is complete): derived, \
        lower-central, ea2, composition, comma-separated. On a large solvable group the derived \
        series is the quick part; the lower central series of a deep p-group is the slow one:
          tower group "Sylow2(S1024)" --only derived
          tower group "S4 wr S4" --only derived,lower-central --json
        Parts left out are missing from the text report (a last line names them) and from \
        --json (an "only" field lists the parts computed).

        Once the analysis of one group has taken more than a second, each further stage (lower \
        central series, EA2 series, composition series) is named on stderr as it starts; set \
        TOWER_PROGRESS_AFTER=S to change the second to S seconds.

        Bad input (unbalanced parentheses, repeated points, point 0, non-integers, a degree \
        beyond \(Permutation.maximumDegree) points, an unknown name) is reported in one line \
        naming the generator and position (in a GAP file: line and column); an unknown name gets \
        a "did you mean ...?" when one is close. The exit status is then 2.

        --timeout SECONDS and --max-memory MB end the work with a one-line message and exit \
        status 2 once it has run that long or the process holds that much memory (resident). \
        With --batch they bound the whole batch (the lines' worker has --line-timeout and \
        --line-memory).
        """
    )

    @Argument(help: ArgumentHelp("A catalog name, e.g. S4, D8, Q16, \"PSL(2,7)\", M24, Rubik, S4 wr S4 (quote names with parentheses).", valueName: "name"))
    var nameWords: [String] = []

    /// The catalog name; several words are joined, so `tower group S4 wr S4` needs no quotes.
    var name: String? { nameWords.isEmpty ? nil : nameWords.joined(separator: " ") }

    @Option(help: ArgumentHelp("Generators in GAP cycle notation or as image lists [2,3,1], separated by commas; or Group(...) / a GAP constructor. Juxtaposed cycles multiply, as in GAP: \"(1,2,3)(1,2)\" is one generator, the product (2,3).", valueName: "cycles"))
    var generators: String?

    @Option(help: "Number of points the generators act on (default: the largest point mentioned).")
    var degree: Int?

    @Flag(help: "Print one JSON object (with --batch: one per line) instead of the report.")
    var json = false

    @Flag(help: "Also list the generators of every member of the composition series (text and --json).")
    var compositionGenerators = false

    @Option(help: ArgumentHelp("Compute only these parts of the report, comma-separated: derived (derived series, factor invariants, derived length), lower-central (lower central series, nilpotency class), ea2 (elementary abelian 2 series), composition. The order and abelian are always given; the predicted depths need derived and ea2. Default: everything.", valueName: "parts"))
    var only: String?

    @Option(help: ArgumentHelp("Analyse every line of a JSON-lines file ('-' for standard input).", valueName: "file"))
    var batch: String?

    @Option(help: ArgumentHelp("Analyse every group of a GAP file holding a list of groups, as GAP's PrintTo writes it.", valueName: "file"))
    var gapFile: String?

    @Option(help: ArgumentHelp("Also write a GAP script that rebuilds the group(s) and checks every reported invariant in GAP.", valueName: "file"))
    var gapScript: String?

    @Flag(help: "With --batch: exit 0 even when some lines failed (by default such a batch exits 2 after processing every line).")
    var keepGoing = false

    @Option(help: ArgumentHelp("Also write a certificate of the derived length (or of non-solvability) to this file; check it with `tower verify FILE`.", valueName: "file"))
    var certificate: String?

    @Option(help: ArgumentHelp("What the --certificate file proves: derived-length (derived length exactly d, or not solvable) or nilpotency (nilpotent of class exactly c, or not nilpotent).", valueName: "claim"))
    var certificateClaim: CertificateWriter.GroupClaim = .derivedLength

    @OptionGroup var limits: ResourceGuardOptions

    @OptionGroup var lineOptions: BatchLineOptions

    func validate() throws {
        if lineOptions.batchWorker { return }
        try lineOptions.check(batch: batch != nil)
        let sources = [name != nil, generators != nil, batch != nil, gapFile != nil].filter { $0 }.count
        if sources != 1 {
            throw ValidationError("give exactly one of: a catalog NAME, --generators, --gap-file, or --batch")
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
        if certificate != nil && (batch != nil || gapFile != nil) {
            throw ValidationError("--certificate works with one group, not with --batch or --gap-file")
        }
        if gapScript != nil && batch != nil {
            throw ValidationError("--gap-script works with a NAME, --generators or --gap-file, not with --batch")
        }
        if let only {
            do { _ = try GroupAnalysisPart.parse(only) } catch { throw ValidationError("\(error)") }
            if batch != nil { throw ValidationError("--only works with one group or --gap-file, not with --batch") }
            if gapScript != nil { throw ValidationError("--gap-script checks the whole report; it cannot be combined with --only") }
        }
        if certificateClaim != .derivedLength && certificate == nil {
            throw ValidationError("--certificate-claim needs --certificate FILE")
        }
    }

    func run() throws {
        if try BatchRun.handle(command: "group", batch: batch, keepGoing: keepGoing, lineOptions: lineOptions, limits: limits, answer: GroupBatchLine.answer) { return }
        limits.start(command: "tower group")
        try reportingInputFailures {
            if let certificate { try FileAccess.checkWritable(certificate, what: "--certificate") }
            if let gapScript { try FileAccess.checkWritable(gapScript, what: "--gap-script") }
            let sources = try loadGroups()
            // The certificate needs nothing from the report (whose lower central series can take
            // long on big 2-groups), so it is written first and does not wait for it.
            if let certificate { try Self.writeCertificate(sources[0].group, claim: certificateClaim, to: certificate) }
            var analyses: [GroupAnalysis] = []
            let parts = try only.map(GroupAnalysisPart.parse) ?? GroupAnalysisPart.all
            for (index, source) in sources.enumerated() {
                let progress = StageProgress(label: "tower group", enabled: true)
                let analysis = GroupAnalysis(source, compositionGenerators: compositionGenerators, parts: parts, stage: progress.stage)
                progress.finish()
                if json {
                    var object = analysis.jsonObject
                    if gapFile != nil { object["index"] = index + 1 }
                    print(try JSONLine.encode(object))
                } else {
                    if let gapFile { print((index == 0 ? "" : "\n") + "\(gapFile), group \(index + 1) of \(sources.count):") }
                    print(analysis.report)
                }
                analyses.append(analysis)
            }
            if let gapScript {
                try GroupGapScript.write(Array(zip(sources, analyses)), labels: labels(sources), to: gapScript)
            }
        }
    }

    /// The label of each group in the GAP script's output lines.
    private func labels(_ sources: [GroupSource]) -> [String] {
        sources.indices.map { i in
            guard let gapFile else { return sources[i].name ?? "the group" }
            return "\(gapFile) #\(i + 1)" + (sources[i].name.map { " (\($0))" } ?? "")
        }
    }

    /// Builds the certificate of `claim` for `group` and writes it atomically to `path` (also
    /// `tower table --certificates`, one per row).
    static func writeCertificate(_ group: PermutationGroup, claim certificateClaim: CertificateWriter.GroupClaim, to path: String,
                                 verbose: Bool = true) throws {
        if verbose { printError("writing the certificate to \(path)") }
        let start = WallClock.now()
        let c: Certificate
        do {
            c = try CertificateWriter.groupCertificate(generators: group.generators, degree: group.degree, claim: certificateClaim,
                                                   group: group)
        } catch {
            throw InputFailure("cannot build the certificate for \(path): \(error)")
        }
        try FileAccess.writeAtomically(CertificateWriter.encode(c), to: path, what: "--certificate")
        let seconds = String(format: "%.2f", WallClock.seconds(since: start))
        if verbose { printError("certificate written to \(path) in \(seconds) s: \(CertificateChecker.describe(c.claim, about: c.object))") }
    }

    /// The group named on the command line (or every group of the --gap-file).
    func loadGroups() throws -> [GroupSource] {
        if let name { return [try GroupReader.named(name)] }
        if let gapFile { return try GroupInput.groups(gapFile: gapFile) }
        return [try GroupInput.group(generators: generators ?? "", degree: degree)]
    }
}

extension CertificateWriter.GroupClaim: ExpressibleByArgument {}
