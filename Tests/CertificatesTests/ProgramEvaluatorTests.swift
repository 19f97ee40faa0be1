import Testing
@testable import Certificates

/// Straight-line programs: every exponent, and the empty line, evaluate as products of powers.

private let cycle = try! CheckerPermutation(cycles: "(1,2,3,4,5)", degree: 5)
private let swap = try! CheckerPermutation(cycles: "(1,2)", degree: 5)

@Test(arguments: [-3, -2, -1, 0, 1, 2, 3, 7])
func lineWithOneFactorIsItsPower(_ e: Int) throws {
    let entries = try ProgramEvaluator.evaluate([[0, e]], inputs: [cycle], degree: 5, place: "test")
    var expected = CheckerPermutation.identity(degree: 5)
    for _ in 0..<((e % 5 + 5) % 5) { expected = expected * cycle }
    #expect(entries[1] == expected)
}

@Test func lineIsTheProductFromTheLeft() throws {
    let entries = try ProgramEvaluator.evaluate([[0, 1, 1, -1, 0, 2]], inputs: [cycle, swap], degree: 5, place: "test")
    #expect(entries[2] == cycle * swap.inverse * cycle * cycle)
}

@Test func emptyLineIsTheIdentity() throws {
    let entries = try ProgramEvaluator.evaluate([[]], inputs: [cycle], degree: 5, place: "test")
    #expect(entries[1].isIdentity)
}
