import Foundation
#if canImport(Glibc)
import Glibc
private let systemRead = Glibc.read
#elseif canImport(Darwin)
import Darwin
private let systemRead = Darwin.read
#endif

/// Reading input files and writing output files, with every file-system problem reported as one
/// `InputFailure` line naming the path and the reason in plain words ("cannot read nope.json:
/// no such file or directory"), never a raw `NSCocoaErrorDomain` dump. Outputs are written
/// atomically: a temporary file next to the target, flushed to disk, then renamed over it, so an
/// interrupted run leaves the old file or the new one, never a truncated one.
enum FileAccess {
    /// The whole file, or `InputFailure("cannot read PATH: REASON")`. `what` prefixes the message
    /// when the path came from an option ("--batch FILE").
    static func read(_ path: String, what: String? = nil) throws -> Data {
        let prefix = what.map { "\($0): " } ?? ""
        let fd = try openReadable(path, prefix: prefix)
        defer { close(fd) }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buffer.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw InputFailure("\(prefix)cannot read \(path): \(reason(errno))")
            }
            if n == 0 { break }
            data.append(contentsOf: buffer[0..<n])
        }
        return data
    }

    /// An open read-only descriptor of the regular file `path`, or `InputFailure` ("PREFIXcannot
    /// read PATH: REASON", "... it is a directory, not a file", "PREFIXthe file name is empty").
    static func openReadable(_ path: String, prefix: String) throws -> Int32 {
        guard !path.isEmpty else { throw InputFailure("\(prefix)the file name is empty") }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw InputFailure("\(prefix)cannot read \(path): \(reason(errno))") }
        var info = stat()
        if fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFDIR {
            close(fd)
            throw InputFailure("\(prefix)cannot read \(path): it is a directory, not a file")
        }
        return fd
    }

    /// Checks, before any long work, that `path` can be written: not empty, not a directory, its
    /// directory exists and is writable. Throws `InputFailure` naming the path and the reason.
    static func checkWritable(_ path: String, what: String? = nil) throws {
        let prefix = what.map { "\($0): " } ?? ""
        guard !path.isEmpty else { throw InputFailure("\(prefix)the file name is empty") }
        var info = stat()
        if stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR {
            throw InputFailure("\(prefix)cannot write \(path): it is a directory, not a file")
        }
        let directory = self.directory(of: path)
        guard stat(directory, &info) == 0 else {
            throw InputFailure("\(prefix)cannot write \(path): the directory \(directory) \(errno == ENOENT ? "does not exist" : reason(errno))")
        }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            throw InputFailure("\(prefix)cannot write \(path): \(directory) is not a directory")
        }
        guard access(directory, W_OK) == 0 else {
            throw InputFailure("\(prefix)cannot write \(path): no permission to write in \(directory)")
        }
        let code = probeCreation(in: directory, directory: false)
        guard code == 0 else {
            throw InputFailure("\(prefix)cannot write \(path): \(directory) does not accept new files (\(reason(code)))")
        }
    }

    /// Whether a file (or, with `directory`, a directory) can be created in `parent`, tried for
    /// real with a hidden name that is removed at once: permission bits and `access` say yes for
    /// root in places such as /proc where creating anything fails. Returns 0 or the errno.
    static func probeCreation(in parent: String, directory: Bool) -> Int32 {
        for attempt in 0..<100 {
            let probe = parent + "/.tower-probe-\(getpid())-\(attempt)"
            if directory {
                if mkdir(probe, 0o700) == 0 { rmdir(probe); return 0 }
            } else {
                let fd = open(probe, O_WRONLY | O_CREAT | O_EXCL, 0o600)
                if fd >= 0 { close(fd); unlink(probe); return 0 }
            }
            if errno != EEXIST { return errno }
        }
        return EEXIST
    }

    /// Creates `path`, which must not exist yet (O_EXCL), holding `data` flushed to disk. Returns 0,
    /// or the errno of the failure (EEXIST when the path exists; any other failure removes the
    /// file again). The first half of `writeAtomically`, and how a sweep lease is drafted.
    static func createDurably(_ data: Data, at path: String) -> Int32 {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        if fd < 0 { return errno }
        var written = 0
        let code: Int32 = data.withUnsafeBytes { raw in
            while written < raw.count {
                let n = write(fd, raw.baseAddress! + written, raw.count - written)
                if n < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                written += n
            }
            return fsync(fd) == 0 ? 0 : errno
        }
        let closed = close(fd) == 0 ? 0 : errno
        if code != 0 || closed != 0 {
            unlink(path)
            return code != 0 ? code : closed
        }
        return 0
    }

    /// Writes `data` to `path` atomically (temporary file in the same directory, fsync, rename).
    /// On any failure the temporary file is removed and the target is left as it was.
    static func writeAtomically(_ data: Data, to path: String, what: String? = nil) throws {
        try checkWritable(path, what: what)
        let prefix = what.map { "\($0): " } ?? ""
        func failure(_ code: Int32) -> InputFailure { InputFailure("\(prefix)cannot write \(path): \(reason(code))") }
        let directory = self.directory(of: path)
        let base = (path as NSString).lastPathComponent
        var temporary = ""
        var code = EEXIST
        for attempt in 0..<100 where code == EEXIST {
            temporary = directory + "/." + base + ".tmp-\(getpid())-\(attempt)"
            code = createDurably(data, at: temporary)
        }
        if code != 0 { throw failure(code) }
        guard rename(temporary, path) == 0 else {
            let e = errno
            unlink(temporary)
            throw failure(e)
        }
        // Make the rename itself durable; a failure here does not undo the write.
        let dirfd = open(directory, O_RDONLY)
        if dirfd >= 0 { _ = fsync(dirfd); close(dirfd) }
    }

    /// Writes `text` as UTF-8; see `writeAtomically(_:to:what:)`.
    static func writeAtomically(_ text: String, to path: String, what: String? = nil) throws {
        try writeAtomically(Data(text.utf8), to: path, what: what)
    }

    /// Runs `body`, which writes `path` with Foundation (a module outside this CLI's reach), and
    /// turns any error it throws into one plain-words line naming the path.
    static func reportingWriteErrors(to path: String, what: String? = nil, _ body: () throws -> Void) throws {
        do { try body() } catch {
            let prefix = what.map { "\($0): " } ?? ""
            throw InputFailure("\(prefix)cannot write \(path): \(reason(of: error))")
        }
    }

    /// The POSIX reason behind a Foundation file error when there is one, else its short description.
    static func reason(of error: Error) -> String {
        let ns = error as NSError
        if ns.domain == NSPOSIXErrorDomain { return reason(Int32(ns.code)) }
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return reason(Int32(underlying.code))
        }
        return ns.localizedDescription
    }

    /// The directory part of `path` ("." for a bare file name).
    static func directory(of path: String) -> String {
        let d = (path as NSString).deletingLastPathComponent
        return d.isEmpty ? "." : d
    }

    /// The reason for a failed system call in plain words, in lower case ("no such file or directory").
    static func reason(_ code: Int32) -> String {
        switch code {
        case ENOENT: return "no such file or directory"
        case EACCES, EPERM: return "permission denied"
        case ENOSPC: return "no space left on the device"
        case EDQUOT: return "disk quota exceeded"
        case EISDIR: return "it is a directory, not a file"
        case ENOTDIR: return "a part of the path is not a directory"
        case EROFS: return "the file system is read-only"
        case ENAMETOOLONG: return "the file name is too long"
        default: return String(cString: strerror(code)).lowercased()
        }
    }
}
