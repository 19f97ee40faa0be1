import Depth
import Foundation
import Groups

/// The files of a ground-truth table (`tower table report`): `table.md`, `table.csv`,
/// `table.json`, `table.tex` (a booktabs table for a paper) and `table.g` (a GAP script asserting
/// every invariant of every row). Columns: group, order, derived length, nilpotency class,
/// solvable, the predicted minimal depth of each model family, composition factors.
public enum TableRender {
    public static let formats = ["md", "csv", "json", "tex", "gap"]
    public static let families = ReportTables.families

    /// The file name of a format: "table.md", ..., "table.g" for gap.
    public static func fileName(_ format: String) -> String { "table." + (format == "gap" ? "g" : format) }

    /// The file of one format. `missing` > 0 marks the table partial (md, json, tex say so).
    public static func render(_ format: String, plan: TablePlan, rows: [TableRow], missing: Int) throws -> String {
        switch format {
        case "md": return markdown(rows, missing: missing, total: plan.cells.count)
        case "csv": return csv(rows)
        case "json": return try json(plan: plan, rows: rows, missing: missing) + "\n"
        case "tex": return latex(rows, missing: missing, total: plan.cells.count)
        default: return gap(rows, command: plan.command)
        }
    }

    /// "1", "impossible" (no depth suffices).
    static func depth(_ p: FamilyPrediction?) -> String { ReportTables.depthText(p) }

    /// "2 (x3), 3": ascending factor orders with multiplicities; "not proven" when none is.
    public static func factors(_ row: TableRow) -> String {
        guard let orders = row.compositionFactorOrders else { return "not proven" }
        if orders.isEmpty { return "none (trivial group)" }
        var runs: [(String, Int)] = []
        for o in orders {
            if let last = runs.last, last.0 == o { runs[runs.count - 1].1 += 1 } else { runs.append((o, 1)) }
        }
        return runs.map { $0.1 == 1 ? $0.0 : "\($0.0) (x\($0.1))" }.joined(separator: ", ")
    }

    static func partialLine(_ missing: Int, total: Int) -> String? {
        missing == 0 ? nil : "PARTIAL table: \(total - missing) of \(total) rows done"
    }

