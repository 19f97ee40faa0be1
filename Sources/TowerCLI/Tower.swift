import ArgumentParser

@main
struct Tower: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tower",
        abstract: "Certify how deep a parallelizable sequence model must be to track a symmetry.",
        discussion: """
        Tower computes exact group and Lie-algebra invariants (derived length, nilpotency class, \
        solvability), emits certificates that an independent checker re-verifies, and trains small \
        sequence models to compare the predicted minimal layer count with what training reaches.
        """,
        version: TowerVersion.string,
        subcommands: [
            Version.self,
            Calc.self,
            Bench.self,
            GroupCommand.self,
            Verify.self,
            Lie.self,
            Train.self,
            Construct.self,
            CrossCheckCommand.self,
        ]
    )
}

enum TowerVersion {
    static let string = "0.1.0"
}
