import Foundation

/// What every sweep plan shares, whatever its cells compute (a cross-check trains models, a
/// ground-truth table computes a group's invariants): cells with stable ids and predicted costs,
/// a format number, and one result file per finished cell. The directory, leases, workers,
/// status and Slurm script (`TowerCLI/SweepDirectory`, `SweepWorker`, `SweepStatus`,
/// `SlurmOptions`) work on any `SweepPlanning`.
public protocol SweepPlanning: Codable, Sendable {
    associatedtype Spec: SweepCellSpec
    /// The newest plan format this Tower writes; a plan of a higher format is refused.
    static var currentFormat: Int { get }
    /// The `tower` subcommand that owns such a sweep ("crosscheck", "table"), for messages and scripts.
    static var subcommand: String { get }
    /// What one such directory is called in messages ("sweep", "table").
    static var noun: String { get }
    var format: Int { get }
    /// The command line that made the plan, as typed.
    var command: String { get }
    var cells: [Spec] { get }
    /// True when `other` computes exactly the same cells (a resume typed differently is the same sweep).
    func sameSweep(as other: Self) -> Bool
}

/// One planned cell: a stable, file-name-safe id and a predicted cost in arbitrary units.
public protocol SweepCellSpec: Codable, Equatable, Sendable {
    /// The result file of one finished cell of this kind.
    associatedtype File: SweepCellRecord where File.Spec == Self
    var id: String { get }
    var cost: Double { get }
}

/// `cells/<id>.json`: a finished cell with the spec it was computed from, who computed it and how long it took.
public protocol SweepCellRecord: Codable, Sendable {
    associatedtype Spec: SweepCellSpec
    /// What the cell computed.
    associatedtype Result: Codable & Sendable
    var spec: Spec { get }
    var worker: String { get }
    var seconds: Double { get }
    init(spec: Spec, cell: Result, worker: String, seconds: Double)
}

extension SweepPlanning {
    /// The cells of shard `index` (1...count): a stable assignment balanced by predicted cost.
    /// Cells are taken by decreasing cost (ties in plan order) and each goes to the shard with the
    /// least cost so far (ties: the lowest shard), so every worker computes the same split from
    /// the plan alone. Returned in plan order.
    public func shard(_ index: Int, of count: Int) -> [Spec] {
        precondition(count >= 1 && (1...count).contains(index))
        var load = [Double](repeating: 0, count: count)
        var owner = [Int](repeating: 0, count: cells.count)
        let order = cells.indices.sorted { cells[$0].cost != cells[$1].cost ? cells[$0].cost > cells[$1].cost : $0 < $1 }
        for i in order {
            let s = load.indices.min { load[$0] != load[$1] ? load[$0] < load[$1] : $0 < $1 }!
            owner[i] = s
            load[s] += cells[i].cost
        }
        return cells.indices.filter { owner[$0] == index - 1 }.map { cells[$0] }
    }
}
