import Testing
@testable import Groups

@Test func parsesCyclesWithOneBasedPoints() throws {
    let p = try Permutation(cycles: "(1,2,3)(4,5)")
    #expect(p.images == [1, 2, 0, 4, 3])
}

@Test func emptyParenthesesAreTheIdentity() throws {
    #expect(try Permutation(cycles: "()").isIdentity)
    #expect(try Permutation(cycles: " ( ) ").description == "()")
}

@Test func printsGapCycleNotation() throws {
    #expect(try Permutation(cycles: "(4,5)(3,1,2)").description == "(1,2,3)(4,5)")
}

@Test func overlappingCyclesComposeLeftToRight() throws {
    // GAP: (1,2)(2,3) = (1,2) * (2,3) = (1,3,2).
    #expect(try Permutation(cycles: "(1,2)(2,3)").description == "(1,3,2)")
}

@Test func unbalancedParenthesisReportsPosition() {
    // The unclosed "(" at position 8 is reported.
    #expect(throws: PermutationError.unbalancedParenthesis(position: 8, generator: nil)) {
        try Permutation(cycles: "(1,2,3)(4,5")
    }
    #expect(throws: PermutationError.unbalancedParenthesis(position: 6, generator: nil)) {
        try Permutation(cycles: "(1,2))")
    }
}

@Test func repeatedPointInCycleReportsPosition() {
    #expect(throws: PermutationError.repeatedPoint(point: 2, position: 6, generator: nil)) {
        try Permutation(cycles: "(1,2,2)")
    }
}

@Test func pointZeroIsRejected() {
    #expect(throws: PermutationError.pointZero(position: 4, generator: nil)) {
        try Permutation(cycles: "(1,0)")
    }
}

@Test func nonIntegerPointIsRejected() {
    #expect(throws: PermutationError.notAnInteger(text: "x", position: 4, generator: nil)) {
        try Permutation(cycles: "(1,x)")
    }
    #expect(throws: PermutationError.notAnInteger(text: "-3", position: 2, generator: nil)) {
        try Permutation(cycles: "(-3,1)")
    }
}

@Test func pointBeyondTheCapIsRejected() {
    #expect(throws: PermutationError.pointTooLarge(text: "16777217", position: 4, generator: nil)) {
        try Permutation(cycles: "(1,16777217)")
    }
}

/// Issue 18: a point of 19 or more digits was reported cut to 18 digits.
@Test func hugePointIsReportedInFull() throws {
    let point = "1000000000000000000000000000001"
    #expect(throws: PermutationError.pointTooLarge(text: point, position: 4, generator: 2)) {
        try Permutation.parseList("(1,2),(1,\(point))")
    }
    let error = try #require(throws: PermutationError.self) { try Permutation.parseList("(1,\(point))") }
    #expect(error.description == "generator 1, position 4: point \(point) exceeds the maximum degree 16777216 (2^24)")
}

@Test func listErrorsNameTheGenerator() {
    #expect(throws: PermutationError.repeatedPoint(point: 1, position: 4, generator: 2)) {
        try Permutation.parseList("(1,2,3),(1,1)")
    }
}

@Test func errorMessageIsOneLineNamingGeneratorAndPosition() {
    let message = PermutationError.pointZero(position: 4, generator: 2).description
    #expect(message == "generator 2, position 4: point 0 (points are numbered from 1)")
}

@Test func parsesGeneratorList() throws {
    let gens = try Permutation.parseList("(1,2,3), (1,2)")
    #expect(gens.map(\.description) == ["(1,2,3)", "(1,2)"])
}

@Test func imagesInitializerRejectsNonBijections() {
    #expect(throws: PermutationError.repeatedImage(index: 1, image: 0)) { try Permutation(images: [0, 0]) }
    #expect(throws: PermutationError.imageOutOfRange(index: 0, image: 3, degree: 2)) { try Permutation(images: [3, 0]) }
}
