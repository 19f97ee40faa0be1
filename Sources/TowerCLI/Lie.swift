import ArgumentParser

/// `tower lie ...`: matrix Lie algebras over Q (report by default, `bch` for series terms).
struct Lie: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Exact invariants of a matrix Lie algebra: dimension, series, solvability, Killing form.",
        discussion: """
        A layer family with input-dependent linear dynamics generates a matrix Lie algebra; a stack \
        of k abelian layers (diagonal SSMs) reaches exactly the solvable algebras of derived length <= k. \
        `tower lie` computes that algebra exactly over Q and reports its depth class.

        Examples:
          tower lie 'so(3)'
          tower lie --matrices examples/lie/heisenberg.json --json
          tower lie --batch examples/lie/batch.jsonl
          tower lie bch --order 4
          tower lie depth-error --generators 3 --layers 1-4
        """,
        subcommands: [LieReport.self, LieBCH.self, LieDepthError.self],
        defaultSubcommand: LieReport.self
    )
}
