import CommandOutput
import Foundation

/// One line of the `tower bench groups` table: a group and the three systems' results.
public struct BenchGroupsRow {
    let label: String
    let degree: Int
    let generatorCount: Int
    let tower: BenchGroupsMeasurement
    let gap: BenchGroupsMeasurement
    let sympy: BenchGroupsMeasurement

    /// Every system that produced a result found the same order and derived series orders.
    var ordersAgree: Bool {
        let results = [tower, gap, sympy].filter { $0.status == .ok }
        return results.allSatisfy { $0.order == tower.order && $0.derivedSeriesOrders == tower.derivedSeriesOrders }
    }

    public var jsonObject: [String: Any] {
        var object: [String: Any] = [
            "name": label, "degree": degree, "generators": generatorCount,
            "order": tower.order ?? "", "derived_series_orders": tower.derivedSeriesOrders ?? [],
            "tower": tower.jsonObject, "gap": gap.jsonObject, "sympy": sympy.jsonObject,
            "orders_agree": ordersAgree,
        ]
        if let r = ratio(gap) { object["gap_over_tower"] = r }
        if let r = ratio(sympy) { object["sympy_over_tower"] = r }
        return object
    }

    /// How many times longer the other system took than Tower (> 1: Tower is faster).
    func ratio(_ other: BenchGroupsMeasurement) -> Double? {
        guard let theirs = other.seconds, let ours = tower.seconds, ours > 0 else { return nil }
        return theirs / ours
    }

    public static func table(_ rows: [BenchGroupsRow]) -> String {
        let header = ["group", "degree", "order", "Tower s", "GAP s", "SymPy s", "GAP/Tower", "SymPy/Tower", "agree"]
        var body: [[String]] = []
        for row in rows {
            body.append([
                row.label, String(row.degree), abbreviated(row.tower.order ?? "?"),
                seconds(row.tower), seconds(row.gap), seconds(row.sympy),
                ratioText(row.ratio(row.gap), row.gap), ratioText(row.ratio(row.sympy), row.sympy),
                row.ordersAgree ? "yes" : "NO",
            ])
        }
        var lines = FixedWidthTable.lines([header] + body)
        lines.append("")
        lines.append("derived series orders (G first):")
        for row in rows {
            lines.append("  \(row.label): " + (row.tower.derivedSeriesOrders ?? []).joined(separator: " > "))
            for (name, m) in [("GAP", row.gap), ("SymPy", row.sympy)] where m.status == .ok && !row.ordersAgree {
                lines.append("    \(name) says: order \(m.order ?? "?"), series " + (m.derivedSeriesOrders ?? []).joined(separator: " > "))
            }
            for (name, m) in [("GAP", row.gap), ("SymPy", row.sympy)] where m.status == .error {
                lines.append("    \(name) error: \(m.note ?? "")")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Orders of more than 20 digits as leading digits and a digit count (the full value is listed below the table).
    private static func abbreviated(_ order: String) -> String {
        order.count <= 20 ? order : "\(order.prefix(6))... (\(order.count) digits)"
    }

    static func seconds(_ m: BenchGroupsMeasurement) -> String {
        switch m.status {
        case .ok: return m.seconds.map { String(format: $0 < 0.1 ? "%.4f" : "%.3f", $0) } ?? "?"
        case .timeout: return "timeout"
        case .error: return "error"
        case .skipped: return "-"
        }
    }

    private static func ratioText(_ ratio: Double?, _ m: BenchGroupsMeasurement) -> String {
        guard let ratio else { return m.status == .timeout ? "> limit" : "-" }
        return String(format: ratio >= 10 ? "%.0fx" : "%.1fx", ratio)
    }
}
