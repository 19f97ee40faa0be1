/// The fixed-width tables of the commands' human-readable output (bench tables, `tower probe`):
/// columns two spaces apart, the first `leftAligned` columns padded on the right (labels), the
/// others on the left (numbers), every column as wide as its widest cell.
public enum FixedWidthTable {
    public static func lines(_ rows: [[String]], leftAligned: Int = 1) -> [String] {
        guard let first = rows.first else { return [] }
        let widths = first.indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { column, cell in
                let pad = String(repeating: " ", count: widths[column] - cell.count)
                return column < leftAligned ? cell + pad : pad + cell
            }.joined(separator: "  ")
        }
    }
}
