import Foundation
import GroupReport
import Groups

extension GroupInput {
    /// The groups of a `--gap-file` (the file read through `FileAccess`, its text by
    /// `Groups.GroupReader`).
    static func groups(gapFile path: String) throws -> [GroupSource] {
        let data = try FileAccess.read(path, what: "--gap-file")
        guard let text = String(data: data, encoding: .utf8) else { throw InputFailure("GAP file \(path) is not UTF-8 text") }
        return try GroupReader.gapFile(text, path: path)
    }
}
