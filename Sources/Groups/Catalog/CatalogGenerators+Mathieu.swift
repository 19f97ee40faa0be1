// The five Mathieu groups, with the generators GAP 4.12 uses for `MathieuGroup(n)` (printed by
// bench/catalog/mathieu_generators.g and embedded here as data: 1-based disjoint cycles per generator).

extension CatalogGenerators {
    /// M11, M12, M22, M23 or M24 on 11, 12, 22, 23 or 24 points.
    static func mathieu(_ n: Int) throws -> CatalogGenerators {
        guard let cycles = mathieuCycles[n] else {
            throw GroupCatalogError.invalidParameter(
                family: "M\(n)", problem: "the Mathieu groups are M11, M12, M22, M23 and M24")
        }
        return CatalogGenerators(degree: n, images: cycles.map { CatalogGenerators.images(cycles: $0, degree: n) })
    }

    private static let mathieuCycles: [Int: [[[Int]]]] = [
        11: [
            [Array(1...11)],
            [[3, 7, 11, 8], [4, 10, 5, 6]],
        ],
        12: [
            [Array(1...11)],
            [[3, 7, 11, 8], [4, 10, 5, 6]],
            [[1, 12], [2, 11], [3, 6], [4, 8], [5, 9], [7, 10]],
        ],
        22: [
            [Array(1...11), Array(12...22)],
            [[1, 4, 5, 9, 3], [2, 8, 10, 7, 6], [12, 15, 16, 20, 14], [13, 19, 21, 18, 17]],
            [[1, 21], [2, 10, 8, 6], [3, 13, 4, 17], [5, 19, 9, 18], [11, 22], [12, 14, 16, 20]],
        ],
        23: [
            [Array(1...23)],
            [[3, 17, 10, 7, 9], [4, 13, 14, 19, 5], [8, 18, 11, 12, 23], [15, 20, 22, 21, 16]],
        ],
        24: [
            [Array(1...23)],
            [[3, 17, 10, 7, 9], [4, 13, 14, 19, 5], [8, 18, 11, 12, 23], [15, 20, 22, 21, 16]],
            [[1, 24], [2, 23], [3, 12], [4, 16], [5, 18], [6, 10], [7, 20], [8, 14], [9, 21], [11, 17], [13, 22], [15, 19]],
        ],
    ]
}
