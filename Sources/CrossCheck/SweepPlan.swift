import Depth
import Foundation
import Groups
import SequenceModels

/// A cross-check sweep written down before any training: every cell fully specified (group,
/// family, depth, guidance, initialisation, seeds, steps, predicted cost), the shared budget, the
/// theory of every group, the exact command and Tower's version. It is `plan.json` of a sweep
/// directory; the workers (`tower crosscheck`, `tower crosscheck run --shard I/N`) read it and
/// write one result file per cell, and the report is rendered from the plan and those files.
public struct SweepPlan: SweepPlanning, Equatable {
    public static let subcommand = "crosscheck"
    public static let noun = "sweep"
    /// The plan format; a later incompatible format gets a new number. Format 2 has one cell per
    /// seed (`Spec.seed`); a plan without split seeds is still written as format 1, which every
    /// earlier Tower reads the same way.
    public static let currentFormat = 2

    public var format: Int
    public var towerVersion: String
    /// The command line that made the plan, as typed (shell-quoted where needed).
    public var command: String
    public var budget: CrossCheckResults.Budget
    public var groups: [CrossCheckResults.GroupTheory]
    public var cells: [Spec]

    /// One cell: what it trains and its predicted cost.
    public struct Spec: SweepCellSpec {
        public typealias File = SweepCellFile
        /// Stable and file-name safe: "0003-S3-dcd-x2-guided"; the number is the cell's place in the plan.
        public var id: String
        public var group: String
        public var family: String
        public var depth: Int
        /// "none" or "derived-series".
        public var guidance: String
        /// "random", or "witness+noise <scale>".
        public var initialisation: String
        /// The noise scale of a witness cell, nil for random initialisation.
        public var noise: Double?
        /// Training steps of each seed's run.
        public var steps: Int
        /// Predicted cost in arbitrary units (seeds x steps x depth); shards are balanced on it
        /// and the ETA is measured seconds per unit.
        public var cost: Double
        /// The one seed this cell trains (plans made with split seeds, format 2); nil: every seed
        /// of the budget.
        public var seed: UInt64?

        /// The experiment the cell belongs to: cells of one key are the seeds of one report row.
        var key: String { "\(group)\u{1}\(family)\u{1}\(depth)\u{1}\(guidance)\u{1}\(initialisation)" }
    }

    public init(towerVersion: String, command: String, budget: CrossCheckResults.Budget,
                groups: [CrossCheckResults.GroupTheory], cells: [Spec]) {
        self.format = cells.contains { $0.seed != nil } ? Self.currentFormat : 1
        self.towerVersion = towerVersion; self.command = command
        self.budget = budget; self.groups = groups; self.cells = cells
    }

    /// True when `other` trains exactly the same cells with the same budget (the command line and
    /// version may differ: a resume typed differently is the same sweep).
    public func sameSweep(as other: SweepPlan) -> Bool {
        format == other.format && budget == other.budget && groups == other.groups && cells == other.cells
    }

    /// The report of the sweep from the finished cells (keyed by id): groups and cells in plan
    /// order, the cells of one experiment that were split by seed merged into one report cell
    /// (runs in seed order, the verdict read again on all of them), wall time the sum of the
    /// cells' training times, and the number of plan cells still missing when some are (a partial
    /// report says so).
    public func results(finished: [String: CrossCheckResults.Cell], wallSeconds: Double) -> CrossCheckResults {
        var order: [String] = []
        var parts: [String: [CrossCheckResults.Cell]] = [:]
        for spec in cells {
            guard let cell = finished[spec.id] else { continue }
            if parts[spec.key] == nil { order.append(spec.key) }
            parts[spec.key, default: []].append(cell)
        }
        let merged = order.map { key in
            let pieces = parts[key]!
            guard pieces.count > 1, let theory = groups.first(where: { $0.group == pieces[0].group }),
                  let prediction = theory.prediction(for: pieces[0].family) else { return pieces[0] }
            var cell = pieces[0]
            cell.runs = pieces.flatMap(\.runs).sorted { $0.seed < $1.seed }
            cell.verdict = Verdict(prediction: prediction, depth: cell.depth, profile: cell.profile)
            return cell
        }
        var r = CrossCheckResults(command: command, budget: budget, wallSeconds: wallSeconds, groups: groups, cells: merged)
        let done = cells.filter { finished[$0.id] != nil }.count
        if done < cells.count { r.partial = .init(done: done, total: cells.count) }
        return r
    }

    /// "PSL(2,7)" -> "PSL_2_7_": letters, digits, '.', '+', '-' kept, anything else '_'.
    public static func slug(_ text: String) -> String {
        String(text.map { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) ? $0 : "_" })
    }
}

