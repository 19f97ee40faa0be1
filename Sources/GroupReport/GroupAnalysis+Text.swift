import Depth
import Exact
import Groups

extension GroupAnalysis {
    /// The human-readable report of `tower group` (no `--json`).
    public var report: String {
        var lines: [String] = []
        let title = name.map { "\($0) (" } ?? "group ("
        lines.append(title + "degree \(degree), \(generatorCount) generator\(generatorCount == 1 ? "" : "s"))")
        lines.append("  input              \(syntax.summary)")
        lines.append("  generators         \(generatorsText)")
        lines.append("  order              \(order)")
        lines.append("  abelian            \(yesNo(abelian))")
        if let derived {
            lines.append("  solvable           " + (derived.length.map { "yes, derived length \($0)" } ?? "no"))
        }
        if let lowerCentral {
            lines.append("  nilpotent          " + (lowerCentral.nilpotencyClass.map { "yes, class \($0)" } ?? "no"))
        }
        if let derived {
            lines.append("")
            lines.append("derived series (G^(i+1) = [G^(i), G^(i)]; invariants of each abelian factor):")
            lines += derivedSeriesLines(derived)
        }
        if lowerCentral != nil || elementaryAbelian2SeriesOrders != nil { lines.append("") }
        if let lowerCentral {
            lines.append("lower central series: " + chain(lowerCentral.orders)
                + (lowerCentral.nilpotent ? "" : "   (stalls above 1: not nilpotent)"))
        }
        if let ea2 = elementaryAbelian2SeriesOrders {
            lines.append("elementary abelian 2 series ([H,H]H^2): " + chain(ea2)
                + (ea2.last == .one ? "" : "   (stalls above 1)"))
        }
        if composition != nil {
            lines.append("")
            lines += compositionLines
        }
        if let depth, let derived, let ea2 = elementaryAbelian2SeriesOrders {
            lines.append("")
            lines.append("predicted minimal depth (layers needed to track G):")
            lines += depthLines(depth, derived: derived, ea2: ea2)
        }
        if parts != GroupAnalysisPart.all {
            let skipped = GroupAnalysisPart.allCases.filter { !parts.contains($0) }.map(\.rawValue)
            lines.append("")
            lines.append("not computed (--only): " + skipped.joined(separator: ", ")
                         + (depth == nil ? ", predicted depth" : ""))
        }
        return lines.joined(separator: "\n")
    }

    /// The generators in cycle notation, as the report prints them: so a user sees what was read
    /// (GAP multiplies juxtaposed cycles: `(1,2,3)(1,2)` is read as `(2,3)`). Cut after
    /// `limit` characters, saying how many generators there are in all.
    public static func generatorsLine(_ generators: [Permutation], limit: Int = 200) -> String {
        if generators.isEmpty { return "none (the trivial group)" }
        var text = ""
        for (i, g) in generators.enumerated() {
            let piece = (i == 0 ? "" : ", ") + g.description
            if text.count + piece.count > limit {
                let room = max(0, limit - text.count)
                return text + piece.prefix(room) + "... (\(generators.count) in all)"
            }
            text += piece
        }
        return text
    }

    private func derivedSeriesLines(_ derived: DerivedFacts) -> [String] {
        let derivedSeriesOrders = derived.orders, derivedFactorInvariants = derived.factorInvariants
        let labels = derivedSeriesOrders.indices.map { "G^(\($0))" }
        let orders = derivedSeriesOrders.map(\.description)
        let orderWidth = orders.map(\.count).max() ?? 0
        var lines: [String] = []
        for i in derivedSeriesOrders.indices {
            var line = "  \(labels[i])  order " + String(repeating: " ", count: orderWidth - orders[i].count) + orders[i]
            if i < derivedFactorInvariants.count {
                line += "   G^(\(i))/G^(\(i + 1)) = " + invariantsText(derivedFactorInvariants[i])
            } else if i == derivedSeriesOrders.count - 1 && !derived.solvable {
                line += "   perfect: the series stops here"
            }
            lines.append(line)
        }
        return lines
    }

    private func depthLines(_ depth: [FamilyPrediction], derived: DerivedFacts, ea2: [BigInt]) -> [String] {
        let rows: [(String, String, String)] = zip(FamilyTheory.all, depth).map { row, prediction in
            (row.title, prediction.minimalDepth.map(String.init) ?? "impossible",
             depthReason(row, reached: prediction.minimalDepth != nil, derived: derived, ea2: ea2))
        }
        let familyWidth = rows.map(\.0.count).max()!
        let valueWidth = rows.map(\.1.count).max()!
        return rows.map { family, value, basis in
            "  " + family + String(repeating: " ", count: familyWidth - family.count + 2)
                + value + String(repeating: " ", count: valueWidth - value.count + 2) + basis
        }
    }

    private func depthReason(_ row: FamilyTheory, reached: Bool, derived: DerivedFacts, ea2: [BigInt]) -> String {
        switch row.family {
        case .dcd:
            return row.status.word + (reached ? ": the derived length"
                : ": not solvable (perfect residuum of order \(derived.orders.last!))")
        case .real11:
            return row.status.word + (reached ? ": length of the EA2 series"
                : ": the EA2 series stalls at order \(ea2.last!)")
        case .real01, .dense:
            return "one layer tracks " + row.oneLayer
        }
    }

    /// GAP's notation for abelian invariants, plus the group it names: [2, 2] = C2 x C2.
    private func invariantsText(_ invariants: [Int]) -> String {
        if invariants.isEmpty { return "[] (trivial)" }
        let list = "[" + invariants.map(String.init).joined(separator: ", ") + "]"
        return list + " = " + invariants.map { "C\($0)" }.joined(separator: " x ")
    }

    private func chain(_ orders: [BigInt]) -> String {
        orders.map(\.description).joined(separator: " > ")
    }

    private func yesNo(_ value: Bool) -> String { value ? "yes" : "no" }
}
