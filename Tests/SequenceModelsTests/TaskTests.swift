import Testing
import FloatBackend
import Groups
@testable import SequenceModels

@Test func wordProblemTargetsArePrefixProductsActingLeftToRightInS3() throws {
    let s3 = try WordProblemTask.named("S3")
    let elements = try GroupCatalog.generators(named: "S3").images.map { try Permutation(images: $0) }
        .reduce(into: [Permutation]()) { $0.append($1) }
    let all = PermutationGroup(generators: elements).elements()
    let word = [1, 4, 2, 5, 3]
    // GAP convention: the prefix product x1 x2 ... maps a point p to ... x2(x1(p)).
    var images = [0, 1, 2]
    for (t, x) in word.enumerated() {
        images = images.map { all[x].image(of: $0) }
        #expect(all[s3.prefixProducts(word)[t]].images == images)
    }
}

@Test func cyclicTargetsAreSumsModuloTheOrder() throws {
    let c6 = try WordProblemTask.cyclic(order: 6)
    var rng = SplitMix64(seed: 1)
    let batch = c6.sample(batch: 2, length: 10, using: &rng)
    for e in 0..<2 {
        var sum = 0
        for t in 0..<10 {
            sum = (sum + batch.tokens[e * 10 + t]) % 6
            #expect(batch.classTargets[e * 10 + t] == sum)
        }
    }
}

@Test func nonAssociativeTableIsRejected() {
    let table = [[0, 1, 2], [1, 0, 2], [2, 2, 0]]
    #expect(throws: TaskError.self) { try WordProblemTask(name: "bad", cayleyTable: table) }
}

@Test func tableWithoutIdentityFirstIsRejectedNamingTheRow() {
    #expect(throws: TaskError.invalidCayleyTable("element 0 is not the identity (row/column 0)")) {
        try WordProblemTask(name: "bad", cayleyTable: [[1, 0], [0, 1]])
    }
}

@Test func icosahedralGroupHasSixtyRotationsAndTwentyOrbitPoints() {
    let task = RotationTask()
    #expect(task.rotations.count == 60)
    #expect(task.orbit.count == 20)
}

@Test func rotationTargetsFollowTheProductAndStayOnTheSphere() {
    let task = RotationTask()
    var rng = SplitMix64(seed: 3)
    let batch = task.sample(batch: 1, length: 50, using: &rng)
    var v = RotationTask.start
    for t in 0..<50 {
        v = RotationGroup.apply(task.rotations[batch.tokens[t]], v)
        let got = (0..<3).map { Double(batch.vectorTargets[t * 3 + $0]) }
        #expect(RotationGroup.distance(got, v) < 1e-5)
        #expect(abs(RotationGroup.distance(got, [0, 0, 0]) - 1) < 1e-5)
    }
}

@Test func catalogS4WordProblemHasOrder24AndAValidTable() throws {
    let s4 = try WordProblemTask.named("S4")
    #expect(s4.order == 24)
    #expect(s4.prefixProducts([5, 0]) == [5, 5])
}

@Test func catalogQ8WordProblemIsNonAbelian() throws {
    let q8 = try WordProblemTask.named("Q8")
    let commutes = (0..<8).allSatisfy { i in (0..<8).allSatisfy { q8.product(i, $0) == q8.product($0, i) } }
    #expect(q8.order == 8)
    #expect(!commutes)
}

@Test func unknownCatalogNameThrows() {
    #expect(throws: (any Error).self) { try WordProblemTask.named("NoSuchGroup") }
}
