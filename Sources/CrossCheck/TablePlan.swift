import Foundation

/// A ground-truth table written down before any work (`tower table --groups SPEC --out DIR`):
/// one cell per group, each fully specified (a catalog name, or generators and degree), so the
/// workers (`tower table run DIR --shard I/N`) need nothing but this `plan.json`. It shares the
/// sweep machinery of the cross-check (`SweepPlanning`: ids, costs, shards, cell files).
public struct TablePlan: SweepPlanning, Equatable {
    public static let currentFormat = 1
    public static let subcommand = "table"
    public static let noun = "table"

    /// Always "table": tells a table's plan.json from a cross-check's.
    public var kind = "table"
    public var format = Self.currentFormat
    public var towerVersion: String
    /// The command line that made the plan, as typed.
    public var command: String
    /// --groups as typed.
    public var groups: String
    /// Whether each cell also writes `certificates/<id>.json` (`tower group --certificate`).
    public var certificates: Bool
    /// The files `tower table report` writes: md, csv, json, tex, gap.
    public var formats: [String]
    public var cells: [Spec]

    /// One row of the table: a group and how to build it.
    public struct Spec: SweepCellSpec {
        public typealias File = TableCellFile
        /// "0007-D16": the row's place in the plan and its label, file-name safe.
        public var id: String
        /// What the table's first column shows: the catalog name, or the JSONL line's "id".
        public var label: String
        /// The catalog name or GAP constructor the worker builds the group from; nil: `generators`.
        public var name: String?
        /// Generators in cycle notation (when `name` is nil).
        public var generators: [String]?
        public var degree: Int?
        /// Predicted cost (degree squared times the number of generators, at least 1): shards are
        /// balanced on it and the ETA is measured seconds per unit.
        public var cost: Double

        public init(index: Int, label: String, name: String?, generators: [String]?, degree: Int?, cost: Double) {
            self.id = String(format: "%04d", index) + "-" + SweepPlan.slug(label)
            self.label = label; self.name = name; self.generators = generators; self.degree = degree; self.cost = cost
        }
    }

    public init(towerVersion: String, command: String, groups: String, certificates: Bool, formats: [String], cells: [Spec]) {
        self.towerVersion = towerVersion; self.command = command; self.groups = groups
        self.certificates = certificates; self.formats = formats; self.cells = cells
    }

    /// True when `other` computes the same rows (the command line, version and formats may differ).
    public func sameSweep(as other: TablePlan) -> Bool {
        format == other.format && certificates == other.certificates && cells == other.cells
    }

    /// The rows of the finished cells in plan order, and how many plan cells are still missing.
    public func rows(finished: [String: TableRow]) -> (rows: [TableRow], missing: Int) {
        let rows = cells.compactMap { finished[$0.id] }
        return (rows, cells.count - rows.count)
    }
}

/// `cells/<id>.json` of a table directory: one computed row.
public struct TableCellFile: SweepCellRecord, Equatable {
    public var format: Int
    public var spec: TablePlan.Spec
    public var cell: TableRow
    /// "host:pid" of the worker that computed it.
    public var worker: String
    public var seconds: Double
    public init(spec: TablePlan.Spec, cell: TableRow, worker: String, seconds: Double) {
        self.format = TablePlan.currentFormat; self.spec = spec; self.cell = cell; self.worker = worker; self.seconds = seconds
    }
}
