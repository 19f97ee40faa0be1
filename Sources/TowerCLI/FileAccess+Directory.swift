import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Up-front checks for input files read later and for output directories (`crosscheck --out`),
/// with the same one-line, plain-words messages as the rest of `FileAccess`.
extension FileAccess {
    /// Checks, before any long work, that `path` names a readable file (not a directory).
    static func checkReadable(_ path: String, what: String? = nil) throws {
        close(try openReadable(path, prefix: what.map { "\($0): " } ?? ""))
    }

    /// What an output directory holds before a report is written into it.
    enum DirectoryState: Equatable {
        /// Missing (it will be created) or empty.
        case empty
        /// Holds an earlier report (a file named by `marker`).
        case earlierReport
    }

    /// Checks, before any long work, that a report can be written into the directory `path`: the
    /// name is not empty, it is not a file, the nearest existing ancestor is a writable directory,
    /// and it is empty or holds an earlier report (a file named `marker`); a non-empty directory
    /// without one is refused (the report would be mixed into unrelated files). Throws
    /// `InputFailure` naming the path and the reason.
    static func checkReportDirectory(_ path: String, what: String, marker: String) throws -> DirectoryState {
        guard !path.isEmpty else { throw InputFailure("\(what): the directory name is empty") }
        var info = stat()
        guard stat(path, &info) == 0 else {
            guard errno == ENOENT else { throw InputFailure("\(what): cannot write into \(path): \(reason(errno))") }
            try checkCreatable(path, what: what)
            return .empty
        }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            throw InputFailure("\(what): cannot write into \(path): it is a file, not a directory")
        }
        guard access(path, W_OK) == 0 else { throw InputFailure("\(what): cannot write into \(path): permission denied") }
        let code = probeCreation(in: path, directory: false)
        guard code == 0 else { throw InputFailure("\(what): cannot write into \(path): it does not accept new files (\(reason(code)))") }
        let entries: [String]
        do { entries = try FileManager.default.contentsOfDirectory(atPath: path).sorted() } catch {
            throw InputFailure("\(what): cannot read the directory \(path): \(reason(of: error))")
        }
        if entries.isEmpty { return .empty }
        guard entries.contains(marker) else {
            let more = entries.count > 3 ? " and \(entries.count - 3) more" : ""
            throw InputFailure("\(what): \(path) is not empty (\(entries.prefix(3).joined(separator: ", "))\(more)) and holds no "
                               + "earlier report (\(marker)); give a new or empty directory")
        }
        return .earlierReport
    }

    /// A directory that does not exist yet can be created: its nearest existing ancestor is a
    /// writable directory.
    private static func checkCreatable(_ path: String, what: String) throws {
        var ancestor = directory(of: path)
        var info = stat()
        while stat(ancestor, &info) != 0 {
            guard errno == ENOENT, ancestor != "." && ancestor != "/" else {
                throw InputFailure("\(what): cannot create \(path): \(reason(errno))")
            }
            ancestor = directory(of: ancestor)
        }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            throw InputFailure("\(what): cannot create \(path): \(ancestor) is a file, not a directory")
        }
        guard access(ancestor, W_OK) == 0 else {
            throw InputFailure("\(what): cannot create \(path): no permission to write in \(ancestor)")
        }
        let code = probeCreation(in: ancestor, directory: true)
        guard code == 0 else {
            throw InputFailure("\(what): cannot create \(path): \(ancestor) does not accept new directories (\(reason(code)))")
        }
    }
}
