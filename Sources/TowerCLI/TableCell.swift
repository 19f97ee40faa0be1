import CertificateBuilder
import CrossCheck
import Foundation
import GroupReport
import Groups

/// One cell of a ground-truth table: the row of one group, computed by `GroupAnalysis` (what
/// `tower group` reports) with the per-family predictions of `FamilyPrediction` (what `tower
/// crosscheck` uses), and with `--certificates` the certificate `tower group --certificate` writes,
/// as `certificates/<id>.json` in the table directory (written before the cell file, so a finished
/// cell always has its certificate).
enum TableCell {
    static func compute(_ spec: TablePlan.Spec, plan: TablePlan, directory: SweepDirectory) throws -> TableRow {
        let source: GroupSource
        do { source = try TableSpec.group(spec) } catch { throw InputFailure("\(directory.planPath): cell \(spec.id): \(error)") }
        var certificate: String?
        if plan.certificates {
            let relative = "certificates/\(spec.id).json"
            try FileAccess.reportingWriteErrors(to: directory.path + "/certificates", what: "--out") {
                try FileManager.default.createDirectory(atPath: directory.path + "/certificates", withIntermediateDirectories: true)
            }
            try GroupCommand.writeCertificate(source.group, claim: .derivedLength, to: directory.path + "/" + relative, verbose: false)
            certificate = relative
        }
        let a = GroupAnalysis(source)   // every part: the row needs them all
        guard let derived = a.derived, let lower = a.lowerCentral, let composition = a.composition, let depth = a.depth else {
            throw InputFailure("cell \(spec.id): the group report left out a part the table needs")
        }
        return TableRow(label: spec.label, degree: a.degree, generators: source.group.generators.map(\.description),
                        order: a.order.description, solvable: derived.solvable, abelian: a.abelian, nilpotent: lower.nilpotent,
                        derivedLength: derived.length, nilpotencyClass: lower.nilpotencyClass,
                        predictions: depth,
                        compositionFactorOrders: (try? composition.get().factorOrders)?.sorted { $0 < $1 }.map(\.description),
                        compositionFailure: { if case .failure(let f) = composition { return f.reason }; return nil }(),
                        derivedSeriesOrders: derived.orders.map(\.description), derivedFactorInvariants: derived.factorInvariants,
                        lowerCentralSeriesOrders: lower.orders.map(\.description), certificate: certificate)
    }

    /// Writes the plan's formats (`TableRender`) into the table directory from its finished
    /// cells; returns the paths written and how many rows are missing.
    static func report(_ directory: SweepDirectory, plan: TablePlan) throws -> (files: [String], rows: [TableRow], missing: Int) {
        let (rows, missing) = plan.rows(finished: directory.finished(plan).mapValues(\.cell))
        var files: [String] = []
        for format in plan.formats {
            let path = directory.path + "/" + TableRender.fileName(format)
            try FileAccess.writeAtomically(try TableRender.render(format, plan: plan, rows: rows, missing: missing), to: path, what: "--out")
            files.append(path)
        }
        return (files, rows, missing)
    }
}

extension SweepWorker where Plan == TablePlan {
    /// The worker of a table: computes each row (`TableCell.compute`).
    init(directory: SweepDirectory, plan: TablePlan, shard: (index: Int, count: Int) = (1, 1), leaseSeconds: Double = 300) {
        self.init(directory: directory, plan: plan, shard: shard, leaseSeconds: leaseSeconds, verb: "computing") { spec, lease in
            let row = try TableCell.compute(spec, plan: plan, directory: directory)
            lease.renew()
            return row
        }
    }
}
