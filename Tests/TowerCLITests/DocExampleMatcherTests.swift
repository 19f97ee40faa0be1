import Testing

/// The comparison rules of `DocExample` (docs/README.md), on made-up pages: what must match and,
/// as important, what must not.
@Suite("docs example matching")
struct DocExampleMatcherTests {
    private func example(_ page: String) -> DocExample {
        DocExample.examples(in: "```\n" + page + "\n```\n", page: "t.md")[0]
    }

    @Test func pageReadsCommandsOutputsStatusesAndComments() {
        let all = DocExample.examples(in: "```\n$ tower a\nx\n\n# next\n$ tower b\nerror: y\nexit status 2\n```\n"
                                      + "<!-- docs-test: skip slow -->\n```\n$ tower c\n```\n", page: "t.md")
        #expect(all.map(\.command) == ["tower a", "tower b"])
        #expect(all.map(\.expected) == [["x"], ["error: y"]])
        #expect(all.map(\.status) == [0, 2])
        #expect(all.map(\.line) == [2, 6])
    }

    @Test func outputMatchesOnlyWhatThePageShows() {
        let e = example("$ tower a\nfirst\n...\nlast 1.0471... rad\ndone in 0.52 s")
        #expect(e.mismatch(stdout: "first\nmiddle\nlast 1.047193 rad\n", stderr: "done in 12.3 s\n", status: 0) == nil)
        #expect(e.mismatch(stdout: "first\nlast 1.047193 rad\n", stderr: "done in 1 s\n", status: 0) == nil)
        #expect(e.mismatch(stdout: "first\nlast 1.046 rad\n", stderr: "done in 1 s\n", status: 0) != nil)  // digits shown differ
        #expect(e.mismatch(stdout: "first\nlast 1.047193 rad\n", stderr: "", status: 0) != nil)  // a line missing
        #expect(e.mismatch(stdout: "first\nlast 1.047193 rad\nextra\n", stderr: "done in 1 s\n", status: 0) != nil)
        #expect(e.mismatch(stdout: "first\nlast 1.047193 rad\n", stderr: "done in 1 s\n", status: 2) != nil)
    }

    @Test func stdoutAndStderrMayInterleaveButKeepTheirOrder() {
        let e = example("$ tower a\nout 1\nerr 1\nout 2")
        #expect(e.mismatch(stdout: "out 1\nout 2\n", stderr: "err 1\n", status: 0) == nil)
        #expect(e.mismatch(stdout: "out 2\nout 1\n", stderr: "err 1\n", status: 0) != nil)
    }

    @Test func timingsAreMaskedAndOtherNumbersKept() {
        #expect(DocExample.masked("done in 0.52 s, 15 ms, 3µs; 12 steps") == "done in <t>, <t>, <t>; 12 steps")
        #expect(DocExample.masked(#"{"check_seconds":0.0032,"order":"24"}"#) == #"{"check_seconds":<t>,"order":"24"}"#)
        #expect(DocExample.masked("x1.5s 24 sets") == "x<t> 24 sets")
    }

    /// An order of 456,574 digits (S100000) once kept the masking busy for hours: the pattern was
    /// quadratic in a run of digits. Now linear; 50,000 digits would take seconds should it regress.
    @Test(.timeLimit(.minutes(1))) func aHugeNumberIsMaskedInLinearTime() {
        let digits = String(repeating: "1234567890", count: 5_000)
        #expect(DocExample.masked(#"{"order":""# + digits + #""}"#) == #"{"order":""# + digits + #""}"#)
        #expect(DocExample.masked(digits + " s") == "<t>")
    }
}
