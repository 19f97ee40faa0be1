import Foundation

/// One `$ command` of a code block in docs/, with the output the page shows for it, read by the
/// conventions of docs/README.md ("Examples are re-run by the tests"):
///
/// - a line starting with `$ ` is a command; the lines after it, up to the next `$ ` line or the
///   end of the block, are its output (stdout and stderr, interleaved in either order);
/// - `<!-- docs-test: skip REASON -->` on the line before the opening fence: the block is not run;
/// - a line that starts with `...` stands for any number of lines left out; `...` inside a line
///   for any text left out on that line;
/// - timing figures (`0.12 s`, `15 ms`, `"check_seconds":0.0032`) are not compared;
/// - `exit status N` as the last output line is the command's exit status (otherwise 0);
/// - trailing blank lines, and `# ` comment lines just before the next command, are not output;
/// - `$ cat FILE` where FILE does not exist yet creates it with the lines shown (the page shows a
///   file the reader writes).
struct DocExample {
    let page: String
    /// 1-based line of the `$ ` line in the page.
    let line: Int
    let command: String
    let expected: [String]
    let status: Int32
    /// Index of the code block in the page: files written by one command are read by later ones.
    let block: Int

    var location: String { "\(page):\(line)" }

    /// Every example of `text` (the page `page`), in order.
    static func examples(in text: String, page: String) -> [DocExample] {
        var result: [DocExample] = []
        var inFence = false, skip = false, block = 0
        var current: (line: Int, command: String, output: [String])?
        var previous = ""
        func close() {
            guard let c = current else { return }
            // Trailing blank lines and comments (`# ...` introducing the next command) are not output.
            var output = c.output
            while let last = output.last, last.trimmingCharacters(in: .whitespaces).isEmpty || last.hasPrefix("# ") {
                output.removeLast()
            }
            var status: Int32 = 0
            if let last = output.last, last.hasPrefix("exit status "), let n = Int32(last.dropFirst(12)) {
                status = n
                output.removeLast()
            }
            result.append(DocExample(page: page, line: c.line, command: c.command, expected: output, status: status, block: block))
            current = nil
        }
        for (i, raw) in text.components(separatedBy: "\n").enumerated() {
            let line = raw.replacingOccurrences(of: "\r", with: "")
            if line.hasPrefix("```") {
                if inFence { close() } else { block += 1; skip = previous.hasPrefix("<!-- docs-test: skip") }
                inFence.toggle()
            } else if inFence && !skip {
                if line.hasPrefix("$ ") {
                    close()
                    current = (i + 1, String(line.dropFirst(2)), [])
                } else {
                    current?.output.append(line)
                }
            }
            previous = line
        }
        return result
    }

    // MARK: Comparing

    /// Why `stdout` and `stderr` are not what the page shows (nil when they are).
    func mismatch(stdout: String, stderr: String, status: Int32) -> String? {
        if status != self.status { return "exit status \(status), the page says \(self.status); stderr: \(stderr.prefix(500))" }
        let out = Self.lines(stdout), err = Self.lines(stderr)
        if Self.interleaves(expected.map(Self.masked), out.map(Self.masked), err.map(Self.masked)) { return nil }
        // Lines are cut at 2000 characters: an unexpected order of 456,574 digits is still readable.
        let shown = { (lines: [String]) in lines.map { $0.count > 2000 ? $0.prefix(2000) + "... (\($0.count) characters)" : $0 }.joined(separator: "\n") }
        return "the output differs from the page.\n--- page:\n\(expected.joined(separator: "\n"))\n--- stdout:\n"
            + shown(out) + "\n--- stderr:\n" + shown(err)
    }

    private static func lines(_ text: String) -> [String] {
        var lines = text.components(separatedBy: "\n")
        while let last = lines.last, last.isEmpty { lines.removeLast() }
        return lines
    }

    /// Timing figures replaced by `<t>`; trailing spaces dropped. The patterns take time linear in
    /// the line: a match starts only at the first digit of a run (the look-behind) and never gives
    /// digits back (possessive), since an order of hundreds of thousands of digits made the plain
    /// `[0-9]+ ?s` quadratic, and the docs test ran for hours on one line.
    static func masked(_ line: String) -> String {
        var s = line
        for (pattern, template) in [(#"(?<![0-9])[0-9]++(\.[0-9]++)? ?(s|ms|µs|us)\b"#, "<t>"), (#"("[a-z_]*seconds"):[-+0-9.eE]+"#, "$1:<t>")] {
            s = s.replacingOccurrences(of: pattern, with: template, options: .regularExpression)
        }
        while s.hasSuffix(" ") { s.removeLast() }
        return s
    }

    /// True when `page` is `out` and `err` interleaved, `...` lines standing for any lines.
    static func interleaves(_ page: [String], _ out: [String], _ err: [String]) -> Bool {
        var seen = Set<[Int]>()
        var stack = [[0, 0, 0]]
        while let s = stack.popLast() {
            guard seen.insert(s).inserted else { continue }
            let (i, j, k) = (s[0], s[1], s[2])
            if i == page.count && j == out.count && k == err.count { return true }
            guard i < page.count else { continue }
            if page[i].hasPrefix("...") {
                stack.append([i + 1, j, k])
                if j < out.count { stack.append([i, j + 1, k]) }
                if k < err.count { stack.append([i, j, k + 1]) }
                continue
            }
            if j < out.count, lineMatches(page[i], out[j]) { stack.append([i + 1, j + 1, k]) }
            if k < err.count, lineMatches(page[i], err[k]) { stack.append([i + 1, j, k + 1]) }
        }
        return false
    }

    /// Equal, or equal with each `...` of `page` standing for any text.
    static func lineMatches(_ page: String, _ actual: String) -> Bool {
        guard page.contains("...") else { return page == actual }
        let parts = page.components(separatedBy: "...")
        guard actual.hasPrefix(parts[0]), actual.dropFirst(parts[0].count).hasSuffix(parts[parts.count - 1]) else { return false }
        var rest = Substring(actual.dropFirst(parts[0].count))
        for part in parts.dropFirst().dropLast() where !part.isEmpty {
            guard let r = rest.range(of: part) else { return false }
            rest = rest[r.upperBound...]
        }
        return rest.count >= parts[parts.count - 1].count
    }
}
