import ArgumentParser
import Depth
import FloatBackend
import Foundation
import Groups
import SequenceModels

/// `tower construct`: the explicit witness that k = derived length dcd layers track a group.
struct Construct: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build, by hand, a dcd model with derived-length many layers that tracks a solvable group exactly.",
        discussion: """
        The witness follows the derived series G = N_0 > N_1 > ... > N_k = 1. Layer l keeps the \
        image of the prefix product in the abelian factor N_(l-1)/N_l as phases on roots of unity \
        (one complex state coordinate per cyclic factor) and passes a correction term kappa in N_l \
        to the next layer; the last layer decodes the prefix product. The model uses the same \
        configuration, checkpoint format and forward code as `tower train`.

        It is run on random words of every --lengths length, in Float and in Double, and compared \
        with the exact prefix products; the phase margin is the smallest distance of any state's \
        phase from a decision boundary (pi/n minus the accumulated phase error).

        A group that is not solvable has no witness at any depth: the command refuses and names \
        its perfect residuum. Asking for fewer layers than the derived length is refused the same \
        way (naming G^(layers), which any such series would have to reach 1). Refusals exit with \
        status 1; bad input (unknown group, bad option, a value past its limit) exits with status 2.

        Example:
          tower construct --group S4 --model-out s4.ckpt
          tower construct --group "C2 wr S3" --lengths 100,10000 --json
        """
    )

    @Option(help: "Group (catalog name: C<n>, S<n>, D<n>, Q<n>, A<n>, GL(2,3), 'A wr B', ...).") var group: String
    @Option(help: "Number of layers (default: the derived length; more adds trivial layers; at most 64).") var layers: Int?
    @Option(name: .customLong("model-out"), help: "Write the model here (tower checkpoint format).") var modelOut: String?
    @Option(help: "Also write the model as safetensors (weights by name, config, group elements and Cayley table in the file; docs/python.md).") var export: String?
    @Option(help: "Comma-separated lengths of the random test words (each at most 10^6; lengths times sequences at most 10^7 tokens).") var lengths: String = "10,100,1000,10000"
    @Option(help: "Random words per length (at most 10000).") var sequences: Int = 2
    @Option(help: "Seed of the random words.") var seed: UInt64 = 1
    @Option(help: "Normalisation of the model: none, rms, layer (the witness undoes it exactly).") var norm: Normalization = .rms
    @Flag(help: "Print one JSON object.") var json = false

    /// Bounds that keep the model and the test words in memory and the run in seconds to minutes.
    static let maximumLayers = 64
    static let maximumLength = 1_000_000
    static let maximumSequences = 10_000
    /// Most tokens evaluated in all (sum of --lengths times --sequences, each in Float and Double).
    static let maximumTokens = 10_000_000
    /// Most memory the evaluation of the longest word may take (estimated before it starts).
    static let maximumEvaluationBytes = 4 << 30

    /// Most multiply-adds the evaluation may take (parameters times tokens, in Float and Double):
    /// about a minute in a release build on one core.
    static let maximumEvaluationWork = 100_000_000_000

    /// Refuses, before evaluating, words whose total cost is above `maximumEvaluationWork`.
    func checkEvaluationCost(parameters: Int, lengths: [Int]) throws {
        let tokens = lengths.reduce(0, +) * sequences * 2  // Float and Double
        let (work, overflow) = parameters.multipliedReportingOverflow(by: tokens)
        guard overflow || work > Self.maximumEvaluationWork else { return }
        throw InputFailure("--lengths: evaluating \(tokens / 2) tokens (in Float and Double) with this model of \(parameters) parameters "
                           + "takes about \(overflow ? "more than 2^63" : String(work)) multiply-adds, above the limit of \(Self.maximumEvaluationWork); "
                           + "give shorter --lengths or fewer --sequences (at most \(Self.maximumEvaluationWork / parameters / 2) tokens in all for this model)")
    }

    /// A generous estimate of the bytes one token of a word costs when the model is evaluated in
    /// Double (activations and mixer features of every layer are kept for the phase margin);
    /// measured: about 33 KB for "C2 wr S3" (3 layers, width 119, MLP 392), estimated 42 KB.
    static func evaluationBytesPerToken(_ c: ModelConfig) -> Int {
        16 * (c.layers * (4 * c.width + c.mlpHidden + 4 * c.state) + c.outputs)
    }

    func validate() throws {
        guard (1...Self.maximumSequences).contains(sequences) else {
            throw ValidationError("--sequences must be between 1 and \(Self.maximumSequences), got \(sequences)")
        }
        if let layers, !(1...Self.maximumLayers).contains(layers) {
            throw ValidationError("--layers must be between 1 and \(Self.maximumLayers), got \(layers)")
        }
        let list = try CrossCheckOptions.positiveList(lengths, option: "--lengths")
        if let long = list.first(where: { $0 > Self.maximumLength }) {
            throw ValidationError("--lengths: \(long) is longer than the limit of \(Self.maximumLength)")
        }
        let tokens = list.reduce(0, +) * sequences  // at most 10^6 * items * 10^4: no overflow for any real list
        if tokens > Self.maximumTokens {
            throw ValidationError("--lengths times --sequences is \(tokens) tokens, more than the limit of \(Self.maximumTokens)")
        }
    }

    func run() throws {
        var refusal: WitnessError?
        try reportingInputFailures {
            if let modelOut { try FileAccess.checkWritable(modelOut, what: "--model-out") }
            if let export { try FileAccess.checkWritable(export, what: "--export") }
            let permutationGroup: PermutationGroup
            do { permutationGroup = try GroupCatalog.group(named: group.trimmingCharacters(in: .whitespaces)) } catch { throw InputFailure("--group '\(group)': \(error)") }
            let cascade: WitnessCascade
            do {
                cascade = try WitnessCascade(group: permutationGroup, layers: layers)
            } catch let e as WitnessError {
                switch e {
                case .notSolvable, .tooFewLayers: refusal = e; return
                default: throw InputFailure("\(e)")
                }
            }
            // Priced before the weights are written: C1000's witness has 16 million parameters.
            let lengthList = try CrossCheckOptions.positiveList(lengths, option: "--lengths")
            let config: ModelConfig
            do { config = try WitnessModel.config(cascade: cascade, norm: norm) } catch let e as WitnessError {
                throw InputFailure("--group '\(group)': \(e)")
            }
            let perToken = Self.evaluationBytesPerToken(config)
            if let longest = lengthList.max(), longest * perToken > Self.maximumEvaluationBytes {
                throw InputFailure("--lengths: a word of length \(longest) needs about \((longest * perToken) >> 20) MiB to evaluate with this \(config.layers)-layer model of width \(config.width); the limit is \(Self.maximumEvaluationBytes >> 30) GiB, so at most length \(Self.maximumEvaluationBytes / perToken)")
            }
            try checkEvaluationCost(parameters: ParameterLayout(config: config).count, lengths: lengthList)
            let witness: WitnessModel
            do { witness = try WitnessModel(cascade: cascade, norm: norm) } catch let e as WitnessError {
                throw InputFailure("--group '\(group)': \(e)")
            }
            if let modelOut {
                try FileAccess.reportingWriteErrors(to: modelOut, what: "--model-out") {
                    try CheckpointFile.save(witness.model, to: URL(fileURLWithPath: modelOut))
                }
            }
            if let export { try FileAccess.writeAtomically(try Self.safetensors(witness, group: group), to: export, what: "--export") }
            let runs = try witness.evaluate(lengths: lengthList, sequences: sequences, seed: seed)
            let report = WitnessReport(group: group, witness: witness, runs: runs, modelOut: modelOut)
            print(json ? try JSONLine.encode(report.jsonObject) : report.text)
        }
        if let refusal {
            if json {
                print(try JSONLine.encode(WitnessReport.refusalObject(group: group, refusal)))
            } else {
                printError("refused: \(group): \(refusal)")
            }
            throw ExitCode(1)
        }
    }

    /// The witness as safetensors: its weights, the group's elements (token i = element i, as
    /// 1-based image lists) and, up to order `ModelExport.maximumTableOrder`, its Cayley table.
    static func safetensors(_ witness: WitnessModel, group name: String) throws -> Data {
        let g = witness.cascade.group, n = g.order
        let table = n <= ModelExport.maximumTableOrder ? (0..<n).flatMap { a in (0..<n).map { g.product(a, $0) } } : nil
        let elements = g.elements.map { $0.images.map { $0 + 1 } }
        let metadata = ["task": name, "producer": "tower construct", "group": name,
                        "elements": try JSONLine.encode(elements)]
        return try ModelExport.safetensors(model: witness.model, cayleyTable: table, order: n, metadata: metadata)
    }
}