    public static func markdown(_ rows: [TableRow], missing: Int, total: Int) -> String {
        var lines: [String] = []
        if let p = partialLine(missing, total: total) { lines += ["**\(p)**", ""] }
        lines.append("| group | order | derived length | nilpotency class | solvable | " + families.joined(separator: " | ") + " | composition factors |")
        lines.append("|---|---:|---:|---:|:---:|" + families.map { _ in "---:|" }.joined() + "---|")
        for r in rows {
            var cols: [String] = [r.label, r.order, r.derivedLength.map(String.init) ?? "not solvable"]
            cols.append(r.nilpotencyClass.map(String.init) ?? "not nilpotent")
            cols.append(r.solvable ? "yes" : "no")
            cols += families.map { depth(r.prediction(for: $0)) }
            cols.append(factors(r))
            lines.append("| " + cols.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public static var csvHeader: [String] {
        let head: [String] = ["group", "degree", "order", "derived_length", "nilpotency_class", "solvable", "abelian", "nilpotent"]
        let depths: [String] = families.map { "depth_" + $0 }
        return head + depths + ["composition_factor_orders", "certificate"]
    }

    /// One line per row; empty fields where a value does not exist (not solvable, not nilpotent,
    /// impossible depth); composition factor orders separated by spaces.
    public static func csv(_ rows: [TableRow]) -> String {
        var lines = [csvHeader.joined(separator: ",")]
        for r in rows {
            var cols: [String] = [r.label, String(r.degree), r.order, r.derivedLength.map(String.init) ?? ""]
            cols.append(r.nilpotencyClass.map(String.init) ?? "")
            cols += [String(r.solvable), String(r.abelian), String(r.nilpotent)]
            cols += families.map { f -> String in r.prediction(for: f)?.minimalDepth.map(String.init) ?? "" }
            cols += [r.compositionFactorOrders?.joined(separator: " ") ?? "", r.certificate ?? ""]
            lines.append(cols.map(ReportTables.csvField).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    struct Document: Encodable {
        var command: String
        var towerVersion: String
        var groups: String
        var rows: [TableRow]
        var partial: CrossCheckResults.Partial?
    }

    public static func json(plan: TablePlan, rows: [TableRow], missing: Int) throws -> String {
        try ReportTables.json(encoding: Document(command: plan.command, towerVersion: plan.towerVersion, groups: plan.groups, rows: rows,
                                                 partial: missing == 0 ? nil : .init(done: plan.cells.count - missing, total: plan.cells.count)))
    }

    /// A booktabs `table` environment: `\usepackage{booktabs}` in the preamble is all it needs.
    /// "--" marks what does not exist (not solvable, not nilpotent, no depth suffices).
    public static func latex(_ rows: [TableRow], missing: Int, total: Int) -> String {
        var lines = ["% Written by Tower (tower table); needs \\usepackage{booktabs}."]
        if let p = partialLine(missing, total: total) { lines.append("% " + p) }
        lines += ["\\begin{table}", "\\centering",
                  "\\begin{tabular}{lrrrc" + String(repeating: "r", count: families.count) + "l}", "\\toprule",
                  " & & & & & \\multicolumn{\(families.count)}{c}{predicted minimal depth} & \\\\",
                  "\\cmidrule(lr){6-\(5 + families.count)}",
                  "group & order & derived length & nilpotency class & solvable & "
                    + families.map { "\\texttt{\($0)}" }.joined(separator: " & ") + " & composition factors \\\\",
                  "\\midrule"]
        for r in rows {
            var cols: [String] = [latexName(r.label), r.order, r.derivedLength.map(String.init) ?? "--"]
            cols.append(r.nilpotencyClass.map(String.init) ?? "--")
            cols.append(r.solvable ? "yes" : "no")
            cols += families.map { f -> String in r.prediction(for: f)?.minimalDepth.map(String.init) ?? "--" }
            cols.append(texEscape(factors(r)))
            lines.append(cols.joined(separator: " & ") + " \\\\")
        }
        lines += ["\\bottomrule", "\\end{tabular}",
                  "\\caption{Exact invariants and predicted minimal depth per model family, computed by Tower"
                    + (missing == 0 ? "" : " (partial: \(total - missing) of \(total) groups)")
                    + ". --: not solvable, not nilpotent, or no depth suffices.}",
                  "\\label{tab:tower-groups}", "\\end{table}"]
        return lines.joined(separator: "\n") + "\n"
    }

    /// A catalog-like label in math mode: "S12" -> "$S_{12}$", "AGL(1,7)" -> "$\mathrm{AGL}(1,7)$",
    /// "S4 wr S4" -> "$S_{4} \wr S_{4}$"; a label with any other character (a JSONL id such as
    /// "T8_3") as escaped text.
    static func latexName(_ label: String) -> String {
        guard label.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || " (),".contains($0)) }) else { return texEscape(label) }
        return "$" + mathName(label) + "$"
    }

    static func mathName(_ label: String) -> String {
        var out = "", word = "", digits = ""
        func flush() {
            if !word.isEmpty {
                out += word == "wr" ? " \\wr " : word == "x" ? " \\times " : word.count == 1 ? word : "\\mathrm{\(word)}"
            }
            if !digits.isEmpty { out += word.isEmpty || word == "wr" || word == "x" ? digits : "_{\(digits)}" }
            word = ""; digits = ""
        }
        for ch in label {
            if ch.isASCII && ch.isLetter {
                if !digits.isEmpty { flush() }
                word.append(ch)
            } else if ch.isASCII && ch.isNumber {
                digits.append(ch)
            } else {
                flush()
                out += ch == " " ? "" : texEscape(String(ch))
            }
        }
        flush()
        return out
    }

    static func texEscape(_ s: String) -> String {
        var out = ""
        for ch in s {
            switch ch {
            case "\\": out += "\\textbackslash{}"
            case "&", "%", "$", "#", "_", "{", "}": out += "\\" + String(ch)
            case "~": out += "\\textasciitilde{}"
            case "^": out += "\\textasciicircum{}"
            default: out.append(ch)
            }
        }
        return out
    }

    /// The GAP script of `tower group --gap-script`, over every row.
    public static func gap(_ rows: [TableRow], command: String) -> String {
        GapCheckScript.script(rows.compactMap(\.gapEntry), command: command)
    }
}
