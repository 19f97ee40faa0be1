import CommandOutput

/// One line of `tower bench arith` output.
public struct BenchArithRow {
    let operation: String
    let limbs: String
    /// Operations timed per side, and nanoseconds per operation of Tower and of C GMP.
    let operations: Int
    let towerNs: Double
    let gmpNs: Double
    /// C GMP with a fresh `mpz_t` per result (add rows only).
    let gmpFreshNs: Double?
    let boxedNs: Double?

    public var jsonObject: [String: Any] {
        var o: [String: Any] = [
            "operation": operation, "limbs": limbs, "operations": operations,
            "towerNsPerOp": towerNs, "gmpNsPerOp": gmpNs, "towerOverGMP": towerNs / gmpNs,
        ]
        if let gmpFreshNs {
            o["gmpFreshNsPerOp"] = gmpFreshNs
            o["towerOverGMPFresh"] = towerNs / gmpFreshNs
        }
        if let boxedNs {
            o["boxedNsPerOp"] = boxedNs
            o["towerOverBoxed"] = towerNs / boxedNs
        }
        return o
    }

    /// A fixed-width table; ns/op per side and the Tower/GMP (and Tower/fresh, Tower/boxed) ratios.
    public static func table(_ rows: [BenchArithRow]) -> String {
        let header = ["operation", "limbs", "ops", "Tower ns/op", "GMP ns/op", "Tower/GMP", "GMP fresh ns/op", "Tower/fresh",
                      "boxed ns/op", "Tower/boxed"]
        let body = rows.map { r in
            [r.operation, r.limbs, "\(r.operations)", format(r.towerNs), format(r.gmpNs), String(format2: r.towerNs / r.gmpNs),
             r.gmpFreshNs.map(format) ?? "", r.gmpFreshNs.map { String(format2: r.towerNs / $0) } ?? "",
             r.boxedNs.map(format) ?? "", r.boxedNs.map { String(format2: r.towerNs / $0) } ?? ""]
        }
        return FixedWidthTable.lines([header] + body, leftAligned: 2).joined(separator: "\n")
    }

    /// Three significant-ish digits: 1.23, 12.3, 123, 12345.
    private static func format(_ ns: Double) -> String {
        ns >= 100 ? String(Int(ns.rounded())) : ns >= 10 ? String(format1: ns) : String(format2: ns)
    }
}

private extension String {
    init(format1 x: Double) { self = String((x * 10).rounded() / 10) }
    init(format2 x: Double) {
        let r = (x * 100).rounded() / 100
        let s = String(r)
        let parts = s.split(separator: ".")
        self = parts.count == 2 && parts[1].count == 1 ? s + "0" : s
    }
}
