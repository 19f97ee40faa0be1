import Foundation
import Groups

/// Turns what the user typed into a group. The reading itself (catalog names, cycle notation, GAP's
/// syntax) is `Groups.GroupReader`; its errors are one line each and reach the user as they are.
enum GroupInput {
    /// `--generators` text: cycle notation, `Group(...)`, image lists, or a GAP constructor.
    static func group(generators text: String, degree: Int?) throws -> GroupSource {
        try checkDegree(degree)
        return try GroupReader.generators(text, degree: degree)
    }

    /// One string per generator, as in a batch line's `"generators"` array.
    static func group(generatorList: [String], degree: Int?) throws -> GroupSource {
        try checkDegree(degree)
        return try GroupReader.generatorList(generatorList, degree: degree)
    }

    /// The groups of a `--gap-file`.
    static func groups(gapFile path: String) throws -> [GroupSource] {
        let data = try FileAccess.read(path, what: "--gap-file")
        guard let text = String(data: data, encoding: .utf8) else { throw InputFailure("GAP file \(path) is not UTF-8 text") }
        return try GroupReader.gapFile(text, path: path)
    }

    private static func checkDegree(_ degree: Int?) throws {
        guard let degree else { return }
        guard degree >= 1, degree <= Permutation.maximumDegree else {
            throw InputFailure("degree \(degree) is outside 1...\(Permutation.maximumDegree)")
        }
    }
}
