import Exact
import Foundation
import Groups

/// One benchmark group of `tower bench groups`, and what each system measured for it.
public struct BenchGroupsCase: Sendable {
    /// Short label used in tables and by `--only`.
    public let label: String
    /// The catalog name that builds the generators every system receives.
    public let catalogName: String

    /// The groups of issue 3's benchmark, in its order.
    public static let all: [BenchGroupsCase] = [
        BenchGroupsCase(label: "Rubik", catalogName: "Rubik"),
        BenchGroupsCase(label: "M24", catalogName: "M24"),
        BenchGroupsCase(label: "S100", catalogName: "S100"),
        BenchGroupsCase(label: "A101", catalogName: "A101"),
        BenchGroupsCase(label: "Sylow2(S256)", catalogName: "Sylow2(S256)"),
        BenchGroupsCase(label: "Sylow2(S1024)", catalogName: "Sylow2(S1024)"),
        BenchGroupsCase(label: "PSL(2,1009)", catalogName: "PSL(2,1009)"),
        BenchGroupsCase(label: "AGL(1,1009)", catalogName: "AGL(1,1009)"),
        BenchGroupsCase(label: "S4 wr S4", catalogName: "S4 wr S4"),
    ]

    /// The listed case of that label, or a case for any other catalog name (`--only "Sylow2(S512)"`).
    public static func named(_ name: String) -> BenchGroupsCase {
        all.first { $0.label == name } ?? BenchGroupsCase(label: name, catalogName: name)
    }

    public func generators() throws -> CatalogGenerators {
        try GroupCatalog.generators(named: catalogName)
    }
}

/// What one system reported for one group: its orders, or why there are none.
struct BenchGroupsMeasurement {
    enum Status: String { case ok, timeout, error, skipped }

    let status: Status
    /// Seconds for order + derived series (nil unless `status == .ok`).
    let seconds: Double?
    let order: String?
    let derivedSeriesOrders: [String]?
    /// A one-line reason for `error` (and the tail of what the system printed).
    let note: String?

    static let skipped = BenchGroupsMeasurement(status: .skipped, seconds: nil, order: nil, derivedSeriesOrders: nil, note: nil)

    var jsonObject: [String: Any] {
        var object: [String: Any] = ["status": status.rawValue]
        if let seconds { object["seconds"] = seconds }
        if let order { object["order"] = order }
        if let derivedSeriesOrders { object["derived_series_orders"] = derivedSeriesOrders }
        if let note { object["note"] = note }
        return object
    }
}

/// Tower's side: order and derived series of a freshly built group, timed in-process.
enum BenchGroupsTower {
    /// The best of `repeats` runs, each on a new `PermutationGroup` so nothing is cached between runs.
    static func measure(_ data: CatalogGenerators, repeats: Int) throws -> BenchGroupsMeasurement {
        var best = Double.infinity
        var order = BigInt.zero
        var series: [BigInt] = []
        for _ in 0..<repeats {
            let clock = ContinuousClock()
            let start = clock.now
            let group = try GroupCatalog.group(from: data)
            order = group.order
            series = group.derivedSeries.map(\.order)
            let elapsed = clock.now - start
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
            best = min(best, seconds)
        }
        return BenchGroupsMeasurement(status: .ok, seconds: best, order: order.description,
                                      derivedSeriesOrders: series.map(\.description), note: nil)
    }
}
