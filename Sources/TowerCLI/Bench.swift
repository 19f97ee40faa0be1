import ArgumentParser

/// `tower bench ...`: speed benchmarks measured side by side with reference systems.
/// Each benchmark is its own subcommand in its own file (`BenchArith.swift`, ...).
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run a speed benchmark (build with -c release before timing anything).",
        subcommands: [BenchArith.self, BenchLie.self, BenchGroups.self]
    )
}