extension CrossCheckRunner {
    /// The plan of a word-problem sweep: every group resolved (an unknown name throws before any
    /// training), its theory computed, and one spec per (group, family, depth, guidance) and per
    /// witness-noise scale, in the order `cells(group:families:depths:)` trains them. With
    /// `splitSeeds` every such cell becomes one cell per seed (id suffix "-s<seed>"), so a sweep
    /// spreads over as many workers as it has runs and a killed worker loses one run at most.
    public func plan(groups names: [String], families: [MixerFamily], depths: [Int], noise: [Double],
                     splitSeeds: Bool = false, towerVersion: String, command: String) throws -> SweepPlan {
        var theories: [CrossCheckResults.GroupTheory] = []
        var specs: [SweepPlan.Spec] = []
        for name in names {
            let group = try GroupCatalog.group(named: name.trimmingCharacters(in: .whitespaces))
            theories.append(theory(name, group: group))
            let task = try WordProblemTask(name: name, group: group)
            func add(family: MixerFamily, depth: Int, guidance: String, initialisation: String, noise: Double?) {
                let steps = budget.recipe.resolvedSteps(vocabulary: task.vocabulary, layers: depth)
                for seed in splitSeeds ? budget.seeds.map(Optional.some) : [nil] {
                    var id = String(format: "%04d", specs.count) + "-" + SweepPlan.slug(name) + "-\(family.rawValue)-x\(depth)"
                    if guidance != "none" { id += "-guided" }
                    if let noise { id += "-witness" + SweepPlan.slug(String(noise)) }
                    if let seed { id += "-s\(seed)" }
                    specs.append(.init(id: id, group: name, family: family.rawValue, depth: depth, guidance: guidance,
                                       initialisation: initialisation, noise: noise, steps: steps,
                                       cost: Double((seed == nil ? budget.seeds.count : 1) * steps * depth), seed: seed))
                }
            }
            for family in families {
                for depth in depths {
                    // Every cell's budget is checked against the training bounds now, not when a
                    // worker reaches it (a batch of 10^9 is refused at plan time).
                    let model = budget.recipe.model(for: task, family: family, layers: depth)
                    try budget.recipe.config(model: model, seed: 1).validateBounds()
                    for mode in Self.guidanceModes(budget.guidance, task: task, depth: depth, family: family) {
                        add(family: family, depth: depth, guidance: mode, initialisation: "random", noise: nil)
                    }
                }
            }
            if group.isSolvable, !noise.isEmpty, let length = group.derivedLength {
                for scale in noise { add(family: .dcd, depth: max(length, 1), guidance: "none", initialisation: "witness+noise \(scale)", noise: scale) }
            }
        }
        return SweepPlan(towerVersion: towerVersion, command: command, budget: budget, groups: theories, cells: specs)
    }

    /// Trains one planned cell (only its seed when the plan splits seeds).
    public func run(_ spec: SweepPlan.Spec) throws -> CrossCheckResults.Cell {
        if let seed = spec.seed, budget.seeds != [seed] {
            var one = self
            one.budget.seeds = [seed]
            return try one.run(spec)
        }
        guard let family = MixerFamily(rawValue: spec.family) else { throw SweepError.unknownFamily(spec.family) }
        if let scale = spec.noise {
            guard let cell = try witnessCells(group: spec.group, noise: [scale]).first else { throw SweepError.noWitness(spec.group) }
            return cell
        }
        let (_, cells) = try cells(group: spec.group, families: [family], depths: [spec.depth], guidance: [spec.guidance])
        guard let cell = cells.first else { throw SweepError.noGuidedCell(spec.id) }
        return cell
    }
}

/// A plan that cannot be run as written (a hand-edited or foreign plan.json).
public enum SweepError: Error, CustomStringConvertible {
    case unknownFamily(String), noWitness(String), noGuidedCell(String)
    public var description: String {
        switch self {
        case .unknownFamily(let f): "unknown family '\(f)' in the plan"
        case .noWitness(let g): "\(g) has no witness (not solvable)"
        case .noGuidedCell(let id): "cell \(id): this model has no auxiliary head to guide"
        }
    }
}

/// `cells/<id>.json` of a sweep directory: one finished cell, the spec it was trained from (a
/// file whose spec differs from the plan's is not counted as done), who trained it and how long
/// it took.
public struct SweepCellFile: SweepCellRecord, Equatable {
    public typealias Result = CrossCheckResults.Cell
    public var format: Int
    public var spec: SweepPlan.Spec
    public var cell: CrossCheckResults.Cell
    /// "host:pid" of the worker that trained it.
    public var worker: String
    /// Seconds from the start of the cell's training to its result.
    public var seconds: Double
    public init(spec: SweepPlan.Spec, cell: CrossCheckResults.Cell, worker: String, seconds: Double) {
        self.format = spec.seed == nil ? 1 : SweepPlan.currentFormat; self.spec = spec; self.cell = cell; self.worker = worker; self.seconds = seconds
    }
}
